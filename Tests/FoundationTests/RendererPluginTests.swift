import TestSupport
import A4PCairoRenderers
import A4PRender
import A4PScene
import Foundation
import Testing

/// A plugin written outside the library: it records the scene it is handed.
struct SceneRecorder: Renderer {
    static let name = "scene"
    static let summary = "records the scene (test plugin)"
    static let received = Received()
    init(options: RenderOptions) {}
    func render(_ document: Document) throws -> [RenderedFile] {
        Self.received.documents.append(document)
        let summary = document.pages.map { "\($0.nodes.count) nodes" }.joined(separator: "\n")
        return [RenderedFile(pageIndex: nil, bytes: Array(summary.utf8))]
    }
    final class Received: @unchecked Sendable { var documents: [Document] = [] }
}

struct FailingRenderer: Renderer {
    static let name = "fail"
    static let summary = "always fails (test plugin)"
    init(options: RenderOptions) {}
    func render(_ document: Document) throws -> [RenderedFile] { throw RenderError("deliberate failure") }
}

@Suite("Renderer plugins and file output")
struct RendererPluginTests {
    @Test("the standard registry lists pdf, png and svg")
    func standardNames() {
        #expect(RendererRegistry.standard.names == ["pdf", "png", "svg"])
    }

    @Test("a plugin registered from outside the library receives the scene")
    func customPlugin() throws {
        var registry = RendererRegistry.standard
        registry.register(SceneRecorder.self)
        #expect(registry.names == ["pdf", "png", "svg", "scene"])
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: registry)
            .write(Fixtures.specimen, name: "specimen", formats: ["scene"], to: dir)
        #expect(files.map(\.lastPathComponent) == ["specimen.scene"])
        let received = try #require(SceneRecorder.received.documents.last)
        #expect(received == Fixtures.specimen)
        let written = try String(contentsOf: files[0], encoding: .utf8)
        #expect(written == "\(Fixtures.specimen.pages[0].nodes.count) nodes")
    }

    @Test("an unknown format is an error naming the known ones")
    func unknownFormat() {
        #expect(throws: RenderError.self) { try RendererRegistry.standard.renderer(named: "tiff") }
        do {
            _ = try RendererRegistry.standard.renderer(named: "tiff")
        } catch {
            #expect("\(error)" == "unknown format 'tiff'; known formats: pdf, png, svg")
        }
    }

    @Test("when one format fails, no file of the export is left behind")
    func nothingHalfWritten() throws {
        var registry = RendererRegistry.standard
        registry.register(FailingRenderer.self)
        let dir = try TempDir.make()
        #expect(throws: RenderError.self) {
            try DocumentExport(registry: registry).write(Fixtures.specimen, name: "x", formats: ["pdf", "fail"], to: dir)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("an atomic write that cannot complete leaves neither the file nor a temporary")
    func atomicWriteFailure() throws {
        let dir = try TempDir.make()
        let blocker = dir.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocker.appendingPathComponent("child"), withIntermediateDirectories: true)
        // Renaming a file over a non-empty directory fails after the bytes were written.
        #expect(throws: RenderError.self) { try AtomicFile.write([1, 2, 3], to: blocker) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["taken"])
    }

    @Test("an atomic write replaces an existing file whole")
    func atomicReplace() throws {
        let dir = try TempDir.make()
        let url = dir.appendingPathComponent("a.bin")
        try AtomicFile.write(Array(repeating: 7, count: 1000), to: url)
        try AtomicFile.write([1, 2, 3], to: url)
        #expect(try Data(contentsOf: url) == Data([1, 2, 3]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.bin"])
    }

    @Test("multi-page PNG and SVG exports are numbered per page")
    func pageNumbering() throws {
        let page = Fixtures.specimen.pages[0]
        let doc = Document(pages: [page, page])
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(doc, name: "two", formats: ["pdf", "png", "svg"], to: dir)
        #expect(files.map(\.lastPathComponent) == ["two.pdf", "two-1.png", "two-2.png", "two-1.svg", "two-2.svg"])
    }
}
