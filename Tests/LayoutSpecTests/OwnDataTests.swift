import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TestSupport
import Testing

/// docs/own-data.md, step by step, with the binary, in a temporary folder outside the repository.
@Suite("Your own data: a tidy CSV bound by a spec, a4p init, and the bad data: paths")
struct OwnDataTests {
    let fm = FileManager.default

    /// The fenced blocks of docs/own-data.md in order, by language (`csv`, `yaml`, `sh`, ``).
    static func docBlocks(_ language: String) throws -> [String] {
        let text = try String(contentsOfFile: ShippedSpecs.path("docs/own-data.md"), encoding: .utf8)
        var blocks: [String] = [], current: [String]?, lang = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let body = current { if lang == language { blocks.append(body.joined(separator: "\n") + "\n") }; current = nil }
                else { lang = String(line.dropFirst(3)); current = [] }
            } else if current != nil { current!.append(String(line)) }
        }
        return blocks
    }

    func pdfText(_ url: URL) throws -> String {
        normalisedExtraction(try ExternalTool.run("pdftotext", [url.path, "-"]).stdout)
    }

    @Test("Step 1: a4p init makes a project that renders on the first try, and refuses a folder that is not empty")
    func initRenders() throws {
        let tmp = try TempDir.make("a4p-own-init")
        #expect(!tmp.path.hasPrefix(ShippedSpecs.root.path))
        let made = try A4PBinary.run(["init", "vehicles"], in: tmp)
        #expect(made.status == 0, "\(made.stderr)")
        let project = tmp.appendingPathComponent("vehicles")
        for name in ["report.yaml", "my-figures.csv", "Translations/fr.yaml"] {
            #expect(fm.fileExists(atPath: project.appendingPathComponent(name).path), "\(name)")
        }
        let render = try A4PBinary.run(["render", "report.yaml"], in: project)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.isEmpty, "\(render.stderr)")
        for ext in ["pdf", "png", "svg"] { #expect(fm.fileExists(atPath: project.appendingPathComponent("Output/report.\(ext)").path)) }
        let text = try pdfText(project.appendingPathComponent("Output/report.pdf"))
        for expected in ["Vehicles per sector", "129", "Sector North", "47", "88%", "Source: Mission logistics log", "Source: Fleet inspection", "Reporting period: 2024"] {
            #expect(text.contains(expected), "\(expected) in \(text)")
        }
        // Own figures are not the A4P+ reporting's, and say so by not saying it.
        #expect(!text.contains("A4P+ Reporting"))
        let french = try A4PBinary.run(["render", "report.yaml", "--lang", "fr", "--format", "pdf", "--out", "fr"], in: project)
        #expect(french.status == 0, "\(french.stderr)")
        let again = try A4PBinary.run(["init", "vehicles"], in: tmp)
        #expect(again.status == 73)
        #expect(again.stderr.contains("not empty"))
    }

    @Test("Steps 2 and 3: the doc's CSV and spec, written by hand, render the doc's figures")
    func handWritten() throws {
        let dir = try TempDir.make("a4p-own-hand")
        let csv = try #require(Self.docBlocks("csv").first)
        let spec = try #require(Self.docBlocks("yaml").first)
        try csv.write(to: dir.appendingPathComponent("my-figures.csv"), atomically: true, encoding: .utf8)
        try spec.write(to: dir.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        let render = try A4PBinary.run(["render", "report.yaml", "--format", "pdf", "--out", "out"], in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        let text = try pdfText(dir.appendingPathComponent("out/report.pdf"))
        for expected in ["Sector North", "Sector South", "47", "31", "2023", "2024", "Source: Mission logistics log", "Mission logistics"] {
            #expect(text.contains(expected), "\(expected) in \(text)")
        }
        // ALL is the whole: no bar for it.
        #expect(!text.contains("129"))
    }

    @Test("Step 4: the doc's errors, at the positions it gives, and nothing written")
    func errors() throws {
        let dir = try TempDir.make("a4p-own-errors")
        let csv = try #require(Self.docBlocks("csv").first)
        let spec = try #require(Self.docBlocks("yaml").first)
        var lines = csv.split(separator: "\n").map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: ",31,", with: ",1.5,")
        lines[5] = lines[5].replacingOccurrences(of: ",88,", with: ",120,")
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("my-figures.csv"), atomically: true, encoding: .utf8)
        try spec.write(to: dir.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        let bad = try A4PBinary.run(["render", "report.yaml", "--out", "out"], in: dir)
        #expect(bad.status == 65)
        let shown = try #require(Self.docBlocks("").first)
        #expect(bad.stderr.contains("my-figures.csv:4:14: error: count 1.5 is not a whole number [type-mismatch]"), "\(bad.stderr)")
        #expect(bad.stderr.contains("my-figures.csv:6:14: error: percent 120 is outside 0–100 [percent-range]"), "\(bad.stderr)")
        #expect(shown.contains("my-figures.csv:4:14: error: count 1.5 is not a whole number [type-mismatch]"))
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("out").path))

        try spec.replacingOccurrences(of: "data: my-figures.csv", with: "data: figures.csv")
            .write(to: dir.appendingPathComponent("report.yaml"), atomically: true, encoding: .utf8)
        let missing = try A4PBinary.run(["validate", "report.yaml"], in: dir)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("report.yaml:2:7: error: data: 'figures.csv': no such file or folder"), "\(missing.stderr)")
        #expect(shown.contains("report.yaml:2:7: error: data: 'figures.csv': no such file or folder"))
    }

    /// Each bad `data:` (and `translations:`) gets its own rule and exit code; `render` writes nothing.
    @Test("data: missing, of the wrong kind or outside the project; translations: a file or missing", arguments: [
        ("data: no-such.csv", "missing-input", Int32(66)),
        ("data: no-such-folder", "missing-input", 66),
        ("data: notes.txt", "input-kind", 65),
        ("data: empty-folder", "input-kind", 65),
        ("data: pipe.csv", "input-kind", 65),
        ("data: ../outside.csv", "outside-project", 65),
        ("data: /etc/passwd", "outside-project", 65),
        ("data: figures.csv\ntranslations: notes.txt", "input-kind", 65),
        ("data: figures.csv\ntranslations: no-tables", "missing-input", 66),
    ])
    func badPaths(_ data: String, _ rule: String, _ status: Int32) throws {
        let root = try TempDir.make("a4p-own-bad")
        let dir = root.appendingPathComponent("proj")
        try fm.createDirectory(at: dir.appendingPathComponent("empty-folder"), withIntermediateDirectories: true)
        try "label,value\nA,1\n".write(to: dir.appendingPathComponent("figures.csv"), atomically: true, encoding: .utf8)
        try "label,value\nA,1\n".write(to: root.appendingPathComponent("outside.csv"), atomically: true, encoding: .utf8)
        try "notes\n".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(mkfifo(dir.appendingPathComponent("pipe.csv").path, 0o644) == 0)
        try "title: t\n\(data)\nblocks:\n  - type: bar\n    indicator: figures\n"
            .write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let validate = try A4PBinary.run(["validate", "s.yaml"], in: dir)
        #expect(validate.status == status, "\(validate.stderr)")
        #expect(validate.stderr.contains("error:") && validate.stderr.contains("[\(rule)]"), "\(validate.stderr)")
        let render = try A4PBinary.run(["render", "s.yaml", "--out", "out"], in: dir)
        #expect(render.status == status)
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test("A well-formed file without optional columns: series from the file's name, one period, the file as source")
    func defaults() throws {
        let dir = try TempDir.make("a4p-own-defaults")
        try "label,value\nTeam A,12\nTeam B,7\nTeam C,3\nTeam D,9\n".write(to: dir.appendingPathComponent("patrols.csv"), atomically: true, encoding: .utf8)
        try "title: t\ndata: patrols.csv\nblocks:\n  - type: bar\n    title: Patrols\n    indicator: patrols\n"
            .write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let render = try A4PBinary.run(["render", "s.yaml", "--format", "pdf", "--out", "out"], in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        let text = try pdfText(dir.appendingPathComponent("out/s.pdf"))
        for expected in ["Team A", "12", "Team D", "9", "Source: patrols.csv"] { #expect(text.contains(expected), "\(expected) in \(text)") }
    }

    @Test("A publication's spec bound to a tidy CSV is an error, not silently given the publication's dataset")
    func notInAPublication() throws {
        let dir = try TempDir.make("a4p-own-pub")
        let specs = dir.appendingPathComponent("Specs")
        try fm.createDirectory(at: specs, withIntermediateDirectories: true)
        try "title: Mine\nsets:\n  - folder: mine\n    role: overview\n    specs: [own.yaml]\n    languages: [en]\n"
            .write(to: specs.appendingPathComponent("publication.yaml"), atomically: true, encoding: .utf8)
        try "label,value\nA,1\nB,2\n".write(to: specs.appendingPathComponent("my.csv"), atomically: true, encoding: .utf8)
        try "title: t\ndata: my.csv\nblocks:\n  - type: bar\n    indicator: my\n".write(to: specs.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let export = try A4PBinary.run(["export", "--manifest", "Specs/publication.yaml", "--out", "out"], in: dir)
        #expect(export.status == 65)
        #expect(export.stderr.contains("own.yaml:2:7: error: data: 'my.csv' is a tidy CSV") && export.stderr.contains("[publication-data]"), "\(export.stderr)")
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("out").path))
    }
}
