import A4PCharts
import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review 5, second pass (brief sheets6, issue 14): one topic, one module. Information integrity
/// was printed in two modules, often on two pages (MINURSO's cycle-4 pre-emptive actions on page 1,
/// its cycle-6 and C-34 texts on page 2); MINUSMA printed "Crimes against peacekeepers" twice.
@Suite("Fact sheets, review 5 (2): one topic, one module")
struct FactSheetReview6Tests {
    static let languages = FactSheetReview4Tests.languages
    /// Missions with a cycle-4 pre-emptive-actions text (P6.04a) and information-integrity texts (P6.08).
    static let infoMissions = ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMISS"]

    /// Every text run of a page with where it starts (groups' translations applied).
    static func runs(_ nodes: [Node], _ dx: Double = 0, _ dy: Double = 0) -> [(text: String, at: Point)] {
        nodes.flatMap { node -> [(text: String, at: Point)] in
            switch node {
            case .text(let run): [(run.text, Point(run.origin.x + dx, run.origin.y + dy))]
            case .group(let g): runs(g.children, dx + g.transform.tx, dy + g.transform.ty)
            default: []
            }
        }
    }

    static func bare(_ s: String) -> String { s.filter { !$0.isWhitespace } }
    /// Without white space, dashes and bidi isolates: an Arabic line sets its dash where the bidi algorithm puts it.
    static func words(_ s: String) -> String { bare(s).filter { !"—\u{2066}\u{2067}\u{2068}\u{2069}".contains($0) } }

    @Test("information integrity is one module on one page: the newest texts and cycle 4's pre-emptive actions, each dated, under one title",
          arguments: languages)
    func informationOnce(language: String) throws {
        let title = Self.bare(try FactSheetReview5Tests.translation("info-integrity", language))
        let preempt = Self.bare(try FactSheetReview5Tests.translation("info-preempt", language))
        for mission in Self.infoMissions {
            let output = try #require(try FactSheetReview4Tests.sheets(language, only: mission).first)
            let pages = FactSheetReview5Tests.pageTexts(output)
            let titled = pages.indices.filter { pages[$0].contains(title) }
            #expect(titled.count == 1, "\(mission)-\(language): the information-integrity title on pages \(titled)")
            #expect(!pages.joined().contains(preempt), "\(mission)-\(language): a second information module")
            // No text lost: cycle 4's actions are printed with the newer texts.
            let shown = Set(output.shown.map(\.indicator))
            #expect(shown.isSuperset(of: ["P6.04a", "P6.08"]), "\(mission)-\(language): \(shown.sorted())")
        }
    }

    @Test("the texts of one module are dated and most recent first: MINURSO's cycle 6, C-34 follow-up, then cycle 4")
    func informationOrder() throws {
        let output = try #require(try FactSheetReview4Tests.sheets("en", only: "MINURSO").first)
        let text = FactSheetReview5Tests.pageTexts(output).joined()
        let at = ["Cycle6:Low-profile", "C-34follow-up:Itsstrategic", "Cycle4:Launched"].map { text.range(of: $0)?.lowerBound }
        #expect(at.allSatisfy { $0 != nil }, "\(text)")
        #expect(at.compactMap { $0 }.sorted() == at.compactMap { $0 }, "not most recent first")
    }

    @Test("MINUSMA's crimes against peacekeepers are one module: the figures, then its support to the host State, dated",
          arguments: languages)
    func crimesOnce(language: String) throws {
        let title = Self.bare(try FactSheetReview5Tests.translation("crimes.title", language))
        let support = Self.bare(try FactSheetReview5Tests.translation("crimes.support", language))
        let output = try #require(try FactSheetReview4Tests.sheets(language, only: "MINUSMA").first)
        let text = FactSheetReview5Tests.pageTexts(output).joined()
        #expect(FactSheetReview4Tests.count(title, in: text) == 1, "\(language): the crimes title \(FactSheetReview4Tests.count(title, in: text)) times")
        #expect(!text.contains(support), "\(language): a second crimes module")
        #expect(Set(output.shown.map(\.indicator)).isSuperset(of: ["P4.18", "P4.13b"]), "\(language)")
    }

