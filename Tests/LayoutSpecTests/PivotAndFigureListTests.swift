import A4PIndicators
import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// Renders an inline spec and returns its outputs, diagnostics and the PDF text laid out (`-layout`).
private func render(_ blocks: String) throws -> (output: SpecOutput?, diagnostics: [Diagnostic], layoutText: String) {
    let yaml = "data: DATA\npage: {size: A4}\nblocks:\n" + blocks
    let loaded = SpecLoader.parse(yaml.replacingOccurrences(of: "DATA", with: SpecFixture.dataPath), file: "test.yaml")
    var log = loaded.log
    let spec = try #require(loaded.spec, "\(log.sorted)")
    let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, log: &log)
    guard let out = outputs.first, !log.hasErrors else { return (outputs.first, log.sorted, "") }
    let dir = try TempDir.make()
    let files = try DocumentExport(registry: .standard).write(out.document, name: "t", formats: ["pdf"], to: dir)
    return (out, log.sorted, try ExternalTool.run("pdftotext", ["-layout", files[0].path, "-"]).stdout)
}

/// The cells of the laid-out line that starts with `label`, split on runs of spaces.
private func row(_ label: String, in text: String) -> [String] {
    guard let line = text.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label + " ") }) else { return [] }
    return line.dropFirst(line.range(of: label)!.upperBound.utf16Offset(in: line))
        .split(separator: " ", omittingEmptySubsequences: true).map(String.init)
}

@Suite("Pivot tables, figure lists and coverage")
struct PivotAndFigureListTests {
    @Test("a pivot of hospitals: missions by levels under cycle groups, with the system-wide total row")
    func hospitalPivot() throws {
        let r = try render("""
              - type: table
                indicator: P4.25
                rows: missions
                missions: [MONUSCO, UNFICYP, ALL]
                columns: categories
                groups: periods
                periods: C4..C6
                form: table
            """)
        // `form: table`: 16 of its 45 cells are ".." (GapRules would list the figures); this test is the pivot's.
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        // Seeds: MONUSCO 1/3/blank/1 in cycle 4, 1/2/blank/1 in cycles 5 and 6 (a blank level is none: "–");
        // no per-mission totals (".." not reported); no hospital in UNFICYP in any cycle (the 5th report's
        // table leaves it out and its text says "there are no hospitals in UNFICYP, UNMIK, UNMOGIP and
        // UNTSO"); 20 and 19 in all missions, by level not reported.
        #expect(row("MONUSCO", in: r.layoutText) == ["1", "3", "–", "1", "..", "1", "2", "–", "1", "..", "1", "2", "–", "1", ".."])
        #expect(row("UNFICYP", in: r.layoutText) == ["–", "–", "–", "–", "0", "–", "–", "–", "–", "0", "–", "–", "–", "–", "0"])
        #expect(row("All missions", in: r.layoutText).filter { $0 != ".." } == ["20", "19"])
        #expect(r.layoutText.contains("– none · .. not reported"), "the key under the table names both symbols")
        #expect(r.layoutText.contains("Cycle 4") && r.layoutText.contains("Cycle 6") && r.layoutText.contains("Level"))
    }

    @Test("rows of indicators keep their own format; yes/no and levels are written as words")
    func mixedFormats() throws {
        let r = try render("""
              - type: table
                indicators: [P4.13b, P4.13a]
                columns: missions
                missions: [MONUSCO, UNIFIL]
                period: C5
                row-labels: ["Cases reported", "Share investigated"]
              - type: table
                indicator: P7.01
                rows: missions
                missions: [MINURSO, UNMIK]
                periods: [C4, C5]
                form: table
            """)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(row("Cases reported", in: r.layoutText) == ["54", "2"])
        #expect(row("Share investigated", in: r.layoutText) == ["78%", "100%"])
        #expect(row("MINURSO", in: r.layoutText) == ["SOMA", "SOMA"])
        #expect(row("UNMIK", in: r.layoutText) == ["Neither", "Neither"])
    }

    @Test("a table of words the same in every period is one sentence (issue 14); one that changes stays a table")
    func steadyWords() throws {
        let steady = try render("""
              - type: table
                indicator: P7.01
                rows: missions
                missions: [MINURSO, UNMIK, UNTSO]
                periods: [C4, C5]
            """)
        #expect(steady.diagnostics.isEmpty, "\(steady.diagnostics)")
        #expect(steady.layoutText.contains("Cycle 4, Cycle 5 — SOMA: MINURSO; Neither: UNMIK, UNTSO."), "\(steady.layoutText)")
        #expect(row("MINURSO", in: steady.layoutText).isEmpty, "no grid")
        // UNDOF assessed its impact through CPAS in cycle 4, not in cycle 5: a row that changes keeps the grid.
        let changing = try render("""
              - type: table
                indicator: P2.06a
                rows: missions
                missions: [UNDOF, MINUSCA]
                periods: [C4, C5]
            """)
        #expect(!changing.layoutText.contains(" — "), "\(changing.layoutText)")
        #expect(row("UNDOF", in: changing.layoutText) == ["yes", "no"], "\(changing.layoutText)")
    }

