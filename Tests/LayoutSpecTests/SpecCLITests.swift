import Foundation
import TestSupport
import Testing

@Suite("a4p render and validate: exit codes and output")
struct SpecCLITests {
    let spec = ShippedSpecs.path("Specs/examples/mission-template.yaml")

    @Test("render writes one file per mission and format, nothing else")
    func renders() throws {
        let dir = try TempDir.make()
        let out = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--format", "pdf,svg", "--out", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "no warning expected: \(out.stderr)")
        // The fact sheet has two pages: one PDF, one SVG per page.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
                == ["mission-UNMISS-en-1.svg", "mission-UNMISS-en-2.svg", "mission-UNMISS-en.pdf"])
    }

    @Test("invalid input exits 65 with file:line:column messages and writes nothing")
    func invalid() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let outDir = dir.appendingPathComponent("out")
        let out = try A4PBinary.run(["render", bad.path, "--out", outDir.path])
        #expect(out.status == 65)
        #expect(out.stderr.contains("bad.yaml:3:16: error: unknown indicator 'P7.3' [unknown-indicator]; did you mean P7.03?"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outDir.path))
        let validate = try A4PBinary.run(["validate", bad.path])
        #expect(validate.status == 65)
    }

    @Test("the root help shows examples of export, render and validate; the completion script completes languages, missions and spec files")
    func helpAndCompletion() throws {
        let help = try A4PBinary.run(["--help"])
        for example in ["a4p export", "a4p render Specs/", "a4p validate Specs/publication.yaml", "--diagnostic-format json", "a4p render - "] {
            #expect(help.stdout.contains(example), "\(example)")
        }
        #expect(!help.stdout.split(separator: "\n").contains { $0.count > 80 }, "no line wider than a terminal")
        for shell in ["bash", "zsh", "fish"] {
            let script = try A4PBinary.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            for word in ["UNMISS", "zh", "yaml", "svg"] { #expect(script.stdout.contains(word), "\(shell): \(word)") }
        }
    }

    @Test("a missing glyph is one plain warning per text, as the compiler writes them: no timestamp, no logger label")
    func missingGlyphWarning() throws {
        let dir = try TempDir.make()
        let spec = dir.appendingPathComponent("tamil.yaml")
        try "blocks:\n  - type: text\n    text: \"Mission \\u0BA4\\u0BAE\"\n".write(to: spec, atomically: true, encoding: .utf8)
        let out = try A4PBinary.run(["render", spec.path, "--format", "pdf", "--out", dir.appendingPathComponent("out").path])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stderr.split(separator: "\n").filter { $0.contains("missing glyph") }
        #expect(lines == ["warning: missing glyphs: no bundled font has U+0BA4 'த', U+0BAE 'ம' in \"Mission தம\""], "\(out.stderr)")
    }

    @Test("on a terminal (or CLICOLOR_FORCE=1) error and warning are coloured; NO_COLOR and a pipe give plain text")
    func colour() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let forced = try A4PBinary.run(["validate", bad.path], adding: ["CLICOLOR_FORCE": "1", "NO_COLOR": ""])
        #expect(forced.stderr.contains("bad.yaml:3:16: \u{1B}[1;31merror\u{1B}[0m: unknown indicator 'P7.3'"), "\(forced.stderr.debugDescription)")
        let none = try A4PBinary.run(["validate", bad.path], adding: ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"])
        #expect(!none.stderr.contains("\u{1B}[") && none.stderr.contains(": error: unknown indicator"))
        let piped = try A4PBinary.run(["validate", bad.path])
        #expect(!piped.stderr.contains("\u{1B}["), "not a terminal: plain")
    }

    @Test("--quiet: render lists no files, writes them all the same; problems still go to stderr")
    func quiet() throws {
        let dir = try TempDir.make()
        let out = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--format", "pdf", "--out", dir.path, "--quiet"])
        #expect(out.status == 0 && out.stdout.isEmpty, "\(out.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("mission-UNMISS-en.pdf").path))
        let bad = dir.appendingPathComponent("bad.yaml")
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try A4PBinary.run(["render", bad.path, "--out", dir.path, "-q"])
        #expect(failed.status == 65 && failed.stderr.contains("unknown indicator 'P7.3'"))
    }

    @Test("validate --format json: one document on stdout, each problem with file, line, column, rule and suggestion; the same exit codes")
    func validateJSON() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.yaml").path
        let out = try A4PBinary.run(["validate", "--format", "json", spec, bad.path, missing])
        #expect(out.status == 66, "a missing file is the worst: \(out.status)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let specs = try #require(root["specs"] as? [[String: Any]])
        #expect(specs.map { $0["valid"] as? Bool } == [true, false, false], "\(specs)")
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        let unknown = try #require(diagnostics.first { $0["rule"] as? String == "unknown-indicator" })
        #expect((unknown["file"] as? String)?.hasSuffix("bad.yaml") == true && unknown["line"] as? Int == 3 && unknown["column"] as? Int == 16)
        #expect(unknown["suggestion"] as? String == "did you mean P7.03?" && unknown["severity"] as? String == "error")
        #expect(diagnostics.contains { $0["rule"] as? String == "no-input" && ($0["file"] as? String) == missing })
    }

    @Test("validate reads a publication manifest as one: its own errors with positions, then every spec it names")
    func validateManifest() throws {
        let manifest = ShippedSpecs.path("Specs/publication.yaml")
        let ok = try A4PBinary.run(["validate", manifest])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("valid publication manifest (6 sets, 18 specs"), "\(ok.stdout)")
        #expect(ok.stdout.contains("Specs/publication/follow-up/c34.yaml: valid"))
        #expect(!ok.stderr.contains("spec needs 'blocks'"))
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("publication.yaml")
        try String(contentsOfFile: manifest, encoding: .utf8).replacingOccurrences(of: "role: overview", with: "role: 12")
            .write(to: bad, atomically: true, encoding: .utf8)
        let wrong = try A4PBinary.run(["validate", bad.path])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("publication.yaml:16:11: error: 'sets[1].role' must be one of overview, priority, mission, slide"), "\(wrong.stderr)")
    }

    @Test("a missing spec file exits 66")
    func missing() throws {
        let out = try A4PBinary.run(["validate", "/nonexistent/spec.yaml"])
        #expect(out.status == 66)
        #expect(out.stderr.contains("/nonexistent/spec.yaml: no such spec file"))
    }

    @Test("an output folder that cannot be written exits 73 and leaves no partial file")
    func cannotWrite() throws {
        let dir = try TempDir.make()
        let blocker = dir.appendingPathComponent("file-not-folder")
        try Data("x".utf8).write(to: blocker)
        let out = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--format", "pdf", "--out", blocker.appendingPathComponent("sub").path])
        #expect(out.status == 73, "\(out.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["file-not-folder"])
    }

    @Test("validate accepts the shipped specs")
    func validateShipped() throws {
        let out = try A4PBinary.run(["validate", spec, ShippedSpecs.path("Specs/examples/every-block.yaml")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("mission-template.yaml: valid (11 outputs, 22 pages)"), "\(out.stdout)")
    }
}

@Suite("a4p data show and validate: one suggestion")
struct SuggestionCLITests {
    @Test("data show and validate suggest the same indicator for the same typo (Suggestion.closest)")
    func sameSuggestion() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let validate = try A4PBinary.run(["validate", bad.path])
        #expect(validate.stderr.contains("unknown indicator 'P7.3' [unknown-indicator]; did you mean P7.03?"), "\(validate.stderr)")
        let show = try A4PBinary.run(["data", "show", "P7.3"])
        #expect(show.status != 0)
        #expect(show.stderr == "a4p: unknown indicator P7.3; did you mean P7.03?\n", "\(show.stderr)")
    }
}
