import A4PCharts
import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14 (prio5): yes/no answers are said in each indicator's own words, from translation
/// templates, in every language — "Cycle 6: MINUSCA had one; UNFICYP did not." — never the marks'
/// dump "Cycle 6 — yes: MINUSCA; no: UNFICYP."; an indicator without such words keeps the neutral form.
@Suite("Answers in the indicator's words")
struct AnswerSentencesTests {
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]

    /// Inline blocks over the shipped data and translations, as the page's text with its white space
    /// as single spaces; `squeezed` drops it (runs of Latin and Chinese are joined by spaces).
    static func text(_ blocks: String, _ language: String = "en") throws -> String {
        try DerivedFigureTests.text(blocks, language: language).split { $0.isWhitespace || $0 == "\u{202F}" || $0 == "\u{00A0}" }
            .joined(separator: " ")
    }

    static func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace && $0 != "\u{2066}" && $0 != "\u{2069}" } }

    /// "— yes:" / "——是：" in the language: the dump the rule no longer prints.
    static func dump(_ language: String) -> [String] {
        let (yes, no) = (Words.yesNo(true, language), Words.yesNo(false, language))
        return language == "zh" ? ["——\(yes)：", "——\(no)："] : ["— \(yes):", "— \(no):"]
    }

    static let workingGroups = "  - {type: check-matrix, id: w, title: Working groups, indicator: P6.05a, periods: [C4, C5, C6]}\n"

    @Test("working groups by cycle: one reader's sentence a cycle in six languages, no '— yes:'", arguments: languages)
    func workingGroupsSaid(_ language: String) throws {
        let said = try Self.text(Self.workingGroups, language)
        for d in Self.dump(language) { #expect(!said.contains(d), "\(language): \(said)") }
        let expected = [
            "en": ["Cycle 6: MINUSCA had one; UNFICYP did not.", "Cycle 4: MINUSCA and MONUSCO had one; UNMISS did not."],
            "fr": ["un groupe de travail pour MINUSCA, pas pour UNFICYP.", "un groupe de travail pour MINUSCA et MONUSCO, pas pour UNMISS."],
            "es": ["con grupo de trabajo, MINUSCA; sin él, UNFICYP.", "con grupo de trabajo, MINUSCA y MONUSCO; sin él, UNMISS."],
            "ru": ["рабочая группа была у MINUSCA; у UNFICYP — не было.", "рабочая группа была у MINUSCA и MONUSCO; у UNMISS — не было."],
            "zh": ["MINUSCA设有工作组；UNFICYP没有。", "MINUSCA和MONUSCO设有工作组；UNMISS没有。"],
            // Arabic comes out of the page in visual order: its words, not its sentence, are checked.
            "ar": ["فريقعامل؛ولميكنلدى"],
        ]
        for sentence in expected[language] ?? [] { #expect(Self.squeezed(said).contains(Self.squeezed(sentence)), "\(language): \(said)") }
    }

    @Test("an indicator without words of its own keeps the neutral sentence")
    func neutralWithoutTemplates() throws {
        let said = try Self.text("  - {type: check-matrix, id: r, title: Radio, indicator: P6.11, periods: [C5, C6]}\n")
        #expect(said.contains("Cycle 6 — yes: "), "\(said)")
    }

    @Test("the UGPS targets, the same in four periods, are one sentence in the indicator's words", arguments: languages)
    func steadySaid(_ language: String) throws {
        let said = try Self.text("""
              - {type: table, id: u, title: UGPS, indicator: P3.14a, rows: categories, columns: periods, periods: [OV2022, C4, Y2023, C6], trend: false}

            """, language)
        for d in Self.dump(language) { #expect(!said.contains(d), "\(language): \(said)") }
        let expected = ["en": "targets met for individually deployed personnel and formed police units; not for military contingents.",
                        "fr": "objectifs atteints pour", "es": "metas alcanzadas para", "ru": "цели достигнуты —",
                        "zh": "实现了目标；", "ar": "بُلغت الأهداف"]
        #expect(said.contains(expected[language]!), "\(language): \(said)")
    }

    @Test("ratings nobody received are one sentence joined by 'or', not a 'None (…):' stub", arguments: languages)
    func noneSaid(_ language: String) throws {
        let said = try Self.text("""
              - {type: table, id: f, title: FPU ratings, indicator: P5.01, rows: categories, categories: [unsatisfactory, needs_significant_improvement, needs_improvement], columns: periods, periods: [C6]}

            """, language)
        let or = ["en": " or ", "fr": " ou ", "es": " o ", "ru": " или ", "zh": "或", "ar": " أو "][language]!
        #expect(said.contains(or), "\(language): \(said)")
        #expect(!said.contains(Words.noneIn(["Cycle 6"], "en").dropLast(2)), "\(language): \(said)")
        if language == "en" { #expect(said.contains("Cycle 6: no FPU evaluation was rated Unsatisfactory, Needs Significant Improvement or Needs Improvement."), "\(said)") }
    }

    @Test("number-specific forms come first; the language's 'and' joins the last item; English fills a missing language")
    func templatesAndNumbers() throws {
        let en = ["answers.and": " and ",
                  "indicator.X.answers.yes": "{period}: {missions} have one.", "indicator.X.answers.yes.1": "{period}: {missions} has one.",
                  "indicator.X.answers.no": "{period}: {missions} have none.", "indicator.X.answers.yes-no": "{period}: {yes} have one; {no} not."]
        let translations = Translations(tables: ["en": en, "zh": ["answers.and": "和"]])
        let english = TextContext(language: "en", translations: translations)
        let t = try #require(AnswerSentences.templates("X", english))
        #expect(AnswerSentences.sentence(t, period: "Cycle 6", yes: ["A"], no: [], english) == "Cycle 6: A has one.")
        #expect(AnswerSentences.sentence(t, period: "Cycle 6", yes: ["A", "B", "C"], no: [], english) == "Cycle 6: A, B and C have one.")
        #expect(AnswerSentences.sentence(t, period: "Cycle 6", yes: ["A"], no: ["B"], english) == "Cycle 6: A have one; B not.")
        #expect(AnswerSentences.sentence(t, period: "Cycle 6", yes: [], no: [], english) == nil)
        let chinese = TextContext(language: "zh", translations: translations)
        #expect(AnswerSentences.joined(["A", "B", "C"], chinese) == "A、B和C")
        let zt = try #require(AnswerSentences.templates("X", chinese))
        #expect(AnswerSentences.sentence(zt, period: "第6周期", yes: ["A", "B"], no: [], chinese) == "第6周期: A和B have one.")
        // Without all three English forms the indicator has no words of its own.
        #expect(AnswerSentences.templates("Y", english) == nil)
    }
}
