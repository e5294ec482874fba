import TestSupport
import Foundation
import Testing

@Suite("a4p command line")
struct CLITests {
    @Test("--help shows the commands and examples")
    func help() throws {
        let out = try A4PBinary.run(["--help"])
        #expect(out.status == 0)
        for word in ["specimen", "formats", "data", "Examples:"] { #expect(out.stdout.contains(word)) }
        // The benchmark is a developer's tool: it runs, but the user-facing help does not list it.
        #expect(!out.stdout.contains("bench"))
        #expect(try A4PBinary.run(["bench", "--help"]).status == 0)
    }

    @Test("--version prints the version")
    func version() throws {
        let out = try A4PBinary.run(["--version"])
        #expect(out.status == 0)
        #expect(out.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("formats lists the renderer plugins one a line")
    func formats() throws {
        let out = try A4PBinary.run(["formats"])
        #expect(out.stdout == "pdf\npng\nsvg\n")
    }

    @Test("specimen writes the three files and no warning")
    func specimen() throws {
        let dir = try TempDir.make()
        let out = try A4PBinary.run(["specimen", "--out", dir.path, "--scale", "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "unexpected warnings: \(out.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["specimen.pdf", "specimen.png", "specimen.svg"])
    }

    @Test("an unknown format is refused before anything is written")
    func badFormat() throws {
        let dir = try TempDir.make()
        let out = try A4PBinary.run(["specimen", "--out", dir.path, "--format", "pdf,tiff"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("unknown format 'tiff'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
