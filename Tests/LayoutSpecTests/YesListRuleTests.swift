import A4PCharts
import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// The binding rule for yes-lists (issue 14): a check matrix said as a sentence names the missions
/// the reports list, and the others are simply not in that list; a matrix still names the rows it
/// leaves out, since there a reader would look for them.
@Suite("Yes-lists name no rows left out")
struct YesListRuleTests {
    func text(_ block: String) throws -> String {
        let (outputs, log) = try SpecFixture.renderInline(block)
        #expect(!log.hasErrors, "\(log.sorted)")
        let output = try #require(outputs.first)
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "f", formats: ["pdf"], to: dir)
        return try ExternalTool.run("pdftotext", [files[0].path, "-"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// HQ in-person training, cycle 4: the 4th report names MINUSCA and MONUSCO; the other missions'
    /// rows hold nothing reported.
    static let training = """
          - type: check-matrix
            id: t
            title: HQ in-person training
            indicator: P6.07
            category: inperson_training
            missions: all
            periods: [C4]
        """

    @Test("every mark yes: one sentence naming the missions, led by its period, and no 'left out' line")
    func yesOnly() throws {
        let said = try text(Self.training)
        #expect(said.contains("Cycle 4: MINUSCA, MONUSCO."), "\(said)")
        #expect(!said.contains("Left out"), "\(said)")
        #expect(!said.contains("UNFICYP"), "a mission the report does not list is not named")
    }

    @Test("the same rows drawn as a matrix are still named under it")
    func matrixKeepsTheLine() throws {
        let marks = try text(Self.training + "\n    form: matrix")
        #expect(marks.contains("Left out, not in the reports: UNFICYP"), "\(marks)")
        #expect(!marks.contains("Cycle 4: MINUSCA"))
    }

    @Test("yes and no said per period name no rows left out either; the block's own explanation stays")
    func byAnswer() throws {
        let said = try text("""
              - type: check-matrix
                id: s
                title: Articulated political strategy
                indicator: P1.01a
                missions: all
                periods: [C5, C6]
            """)
        // In the indicator's words (indicator.P1.01a.answers): the report names two; the four had none;
        // in cycle 5 the report names MINUSCA's own strategy too (review 10).
        #expect(said.contains("Cycle 6: the report names MINUSCA and UNMISS as having one."), "\(said)")
        #expect(said.contains("Cycle 5: the report names MINUSCA as having one; MINURSO, UNDOF, UNMOGIP and UNTSO had none."), "\(said)")
        #expect(!said.contains("Left out"), "\(said)")
    }

    @Test("a list's one entry under a block title that names its period has no title of its own; otherwise it keeps it")
    func entryTitledByLead() {
        let entry = FigureColumns.Entry(title: "Sentiment towards UN peacekeeping · 2022 overview", continued: "… (cont.)",
                                        lines: [.init("MINUSCA", period: nil, value: .words("71%"))])
        let under = DataBinder.titledByLead(entry, lead: "Sentiment towards UN peacekeeping (2022 overview)", period: "2022 overview")
        #expect(under.title == nil && under.continued == nil && under.lines.count == 1)
        // A block title that does not say the shared period, or no block title: the entry says it.
        #expect(DataBinder.titledByLead(entry, lead: "Sentiment towards UN peacekeeping", period: "2022 overview").title != nil)
        #expect(DataBinder.titledByLead(entry, lead: nil, period: "2022 overview").title != nil)
        #expect(DataBinder.titledByLead(entry, lead: "Sentiment (2022 overview)", period: nil).title != nil)
    }
}
