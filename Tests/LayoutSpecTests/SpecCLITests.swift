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
        #expect(wrong.stderr.contains("publication.yaml:15:11: error: 'sets[1].role' must be one of overview, priority, mission, slide"), "\(wrong.stderr)")
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