    @Test("a figure list shows every figure of its indicators with qualifiers, and the ratio as a:1")
    func figureList() throws {
        let r = try render("""
              - type: figure-list
                indicators: [P4.20, P4.07]
                columns: 1
            """)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let text = r.layoutText
        for figure in [">15,000", ">1.6M", ">68,924", "47", "10:1"] { #expect(text.contains(figure), "\(figure) missing") }
        let shown = try #require(r.output).shown
        let all = SpecFixture.dataset.observations.filter { ["P4.20", "P4.07"].contains($0.indicator) && $0.value.isAvailable }
        #expect(all.count == 20 && all.allSatisfy { shown.contains($0.key) })
    }

    @Test("a figure list is a chart block: a given height too small for it is a does-not-fit error, not an overflow")
    func figureListContained() throws {
        let r = try render("""
              - type: figure-list
                indicators: [P4.20, P4.07]
                columns: 1
                height: 60
            """)
        #expect(r.diagnostics.contains { $0.rule == "does-not-fit" && $0.position.line == 4 }, "\(r.diagnostics)")
    }

    @Test("table mistakes are errors at their line: same axis twice, wrong label count, unknown category")
    func tableErrors() throws {
        let axes = SpecFixture.only("data: DATA\nblocks:\n  - type: table\n    indicator: P4.25\n    rows: periods\n    columns: periods\n", rule: "table-axes")
        #expect(axes.first?.position.line == 3)
        let labels = SpecFixture.only("data: DATA\nblocks:\n  - type: table\n    indicator: P4.25\n    periods: C4..C6\n    column-labels: [a, b]\n",
                                      rule: "label-count")
        #expect(labels.first?.position.line == 6)
        #expect(labels.first?.message.contains("2 labels for 3 entries") == true)
        let category = SpecFixture.only("data: DATA\nblocks:\n  - type: table\n    indicator: P4.25\n    rows: categories\n    categories: [level1, levl2]\n",
                                        rule: "unknown-category")
        #expect(category.first?.position.line == 6 && category.first?.suggestion == "did you mean level2?")
    }

    @Test("coverage counts what blocks show and lists the rest")
    func coverage() throws {
        let r = try render("""
              - type: kpi
                indicator: P3.13
                period: C6
            """)
        let c = Coverage(dataset: SpecFixture.dataset, shown: try #require(r.output).shown, priorities: ["P3"])
        // The KPI shows cycle 6 and, as its trend, cycle 5; cycle 4 is not shown.
        #expect(c.shown.filter { $0.indicator == "P3.13" }.map(\.period).sorted() == ["C5", "C6"])
        #expect(c.missing.contains { $0.indicator == "P3.13" && $0.period == "C4" })
        #expect(!c.missing.contains { $0.value.isText })
    }

    // P3 and P4 left some figures to the mission sheets or their sentences (issue 14): see
    // PriorityPageFormsTests.leftOffFiguresAreElsewhere.
    @Test("every priority page shows every figure of its priority", arguments: ["P1", "P2", "P5", "P6", "P7"])
    func priorityCoverage(priority: String) throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/priorities/\(priority).yaml")
        #expect(!log.hasErrors, "\(log.sorted)")
        let out = try #require(outputs.first)
        #expect(out.document.pages.count <= 2)
        let c = Coverage(dataset: SpecFixture.dataset, shown: out.shown, priorities: [priority])
        let missing = c.missing.filter { o in
            !(Self.saidInWords[o.indicator]?.contains(o.period) ?? false) || (o.indicator == "P5.01" && o.category != "needs_improvement")
        }
        #expect(missing.isEmpty, "\(priority): \(missing.count) figures not shown: \(missing.map(\.key.description).prefix(12))")
        #expect(c.shown.count > 20)
    }

    /// Figures a priority page says in words rather than draws (issue 14: one fact once, a sentence for
    /// bars of 1s), which no binding records, by indicator and period. Each is checked in print by
    /// PrioritiesOnceTests.
    static let saidInWords: [String: Set<String>] = [
        // P5 page 2: "UNMISS's FPUs were inspected in cycles 5 and 6, MINUSCA's in cycle 5."
        "P5.05": ["C5", "C6"],
        // P5 page 2: "One evaluation needed improvement in cycle 4, none in cycle 5." (cycle 6 is bound)
        "P5.01": ["C4", "C5"],
        // P6 page 2: "Eight of the 11 missions (~70 %)" printed as its count, 8, not also as its share.
        "P6.04b": ["C4"],
        // P6 page 2: "Cycle 5: MINUSCA, MONUSCO, UNIFIL, UNISFA and UNMISS had one." names the five,
        // not also a hero "5" nor a subtitle counting them (issue 14).
        "P6.05": ["C5"],
        // P6 page 1: "UNISFA created an internet radio in cycle 5." over the latest cycle's list (a list of
        // one for cycle 5 read as "the others had none": review 4).
        "P6.11": ["C5"],
        // P7 page 1: "Missions without a SOFA, cycles 4 and 5: MINURSO under a SOMA; UNMIK, UNMOGIP and
        // UNTSO under alternate arrangements (the 6th report adds UNDOF)." (was a table said as a dump).
        "P7.01": ["C4", "C5"],
        // P7 page 1: the status strip's "6" under "Status of Forces Agreement" (and the lead), not also
        // a hero "6 missions with a SOFA" beside it (issue 14); the overview binds it.
        "P7.01a": ["C6"],
    ]
}
