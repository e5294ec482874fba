import Foundation
import TestSupport
import Testing

/// Incremental export (issue 15, item 5): the output folder's `.a4p-record.json` lets a second export take
/// every file whose inputs did not change from the first, and the result is byte for byte a `--force` export.
/// Each test works on a copy of the project with a small manifest (the English fact sheets of 12 missions and
/// one priority page, PDF only), so the debug build exports it in seconds.
@Suite("a4p export: incremental")
struct IncrementalExportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of Data/, Specs/ and Translations/ with `Specs/small.yaml`.
    struct Project {
        let dir: URL
        var manifest: URL { dir.appendingPathComponent("Specs/small.yaml") }

        init() throws {
            dir = try TempDir.make("a4p-incremental")
            for folder in ["Data", "Specs", "Translations"] {
                try FileManager.default.copyItem(at: IncrementalExportTests.root.appendingPathComponent(folder), to: dir.appendingPathComponent(folder))
            }
            try """
                cycle: latest
                title: "Incremental test set"
                sets:
                  - {folder: missions, role: mission, specs: [publication/missions/factsheet.yaml], languages: [en]}
                  - {folder: priorities, role: priority, specs: [publication/priorities/P7.yaml], languages: [en]}
                """.write(to: manifest, atomically: true, encoding: .utf8)
        }

        /// `a4p export` into `out` (a folder of the copy); the summary line "rendered N of M documents …".
        func export(_ out: String, _ extra: [String] = []) throws -> (summary: String, stdout: String) {
            let run = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", dir.appendingPathComponent(out).path, "--format", "pdf"] + extra, in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            let summary = run.stdout.split(separator: "\n").first { $0.hasPrefix("rendered ") }.map(String.init) ?? "no summary: \(run.stdout)"
            return (summary, run.stdout)
        }

        func snapshot(_ out: String) -> FolderSnapshot { FolderSnapshot(dir.appendingPathComponent(out)) }

        /// Changes the value of the first observation row of `indicator` for `mission` in `period`.
        func change(_ indicator: String, _ mission: String, _ period: String, to value: String) throws {
            let url = dir.appendingPathComponent("Data/observations.csv")
            var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let prefix = "\(indicator),\(mission),\(period),"
            let i = try #require(lines.firstIndex { $0.hasPrefix(prefix) }, "no row \(prefix)")
            var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields[4] != value)
            fields[4] = value
            lines[i] = fields.joined(separator: ",")
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// "rendered 2 of 12 documents (missions/a, missions/b), reused 10" → ["missions/a", "missions/b"].
    static func renderedSet(_ summary: String) -> Set<String> {
        guard let open = summary.firstIndex(of: "("), let close = summary.firstIndex(of: ")") else { return [] }
        return Set(summary[summary.index(after: open)..<close].split(separator: ", ").map(String.init))
    }

    @Test("a second export with nothing changed renders no document and writes the same bytes")
    func unchanged() throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.dir) }
        let first = try project.export("out")
        #expect(first.summary.hasPrefix("rendered 13 of 13 documents, reused 0"), "\(first.summary)")
        #expect(first.summary.contains("13 of 13 combined PDFs made again"), "\(first.summary)")
        let before = project.snapshot("out")
        #expect(before.entries[".a4p-record.json"] != nil, "the record is kept beside the files")
        let second = try project.export("out")
        #expect(second.summary == "rendered 0 of 13 documents, reused 13; 0 of 13 combined PDFs made again", "\(second.summary)")
        #expect(project.snapshot("out") == before)
    }

    @Test("one observation changed: only the documents that show it are rendered, and the folder equals a --force export")
    func oneObservation() throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.dir) }
        _ = try project.export("out")
        let before = project.snapshot("out")
        // Explosive ordnance MINUSCA found in cycle 6: printed on its fact sheet only (P7 shows P7 indicators).
        try project.change("P4.19", "MINUSCA", "C6", to: "31")
        let incremental = try project.export("out")
        let forced = try project.export("forced", ["--force"])
        #expect(forced.summary.hasPrefix("rendered 13 of 13 documents"), "\(forced.summary)")
        let after = project.snapshot("out"), full = project.snapshot("forced")
        #expect(after == full, "incremental and --force exports differ: \(after.paths.filter { after.entries[$0] != full.entries[$0] })")
        // The oracle: the documents whose PDF a full export changes are exactly those rendered again.
        let changed = Set(full.paths.filter { $0.hasSuffix(".pdf") && !$0.hasPrefix("combined/") && before.entries[$0] != full.entries[$0] }
            .map { String($0.dropLast(4)) })
        #expect(changed == ["missions/factsheet-MINUSCA-en"], "\(changed)")
        #expect(Self.renderedSet(incremental.summary) == changed, "\(incremental.summary)")
        #expect(incremental.summary.contains("rendered 1 of 13 documents"), "\(incremental.summary)")
        // The mission's combined PDF and the whole set's hold the fact sheet: both are made again.
        #expect(incremental.summary.contains("2 of 13 combined PDFs made again"), "\(incremental.summary)")
    }

    @Test("a damaged record, a foreign one or a file changed on disk costs a rendering, never a wrong file")
    func damagedRecord() throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.dir) }
        _ = try project.export("out")
        let good = project.snapshot("out")
        let record = project.dir.appendingPathComponent("out/.a4p-record.json")
        for damage in ["{\"format\": \"a4p render", "[1, 2, 3]", "{\"format\": \"a4p render record 0\", \"jobs\": {}}", ""] {
            try damage.write(to: record, atomically: true, encoding: .utf8)
            let again = try project.export("out")
            #expect(again.summary.hasPrefix("rendered 13 of 13 documents"), "record \(damage.debugDescription): \(again.summary)")
            #expect(project.snapshot("out") == good, "record \(damage.debugDescription)")
        }
        // A record that points a job at a file outside the folder is not followed.
        let text = try String(contentsOf: record, encoding: .utf8)
        try text.replacingOccurrences(of: "\"path\" : \"missions/factsheet-UNMISS-en.pdf\"", with: "\"path\" : \"../out/missions/factsheet-UNMISS-en.pdf\"")
            .write(to: record, atomically: true, encoding: .utf8)
        #expect(Self.renderedSet(try project.export("out").summary) == ["missions/factsheet-UNMISS-en"])
        // A file edited by hand is rendered again and restored.
        let sheet = project.dir.appendingPathComponent("out/missions/factsheet-UNDOF-en.pdf")
        try Data("not a pdf".utf8).write(to: sheet)
        let restored = try project.export("out")
        #expect(Self.renderedSet(restored.summary) == ["missions/factsheet-UNDOF-en"], "\(restored.summary)")
        #expect(project.snapshot("out") == good)
    }

    @Test("--force renders every document and every combined PDF, and writes the same bytes")
    func force() throws {
        let project = try Project()
        defer { try? FileManager.default.removeItem(at: project.dir) }
        _ = try project.export("out")
        let good = project.snapshot("out")
        let forced = try project.export("out", ["--force"])
        #expect(forced.summary == "rendered 13 of 13 documents, reused 0; 13 of 13 combined PDFs made again", "\(forced.summary)")
        #expect(project.snapshot("out") == good)
    }
}
