import Foundation
import TestSupport
import Testing

/// A new reporting cycle: the publication specs follow the data, and `a4p data new-cycle` plus a
/// few figures move every page to it (issue 15).
@Suite("a new reporting cycle")
struct CycleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("no publication spec names cycle 6: bindings say latest, prose names its cycle once in 'about:'")
    func specsNameNoCycle() throws {
        let folder = Self.root.appendingPathComponent("Specs/publication")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 16)
        let pattern = try Regex(#"\bC6\b|[Cc]ycle 6"#)
        var found: [String] = []
        for name in files + ["../publication.yaml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(pattern) && !line.hasPrefix("about: ") && !(name.hasPrefix("..") && line.hasPrefix("  C6: [")) {
                found.append("\(name):\(i + 1): \(line)")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test("the shipped set is complete for its cycle: export --strict passes and says so")
    func strictPasses() throws {
        let out = try TempDir.make("a4p-strict")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try A4PBinary.run(["export", "--out", out.path, "--format", "pdf", "--strict"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("C6: every figure is shown, every language names it, no block falls back but for the known gaps"))
    }

    @Test("period expressions are checked: latest-N, ranges, about, and {about…} only with about:")
    func expressionsChecked() throws {
        // A copy of the project, so the repository's Specs/ never holds a test's file.
        let project = try TempDir.make("a4p-cycle-check")
        defer { try? FileManager.default.removeItem(at: project) }
        for folder in ["Data", "Translations"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Specs"), withIntermediateDirectories: true)
        func validate(_ body: String) throws -> ExternalTool.Output {
            let file = project.appendingPathComponent("Specs/check-\(UUID().uuidString).yaml")
            try ("data: ../Data\ntranslations: ../Translations\n" + body).write(to: file, atomically: true, encoding: .utf8)
            return try A4PBinary.run(["validate", file.path])
        }
        let good = try validate("""
            about: C6
            page: {header: {title: "{period.short} after {previous.short.lower}; prose of {about.short.lower}"}}
            blocks:
              - {type: bar, indicator: P2.06, by: period, periods: latest-2..latest}
              - {type: kpi, indicator: P2.04, period: latest}
              - {type: table, indicator: P2.06, periods: [previous, latest]}
            """)
        #expect(good.status == 0, "\(good.stderr)")
        let bad = try validate("""
            about: C9
            page: {header: {title: "{latest.short}"}}
            blocks:
              - {type: bar, indicator: P2.06, by: period, periods: latest-x..latest}
              - {type: kpi, indicator: P2.04, period: C4..C5..C6}
            """)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("'latest-x' is not a relative period"))
        #expect(bad.stderr.contains("'C4..C5..C6' is not a period range"))
        #expect(bad.stderr.contains("about: unknown period 'C9'"))
        let noAbout = try validate("blocks:\n  - {type: text, text: \"Eight in {about.short.lower}\"}\n")
        #expect(noAbout.status == 65)
        #expect(noAbout.stderr.contains("[no-about]"))
    }

    /// The walk-through of docs/data.md "Adding a cycle", on a copy of the project (copied, not linked:
    /// a4p refuses paths that lead out of the project). The synthetic figures live only in the copy.
    @Test("a4p data new-cycle, a few figures, one translation: every page follows and the export names what is missing")
    func newCycle() throws {
        let fm = FileManager.default
        let project = try TempDir.make("a4p-cycle")
        defer { try? fm.removeItem(at: project) }
        for folder in ["Data", "Specs", "Translations"] {
            try fm.copyItem(at: Self.root.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        // 1. The command adds the period, the source and the placeholders, and says what is next.
        let added = try A4PBinary.run(["data", "new-cycle", "C7", "--label", "Cycle 7 (Nov 2024 – Apr 2025)",
                                       "--from", "2024-11", "--to", "2025-04", "--report", "A4P+ 7th Progress Report"], in: project)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("next:"))
        let periods = try String(contentsOf: project.appendingPathComponent("Data/periods.csv"), encoding: .utf8)
        #expect(periods.contains("C7,cycle,Cycle 7 (Nov 2024 – Apr 2025),2024-11-01,2025-04-30,"))
        let again = try A4PBinary.run(["data", "new-cycle", "C7", "--label", "x", "--from", "2024-11", "--to", "2025-04", "--report", "x"], in: project)
        #expect(again.status == 65, "a second C7 is refused")
        // A period without figures moves nothing: the publication stays at C6.
        let before = try A4PBinary.run(["export", "--manifest", project.appendingPathComponent("Specs/publication.yaml").path,
                                        "--out", project.appendingPathComponent("out0").path, "--format", "pdf"], in: project)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("C6 (Cycle 6 (May – Oct 2024)) is missing") || before.stdout.contains("C6: every figure"))

        // 2. A handful of synthetic C7 figures (P2.05 is shown on no page for C7).
        let rows = ["P1.01,ALL,C7,,9,ok,,SC7,Synthetic,,", "P2.06,ALL,C7,,9,ok,,SC7,Synthetic,,",
                    "P2.04,ALL,C7,,10,ok,,SC7,Synthetic,,", "P2.05,ALL,C7,jmac_joc,yes,ok,,SC7,Synthetic,,"]
        let observations = project.appendingPathComponent("Data/observations.csv")
        try (String(contentsOf: observations, encoding: .utf8) + rows.joined(separator: "\n") + "\n")
            .write(to: observations, atomically: true, encoding: .utf8)
        #expect(try A4PBinary.run(["data", "check", "--quiet"], in: project).status == 0)
        // 3. French gets its name for the cycle; the other tables keep their placeholder.
        let fr = project.appendingPathComponent("Translations/fr.yaml")
        let table = try String(contentsOf: fr, encoding: .utf8)
        #expect(table.contains("# period.C7: \"Cycle 7 (Nov 2024 – Apr 2025)\""))
        try table.replacingOccurrences(of: "# period.C7: \"Cycle 7 (Nov 2024 – Apr 2025)\"", with: "period.C7: \"Cycle 7 (nov. 2024 – avr. 2025)\"")
            .write(to: fr, atomically: true, encoding: .utf8)
        let manifestURL = project.appendingPathComponent("Specs/publication.yaml")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)

        // 4. Export: the pages follow C7.
        let out = project.appendingPathComponent("out")
        let export = try A4PBinary.run(["export", "--manifest", manifestURL.path, "--out", out.path, "--format", "pdf"], in: project)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("exported 240 documents"), "the whole set: \(export.stdout.prefix(80))")
        func text(_ pdf: String) throws -> String {
            normalisedExtraction(try ExternalTool.run("pdftotext", [out.appendingPathComponent(pdf).path, "-"]).stdout)
        }
        let p2 = try text("priorities/priority-P2.pdf")
        #expect(p2.contains("Latest reporting period: Cycle 7 (Nov 2024 – Apr 2025)"))
        #expect(p2.contains("Internal collaboration, cycle 7"), "the tile's title follows the cycle")
        #expect(p2.contains("missions with regular collaboration between most units ↑ from 8 Source: A4P+ 7th Progress Report"),
                "the new value's trend against C6, sourced from the new report")
        let bars = try ExternalTool.run("pdftotext", ["-layout", out.appendingPathComponent("priorities/priority-P2.pdf").path, "-"]).stdout
        // The CPAS figures (three cycles: big numbers) run to C7 with its value and its change from C6.
        #expect(bars.contains(try Regex(#"10 +8 +9"#)), "the CPAS figures run to C7 with its value")
        // Side by side, the numbers show C7's change from C6; no arrow caption wrapping under them (P2 'trend: false').
        #expect(!p2.contains("Cycle 7 ↑"), "C7 labelled as its neighbours")
        #expect(p2.contains("Eight missions assessed their impact through CPAS in cycle 6"), "prose names the cycle it quotes")
        let p1 = try text("priorities/priority-P1.pdf")
        #expect(p1.contains("Political strategies, cycle 7") && p1.contains("Source: A4P+ 7th Progress Report"))
        #expect(try text("overview/overview-en.pdf").contains("progress in cycle 7"))
        #expect(try text("overview/overview-fr.pdf").contains("Cycle 7 (nov. 2024 – avr. 2025)"))
        #expect(try text("overview/overview-fr.pdf").contains("progrès du cycle 7"))
        #expect(try text("overview/overview-es.pdf").contains("Cycle 7 (Nov 2024 – Apr 2025)"), "no Spanish name yet: the English one, reported")
        // A mission with no C7 figure yet says when it last reported, not the publication's cycle.
        #expect(try text("missions/factsheet-MINUSCA-fr.pdf").contains("Dernières données : Cycle 6 (mai – oct. 2024)"))

        // 5. After the summary: exactly what C7 is missing.
        let report = export.stdout
        #expect(report.hasPrefix("exported "))
        #expect(report.contains("C7 (Cycle 7 (Nov 2024 – Apr 2025)) is missing:"))
        #expect(report.contains("1 figure of C7 on no page"))
        #expect(report.contains("P2.05 × ALL × C7 × jmac_joc"))
        for language in ["ar", "es", "ru", "zh"] { #expect(report.contains("\(language): no 'period.C7'"), "\(language)") }
        #expect(!report.contains("fr: no 'period.C7'"))
        #expect(report.contains("P1.yaml:6:8: this spec's prose (lead, messages) quotes figures of C6"))
        #expect(report.contains("p2-06a-matrix': P2.06a has no figure for C7; the series runs to C6"))
        #expect(report.contains("p1-06-kpi': P1.06 has no figure for C7 (it had one for C6)"))
        #expect(!report.contains("p2-04-kpi"), "a block with its C7 figure is not listed")

        // 6. --strict: the same findings are errors, and nothing is written.
        let strict = try A4PBinary.run(["export", "--manifest", manifestURL.path, "--out", project.appendingPathComponent("strict").path,
                                        "--format", "pdf", "--strict"], in: project)
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("error: es: no 'period.C7'"))
        #expect(!fm.fileExists(atPath: project.appendingPathComponent("strict/manifest.json").path))

        // 7. The manifest can pin the cycle: C6 again, or an id the dataset lacks (one error, at the manifest).
        let pinned = project.appendingPathComponent("pinned")
        try manifest.replacingOccurrences(of: "cycle: latest", with: "cycle: C6").write(to: manifestURL, atomically: true, encoding: .utf8)
        #expect(try A4PBinary.run(["export", "--manifest", manifestURL.path, "--out", pinned.path, "--format", "pdf"], in: project).status == 0)
        let atC6 = normalisedExtraction(try ExternalTool.run("pdftotext", [pinned.appendingPathComponent("priorities/priority-P2.pdf").path, "-"]).stdout)
        #expect(atC6.contains("Latest reporting period: Cycle 6 (May – Oct 2024)") && !atC6.contains("Cycle 7"))
        try manifest.replacingOccurrences(of: "cycle: latest", with: "cycle: C9").write(to: manifestURL, atomically: true, encoding: .utf8)
        let unknown = try A4PBinary.run(["export", "--manifest", manifestURL.path, "--out", pinned.path, "--format", "pdf"], in: project)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.components(separatedBy: "[unknown-cycle]").count == 2, "\(unknown.stderr)")
    }
}
