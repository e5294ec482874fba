import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// The form follows the data (issue 14): rows with nothing reported are named, not drawn; a matrix
/// of only "yes" is one sentence; two or three values are big numbers. A spec can ask for the chart.
@Suite("Form from data")
struct FormFromDataTests {
    func render(_ block: String) throws -> (output: SpecOutput, text: String) {
        let (outputs, log) = try SpecFixture.renderInline(block)
        #expect(!log.hasErrors, "\(log.sorted)")
        let output = try #require(outputs.first)
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "f", formats: ["pdf"], to: dir)
        return (output, try ExternalTool.run("pdftotext", [files[0].path, "-"]).stdout)
    }

    static let impact = """
          - type: impact-matrix
            id: m
            indicator: P7.06
            missions: [MINUSCA, MONUSCO, UNDOF, UNIFIL, UNISFA, UNMISS]
            period: C5
        """

    @Test("rows with nothing reported are left out and named under the chart; their figures still count as shown")
    func unreportedRows() throws {
        let (out, text) = try render(Self.impact)
        #expect(text.contains("Left out, not in the reports: UNIFIL, UNISFA, UNMISS."), "\(text)")
        #expect(!text.contains("not reported\nnot reported"))
        #expect(out.shown.contains { $0.mission == "UNISFA" && $0.indicator == "P7.06" })
        let asset = try #require(out.assets.first)
        #expect(asset.omitted.count == 9)
        let (_, shown) = try render(Self.impact + "\n    not-reported: show")
        #expect(!shown.contains("Left out, not in the reports: UNIFIL"))
        #expect(shown.contains("UNISFA"))
    }

    @Test("a matrix of only 'yes' is one sentence; 'form: matrix' keeps the marks")
    func yesOnly() throws {
        let block = """
              - type: check-matrix
                id: c
                title: Ceasefire-observation mandate
                indicator: P1.03
                missions: all
                periods: [C5]
            """
        let (out, text) = try render(block)
        // Led by its period: the title says what the missions have (issue 14).
        #expect(text.contains("Cycle 5: MINURSO, UNDOF, UNMOGIP, UNTSO."), "\(text)")
        #expect(!text.contains("Yes ("), "\(text)")
        #expect(out.assets.first?.altText?.hasPrefix("Ceasefire-observation mandate: Cycle 5: MINURSO") == true)
        let (_, marks) = try render(block + "\n    form: matrix")
        #expect(!marks.contains("Cycle 5: MINURSO"))
        #expect(marks.contains("MINURSO") && marks.contains("Mission"))
    }

    /// UNFICYP's hospitals by level: a total of 0 and every level "none" in cycles 4 to 6, nothing
    /// for the 2022 overview.
    static let hospitals = """
          - type: table
            id: h
            title: Hospitals by level
            indicator: P4.25
            mission: UNFICYP
            rows: categories
            columns: periods
            periods: [OV2022, C4, C5, C6]
        """

    @Test("a table of zeros under empty levels is one line naming its periods; a table with a figure stays a table")
    func zeroOnly() throws {
        let block = Self.hospitals
        let (_, text) = try render(block)
        // UNFICYP: total 0 and every level "none" in cycles 4 to 6 (the 5th report: "there are no
        // hospitals in UNFICYP, UNMIK, UNMOGIP and UNTSO"); nothing for the 2022 overview.
        #expect(text.contains("None (Cycles 4–6). Not reported in"), "\(text)")
        #expect(!text.contains("Total"))
        let (_, table) = try render(block + "\n    form: table")
        #expect(table.contains("Total") && !table.contains("None ("), "\(table)")
        // UNDOF has a level-1 hospital: its figures stay in a table.
        let (_, undof) = try render(block.replacingOccurrences(of: "UNFICYP", with: "UNDOF"))
        #expect(!undof.contains("None ("), "\(undof)")
        #expect(undof.contains("Level 1"), "\(undof)")
    }

    @Test("in Chinese the zero line's two sentences join after 。 without a Latin space")
    func zeroOnlyChinese() throws {
        let data = SpecFixture.dataPath
        let yaml = """
            data: \(data)
            translations: \(URL(fileURLWithPath: data).deletingLastPathComponent().appendingPathComponent("Translations").path)
            page: {size: A4}
            blocks:

            """ + Self.hospitals
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, language: "zh", log: &log)
        let output = try #require(outputs.first)
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "f", formats: ["pdf"], to: dir)
        let text = try ExternalTool.run("pdftotext", [files[0].path, "-"]).stdout
        #expect(text.contains("第4至6周期）。") && !text.contains("周期）。 "), "\(text)")
        #expect(!text.contains("。 "), "\(text)")
    }

    @Test("a figure list names what each figure measures where missions measured differently (sentiment)")
    func scopedFigures() throws {
        let (_, text) = try render("""
              - type: figure-list
                id: s
                title: Sentiment
                indicators: [P6.14]
                missions: [MINUSCA, MINUSMA]
                columns: 1
            """)
        let flat = normalisedExtraction(text)
        // The 2022 overview: MINUSCA's 71 % is a survey, MINUSMA's 92 % the media mentions that were not negative.
        #expect(flat.contains("survey respondents with a favourable opinion"), "\(flat)")
        #expect(flat.contains("traditional-media mentions not negative"), "\(flat)")
    }

    @Test("form: numbers shows up to four categories that count different things as big numbers, never on one axis")
    func numbersForm() throws {
        let block = """
              - type: bar
                id: m
                title: Member State engagement
                indicator: P5.11
                by: category
                period: OV2022
                height: 160
            """
        func largestText(_ out: SpecOutput) -> Double {
            SlideProjectionTests.runs(out.assets.first?.document.pages.first?.nodes ?? []).map(\.size).max() ?? 0
        }
        let (bars, _) = try render(block)
        let (numbers, text) = try render(block + "\n    form: numbers")
        #expect(largestText(bars) < 20, "a bar chart's labels")
        #expect(largestText(numbers) >= 20, "big numbers")
        #expect(text.contains("105") && text.contains("35"), "\(text)")
    }

    @Test("a dot rating's level names drop the report's dots: the chart draws them")
    func levelNamesWithoutDots() {
        #expect(DotRatingKind.withoutDots("Medium contribution (●●○)") == "Medium contribution")
        #expect(DotRatingKind.withoutDots("Contribution moyenne (●●○)") == "Contribution moyenne")
        // Chinese writes the report's dots in full-width parentheses.
        #expect(DotRatingKind.withoutDots("重大贡献（●●●）") == "重大贡献")
        #expect(DotRatingKind.withoutDots("重大贡献（内部）") == "重大贡献（内部）")
        #expect(DotRatingKind.withoutDots("Medium (internal)") == "Medium (internal)")
        #expect(DotRatingKind.withoutDots("()") == "()")
    }

    @Test("a figure list of only 'yes' is one sentence per cycle, newest first; 'form: list' keeps the lines")
    func yesOnlyList() throws {
        let block = """
              - type: figure-list
                id: y
                title: Also in the reports
                indicators: [P4.34, P6.06, P6.09a, P6.11]
                mission: UNISFA
            """
        let (out, text) = try render(block)
        // UNISFA: accommodations, mural and radio in cycle 6; radio also in cycle 5.
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        // Its radio is an internet radio (5th report: "in the absence of a radio station"): the scope says so.
        // A fact both reports give is said once, its periods together (review 4: the radio twice).
        #expect(flat.contains("Cycle 6: gender-sensitive accommodations (Elsie Initiative), Peace Day mural campaign. Cycle 6, Cycle 5: its own UN radio (internet radio)."), "\(text)")
        #expect(out.shown.contains { $0.mission == "UNISFA" && $0.indicator == "P6.11" && $0.period == "C5" })
        let (_, lines) = try render(block + "\n    form: list")
        #expect(!lines.contains("Cycle 6: gender"), "\(lines)")
        // A list with a figure that is not "yes" stays a list.
        let (_, mixed) = try render(block.replacingOccurrences(of: "[P4.34, P6.06, P6.09a, P6.11]", with: "[P4.34, P4.25]"))
        #expect(!mixed.contains("Cycle 6: gender"), "\(mixed)")
    }

    @Test("three values of one series are big numbers with their change; 'form: bar' keeps the bars")
    func bigNumbers() throws {
        let block = """
              - type: bar
                id: b
                title: CPAS impact assessments
                indicator: P2.06
                by: period
                periods: [C4, C5, C6]
            """
        let (out, text) = try render(block)
        #expect(text.contains("↓ from 10"), "\(text)")
        #expect(out.assets.first?.altText?.contains("Cycle 4 10, Cycle 5 10, Cycle 6 8") == true, "\(out.assets.first?.altText ?? "")")
        let (_, bars) = try render(block + "\n    form: bar")
        #expect(!bars.contains("from 10"))
    }
}
