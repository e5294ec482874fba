import A4PCharts
import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// Tables and matrices that are mostly gaps (issue 14): the page review counts the cells drawn, a
/// column with nothing reported is named instead of drawn, and a chart still more than a third
/// "not reported" prints its figures as a list or, for yes/no marks of missions, one sentence a period.
@Suite("Gap rules")
struct GapRulesTests {
    let forms = FormFromDataTests()

    /// The P3 page's mixed figures by cycle: 11 of its 27 cells are "not reported" as a table.
    static let byCycle = """
          - type: table
            id: t
            span: 9
            title: Training and deployment figures by cycle
            indicators: [P3.06, P3.06a, P3.04, P3.03, P3.01, P3.01a, P3.05, P3.05a, P3.15]
            periods: latest-2..latest
        """

    @Test("the page review counts a table's drawn cells, not only the observations it read")
    func drawnCells() throws {
        let (out, _) = try forms.render(Self.byCycle + "\n    form: table")
        let asset = try #require(out.assets.first)
        let cells = try #require(asset.cells)
        #expect(cells == (27, 11), "\(cells)")
        // What the old measure saw: the observations, few of which are "not reported" rows.
        let read = asset.observations.filter { if case .absent(.notReported, _) = $0.value { true } else { false } }.count
        #expect(read < cells.notReported)
    }

    @Test("a table more than a third 'not reported' becomes the list of its figures, each dated; 'form: table' keeps it")
    func tableAsList() throws {
        let (out, text) = try forms.render(Self.byCycle)
        #expect(!text.contains(".."), "\(text)")
        #expect(text.contains("≈914"), "\(text)")
        #expect(out.assets.first?.cells == nil)
        // Every figure the table showed is still shown.
        let (table, _) = try forms.render(Self.byCycle + "\n    form: table")
        let available = { (o: SpecOutput) in o.shown.filter { SpecFixture.dataset.observation($0)?.value.isAvailable == true } }
        #expect(available(out) == available(table))
    }

    @Test("columns with nothing reported are named under the table, and the rest stays a table")
    func droppedColumns() throws {
        let block = """
              - type: table
                id: h
                title: Hospital reporting
                rows: missions
                indicators: [P4.26a, P4.26, P4.27]
                columns: indicators
                column-labels: ["%", "Rep.", "Int."]
                groups: periods
                periods: latest-2..latest
                missions: [MINURSO, MINUSCA, MONUSCO, UNDOF, UNFICYP, UNIFIL, UNISFA, UNMISS, ALL]
            """
        let (out, text) = try forms.render(block)
        let flat = normalisedExtraction(text)
        #expect(flat.contains("Left out, not in the reports: Cycle 5 · %, Cycle 6 · %."), "\(flat)")
        let cells = try #require(out.assets.first?.cells)
        #expect(cells.drawn == 63 && cells.notReported <= cells.drawn / 3, "\(cells)")
        let (kept, _) = try forms.render(block + "\n    form: table")
        #expect(kept.assets.first?.cells?.drawn == 81)
    }

    @Test("yes/no marks of missions with gaps are one sentence a period, newest first; 'form: matrix' keeps the marks")
    func matrixByPeriod() throws {
        let block = """
              - type: check-matrix
                id: c
                title: Mandate to advance political processes
                indicator: P1.02
                missions: all
                periods: latest-2..latest
            """
        let (_, text) = try forms.render(block)
        let flat = normalisedExtraction(text)
        // In the indicator's words (indicator.P1.02.answers), not "Cycle 6 — yes: …; no: …".
        #expect(flat.contains("Cycle 6: MINUSCA, MONUSCO, UNFICYP, UNISFA, UNMIK and UNMISS held such a mandate; MINURSO, UNDOF, UNIFIL, UNMOGIP and UNTSO did not."), "\(flat)")
        #expect(flat.contains("Cycle 4: MINURSO, UNDOF and UNIFIL held no such mandate."), "\(flat)")
        #expect(!flat.contains("— yes"), "\(flat)")
        let six = try #require(flat.range(of: "Cycle 6:")), four = try #require(flat.range(of: "Cycle 4:"))
        #expect(six.lowerBound < four.lowerBound)
        let (marks, _) = try forms.render(block + "\n    form: matrix")
        #expect(marks.assets.first?.cells?.drawn == 33)
    }

    @Test("a mission's checklist that is mostly gaps lists its answers under the spec's row labels")
    func checklistAsList() throws {
        let (out, text) = try forms.render("""
              - type: check-matrix
                id: k
                title: Planning
                indicators: [P1.01a, P1.02, P2.01a, P2.06a, P6.05a, P7.02]
                mission: UNMOGIP
                periods: latest-2..latest
            """)
        let flat = normalisedExtraction(text)
        #expect(flat.contains("Mission conducted CPAS impact assessments in the cycle"), "\(flat)")
        #expect(!flat.contains("Not reported"), "\(flat)")
        #expect(out.assets.first?.cells == nil)
    }

    @Test("the cell measure counts '..' cells and the column rule keeps at least one column")
    func cellMeasure() {
        let gap = TrendTable.Cell.value(.absent(state: .notReported))
        let table = TrendTable(columns: [.init("A"), .init("B")], rows: [.init("r", [gap, .value(3)]), .init("s", [gap, gap])])
        #expect(table.notReportedCells == (4, 3))
        let (kept, names) = table.droppingUnreportedColumns()
        #expect(names == ["A"] && kept.columns.map(\.title) == ["B"])
        let empty = TrendTable(columns: [.init("A")], rows: [.init("r", [gap])])
        #expect(empty.droppingUnreportedColumns().1.isEmpty)
        #expect(GapRules.mostlyGaps(table.notReportedCells))
    }

    @Test("a row left out whose label is a statement is quoted in the reader's note, a name or column is not",
          arguments: [("en", "Left out, not in the reports: “Mission has an articulated political strategy”."),
                      ("fr", "Omis, absent des rapports: «\u{00A0}Mission has an articulated political strategy\u{00A0}»."),
                      ("ru", "Не показано, нет в отчётах: «Mission has an articulated political strategy».")])
    func quotedStatement(language: String, expected: String) {
        #expect(Words.notReported(["Mission has an articulated political strategy"], language) == expected)
        #expect(Words.notReported(["UNIFIL", "Cycle 5 · %"], "en") == "Left out, not in the reports: UNIFIL, Cycle 5 · %.")
        #expect(Words.notReported(["特派团制定了明确的政治战略"], "zh") == "报告未涉及，未列出：“特派团制定了明确的政治战略”。")
        #expect(Words.notReported([], language) == nil)
    }

    @Test("a checklist row nobody reported is said as the reader's fact, not listed as left out")
    func checklistRowAsFact() throws {
        let (_, text) = try forms.render("""
              - type: check-matrix
                id: k
                title: Planning
                indicators: [P1.01a, P2.01a, P2.06a]
                mission: UNMIK
                periods: latest-2..latest
                form: matrix
            """)
        // UNMIK: MONUSCO has its own sentence since sheets5 (its South Kivu strategy, FactSheetReview5Tests).
        let flat = normalisedExtraction(text)
        #expect(flat.contains("Not among the four missions the 5th report names without a political strategy"), "\(flat)")
        #expect(!flat.contains("Left out"), "\(flat)")
    }
}
