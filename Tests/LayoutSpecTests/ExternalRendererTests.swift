import A4PCairoRenderers
import A4PRender
import A4PScene
import Foundation
import TestSupport
import Testing

/// Renderer plugins as programs (`a4p-renderer-NAME`, docs/renderer-plugins.md), through the built `a4p`.
@Suite("External renderer plugins")
struct ExternalRendererTests {
    static let spec = ShippedSpecs.path("Specs/examples/every-block.yaml")

    /// A folder holding `a4p-renderer-<name>` with `script` as its text, executable.
    static func pluginFolder(_ plugins: [String: String]) throws -> URL {
        let dir = try TempDir.make()
        for (name, script) in plugins {
            let url = dir.appendingPathComponent("a4p-renderer-\(name)")
            try script.write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return dir
    }

    @Test("the shipped txt example renders every-block.yaml's text, and `a4p formats` lists it as external")
    func txtExample() throws {
        let example = try String(contentsOfFile: ShippedSpecs.path("docs/examples/a4p-renderer-txt"), encoding: .utf8)
        let plugins = try Self.pluginFolder(["txt": example, "Bad": "#!/bin/sh\nexit 0\n", "pdf": "#!/bin/sh\nexit 0\n"])
        let out = try TempDir.make().appendingPathComponent("out")
        let env = ["A4P_RENDERERS": plugins.path]
        let run = try A4PBinary.run(["render", Self.spec, "--format", "txt", "--out", out.path], adding: env)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("every-block.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Every block kind"))
        // The big number of the first tile: the count of missions with a political strategy.
        #expect(lines.contains("Political strategies") && lines.contains("7"))
        let formats = try A4PBinary.run(["formats"], adding: env)
        let listed = formats.stdout.split(separator: "\n").map(String.init)
        // A program named a4p-renderer-pdf never replaces the built-in pdf; a name outside [a-z0-9]+ is ignored.
        #expect(listed == ["pdf", "png", "svg", "txt (external: \(plugins.appendingPathComponent("a4p-renderer-txt").path))"])
    }

    @Test("a plugin that exits 3 fails the render with its name and status, and nothing is written")
    func failingPlugin() throws {
        let plugins = try Self.pluginFolder(["bad": "#!/bin/sh\necho 'bad plugin complains' >&2\nexit 3\n"])
        let out = try TempDir.make().appendingPathComponent("out")
        let run = try A4PBinary.run(["render", Self.spec, "--format", "pdf,bad", "--out", out.path], adding: ["A4P_RENDERERS": plugins.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("renderer plugin 'bad'") && run.stderr.contains("exited with status 3"), "\(run.stderr)")
        #expect(run.stderr.contains("bad plugin complains"), "the plugin's stderr is passed through")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] == [])
    }

    @Test("a plugin that runs past the time limit is killed (its children too) and reported")
    func hungPlugin() throws {
        let plugins = try Self.pluginFolder(["slow": "#!/bin/sh\nsleep 60\n"])
        let out = try TempDir.make().appendingPathComponent("out")
        let started = Date()
        let run = try A4PBinary.run(["render", Self.spec, "--format", "slow", "--out", out.path],
                                    adding: ["A4P_RENDERERS": plugins.path, "A4P_RENDERER_TIMEOUT": "2"])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status != 0)
        #expect(run.stderr.contains("renderer plugin 'slow'") && run.stderr.contains("killed after 2 s"), "\(run.stderr)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] == [])
    }

    @Test("the scene JSON of a rendered spec decodes to the same document, and encodes to the same bytes")
    func jsonRoundTrip() throws {
        let (outputs, _) = try ShippedSpecs.render("Specs/examples/every-block.yaml")
        let document = try #require(outputs.first).document
        let json = try SceneJSON.encode(document)
        #expect(try SceneJSON.decode(json) == document)
        #expect(try SceneJSON.encode(document) == json)
        let top = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(top["version"] as? Int == 1)
        #expect(Set(top.keys) == ["version", "pages", "metadata", "outline"])
    }

    @Test("a scene JSON of another version is refused")
    func otherVersion() throws {
        var json = try #require(String(data: try SceneJSON.encode(Document(pages: [])), encoding: .utf8))
        json = json.replacingOccurrences(of: "\"version\":1", with: "\"version\":2")
        #expect(throws: DecodingError.self) { try SceneJSON.decode(Data(json.utf8)) }
    }

    @Test("only a4p-renderer-NAME executables with NAME in [a-z0-9]+ are found; A4P_RENDERERS comes before PATH")
    func discovery() throws {
        let first = try Self.pluginFolder(["txt": "#!/bin/sh\n", "x-y": "#!/bin/sh\n", "UP": "#!/bin/sh\n", "svg": "#!/bin/sh\n"])
        let second = try Self.pluginFolder(["txt": "#!/bin/sh\n", "md2": "#!/bin/sh\n"])
        try "not executable".write(to: second.appendingPathComponent("a4p-renderer-doc"), atomically: true, encoding: .utf8)
        let registry = RendererRegistry.standard.addingExternalRenderers(environment: ["A4P_RENDERERS": first.path, "PATH": second.path])
        #expect(registry.names == ["pdf", "png", "svg", "txt", "md2"])
        #expect(registry.externalRenderers.first?.path == first.appendingPathComponent("a4p-renderer-txt").path)
        #expect(registry.type(named: "svg") != nil)
    }
}