    @Test("a stack prints a title once: a child titled as the shown child above continues it, a child alone keeps the title")
    func stackTitleOnce() throws {
        // MINURSO has a cycle-4 pre-emptive-actions text, MINUSMA none.
        func render(_ first: String) throws -> String {
            let (outputs, log) = try Papercut.render("""
                data: DATA
                blocks:
                  - type: stack
                    blocks:
                      - type: text
                        title: "Topic"
                        indicator: P6.04a
                        mission: \(first)
                        when-empty: hide
                      - type: text
                        title: "Topic"
                        indicator: P4.18
                        mission: MINUSMA
                        dated: true
                    when-empty: hide
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            return Papercut.texts(try #require(outputs.first).document.pages[0].nodes).joined(separator: " ")
        }
        let both = try render("MINURSO")
        #expect(FactSheetReview4Tests.count("Topic", in: both) == 1, "\(both)")
        #expect(both.contains("C-34 follow-up:"), "a dated text names its period: \(both)")
        let alone = try render("MINUSMA")
        #expect(FactSheetReview4Tests.count("Topic", in: alone) == 1, "\(alone)")
        #expect(!alone.contains("Topic (C-34"), "a dated text does not date its title too: \(alone)")
    }

    @Test("followed-by naming no indicator is an error at its line")
    func followedByUnknown() throws {
        let (_, log) = try Papercut.render("""
            data: DATA
            blocks:
              - type: text
                indicator: P6.08
                followed-by: [P6.99]
                mission: MINURSO
            """)
        #expect(log.sorted.contains { $0.rule == "unknown-indicator" && $0.position.line == 5 }, "\(log.sorted)")
    }

    /// The mostly-yes lead of `language` before its facts, without white space.
    static func mostlyYesLead(_ language: String) throws -> String {
        let template = try FactSheetReview5Tests.translation("list.mostly-yes", language)
        let facts = try #require(template.range(of: "{facts}"))
        return words(String(template[..<facts.lowerBound]))
    }

    @Test("a mostly-yes checklist says its all-yes rows once, over the exceptions; a checklist of other answers keeps its lines",
          arguments: languages)
    func mostlyYes(language: String) throws {
        let lead = try Self.mostlyYesLead(language)
        let yes = Self.bare(Words.yesNo(true, language))
        for mission in ["UNMISS", "MONUSCO", "UNFICYP", "UNIFIL", "UNISFA"] {
            let output = try #require(try FactSheetReview4Tests.sheets(language, only: mission).first)
            let text = Self.words(FactSheetReview5Tests.pageTexts(output).joined())
            #expect(FactSheetReview4Tests.count(lead, in: text) == 1, "\(mission)-\(language): no mostly-yes line")
            // Every answer is still printed: the all-yes rows in the line, the others as lines.
            let shown = Set(output.shown.map(\.indicator))
            #expect(shown.isSuperset(of: ["P2.01a", "P2.06a"]), "\(mission)-\(language): \(shown.sorted())")
        }
        // UNMISS: its four all-yes rows in the line, the working group's two cycles as lines, "yes" in
        // cycle 5 and "in development" in cycle 4 (seed 000: "developing", never "no"; review 7); the
        // other rows' "yes" no longer printed four times.
        let unmiss = Self.words(FactSheetReview5Tests.pageTexts(try #require(try FactSheetReview4Tests.sheets(language, only: "UNMISS").first)).joined())
        #expect(FactSheetReview4Tests.count(yes, in: unmiss.components(separatedBy: lead).last ?? "") >= 1)
        if language == "en" {
            #expect(unmiss.contains("AccordingtothereportsCycle6:articulatedpoliticalstrategy,mandatetoadvancepoliticalprocesses."), "\(unmiss)")
            #expect(unmiss.contains("Cycle4indevelopmentCycle5yes"), "\(unmiss)")
        }
        // UNDOF's checklist is mostly "no": each row keeps its line and answer.
        let undof = Self.words(FactSheetReview5Tests.pageTexts(try #require(try FactSheetReview4Tests.sheets(language, only: "UNDOF").first)).joined())
        #expect(!undof.contains(lead), "UNDOF-\(language)")
    }

    @Test("the mostly-yes line needs two all-yes rows outnumbering the others, and a form: list")
    func mostlyYesRule() throws {
        func render(_ form: String, _ indicators: String, _ mission: String) throws -> String {
            let (outputs, log) = try Papercut.render("""
                data: DATA
                blocks:
                  - type: check-matrix
                    title: "Checklist"
                    indicators: [\(indicators)]
                    mission: \(mission)
                    periods: latest-2..latest
                    form: \(form)
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            return Papercut.texts(try #require(outputs.first).document.pages[0].nodes).joined(separator: " ")
        }
        let all = "P1.01a, P1.02, P2.01a, P2.06a, P6.05a"
        #expect(try render("list", all, "UNMISS").contains("According to the reports"))
        #expect(!(try render("matrix", all, "UNMISS")).contains("According to the reports"))
        // UNIFIL: one all-yes row (CPAS) against one "no" row: no majority, no line.
        #expect(!(try render("list", "P1.02, P2.06a", "UNIFIL")).contains("According to the reports"))
    }

    // (UNTSO's one other figure, its five host countries, left the list in review 11: its subtitle and its
    // cooperation text give them.)
    @Test("a module about as tall at half the width takes one column on every sheet: the one other figure of UNDOF, UNMIK",
          arguments: ["UNDOF", "UNMIK"])
    func oneFigureHalfWidth(mission: String) throws {
        let output = try #require(try FactSheetReview4Tests.sheets("en", only: mission).first)
        let page = try #require(output.document.pages.first { ColumnBalanceTests.origin(of: "Other reported figures", in: $0.nodes) != nil })
        let title = try #require(ColumnBalanceTests.origin(of: "Other reported figures", in: page.nodes))
        // Its source line wraps at half the width: across the page it was one line ending in the
        // publisher, the list's right column empty beside its one figure.
        let sources = Self.runs(page.nodes).filter { $0.text.hasPrefix("Source:") && abs($0.at.x - title.x) < 1 && $0.at.y > title.y }
        let source = try #require(sources.min { $0.at.y < $1.at.y }, "\(mission): no source line under the module")
        #expect(!source.text.hasSuffix("A4P+ Reporting"), "\(mission): one source line across the page: \(source.text)")
        #expect(output.document.pages.map(\.columnVoidShare).allSatisfy { $0 <= Page.columnVoidLimit })
    }
}
