import TestSupport
@testable import A4PText
import Testing

/// Issue 14: no line ends inside a Chinese word, and no paragraph ends on a scrap of a line.
@Suite("Line breaks: Chinese words whole, no short last line")
struct LineBreaksTests {
    let engine = Fixtures.engine
    let zh = TextStyle(size: 10, language: "zh")
    let es = TextStyle(size: 10, language: "es")

    func offsets(_ text: String, _ language: String) -> [Int] {
        LineBreaks.opportunities(in: Array(text.utf8), language: language).map(\.offset)
    }

    /// The UTF-8 offset just after `prefix`.
    func after(_ prefix: String) -> Int { prefix.utf8.count }

    @Test("'地位协定事件' never breaks inside '事件', '协定' or '地位'; between the words it still may")
    func chineseWords() {
        let text = "新发生的地位协定事件"
        let breaks = offsets(text, "zh")
        for inside in ["新发生的地", "新发生的地位协", "新发生的地位协定事"] {
            #expect(!breaks.contains(after(inside)), "a break inside a word after '\(inside)'")
        }
        for between in ["新发生的", "新发生的地位", "新发生的地位协定"] {
            #expect(breaks.contains(after(between)), "the break between words after '\(between)'")
        }
        // A number stays with its unit and its ordinal: "第" / "5" and "5" / "周期" never end a line.
        let period = "报告第5周期"
        #expect(!offsets(period, "zh").contains(after("报告第")) && !offsets(period, "zh").contains(after("报告第5")))
        #expect(offsets(period, "zh").contains(after("报告")))
        // Japanese is out of scope: UAX #14's break between any two ideographs stays.
        #expect(offsets(text, "ja").contains(after("新发生的地位协定事")))
    }

    @Test("a range of numbers ('Cycles 4–6', '2023–2024') never ends a line at its dash; a compound of names still may")
    func rangesWhole() {
        for language in ["en", "fr", "ru"] {
            let cycles = "Cycles 4–6: CPAS impact assessments"
            #expect(!offsets(cycles, language).contains(after("Cycles 4–")), "\(language)")
            #expect(offsets(cycles, language).contains(after("Cycles ")), "\(language): the space before the range")
            #expect(!offsets("from 2023–2024 on", language).contains(after("from 2023–")), "\(language)")
        }
        #expect(offsets("MINUSS–FISNUA–Soudan", "fr").contains(after("MINUSS–")), "names joined by a dash are not a range")
        // Set in a measure that ends just after the dash, the range goes down whole.
        let en = TextStyle(size: 10, language: "en")
        let width = engine.width(of: "Impact assessments in Cycles 4–", style: en) + 0.5
        let lines = engine.paragraph("Impact assessments in Cycles 4–6 of the reports", style: en, width: width).lines.map(\.text)
        #expect(lines.contains { $0.contains("4–6") }, "\(lines)")
    }

    @Test("a hyphen ends a line only with three letters or more to carry down: not 'follow-' / 'up', 'cessez-' / 'le-feu'")
    func shortHyphenEnds() {
        #expect(!offsets("C-34 follow-up", "en").contains(after("C-34 follow-")))
        #expect(offsets("C-34 follow-up", "en").contains(after("C-34 ")))
        #expect(!offsets("Observation du cessez-le-feu", "fr").contains(after("Observation du cessez-")))
        // Three letters or more, a longer word in accented letters, or digits after the hyphen: UAX #14's break stays.
        #expect(offsets("mission-wide plans", "en").contains(after("mission-")))
        #expect(offsets("non-été", "fr").contains(after("non-")))
    }

    @Test("'A4P+' does not end a line before its '+' (review 11: 'A4P' / '+ Reporting')")
    func plusAttached() {
        for language in ["en", "fr", "es"] {
            #expect(!offsets("Report | A4P+ Reporting", language).contains(after("Report | A4P")), "\(language)")
            #expect(offsets("Report | A4P+ Reporting", language).contains(after("Report | A4P+ ")), "\(language): the space after it")
        }
        #expect(offsets("a + b", "en").contains(after("a ")), "a '+' after a space keeps UAX #14's break")
    }

    @Test("a Chinese label set in a measure that ends inside '事件' wraps before the word")
    func chineseLabel() {
        let text = "过去六个月新发生的地位协定事件（第5周期）"
        let width = engine.width(of: "过去六个月新发生的地位协定事", style: zh) + 0.5
        let lines = engine.paragraph(text, style: zh, width: width).lines.map(\.text)
        #expect(lines.count >= 2)
        #expect(!lines.contains { $0.hasSuffix("事") }, "\(lines)")
        #expect(lines.joined() == text)
    }

    @Test("words of other scripts in Chinese text, and other languages' text, keep UAX #14's breaks")
    func othersUnchanged() {
        let mixed = "MONUSCO 和 UNMISS 的数据"
        #expect(offsets(mixed, "zh").contains(after("MONUSCO ")))
        let french = "Mission des Nations Unies au Soudan du Sud"
        #expect(offsets(french, "fr") == offsets(french, "en"))
    }

    @Test("a paragraph whose last line would be one Chinese character and a stop is re-broken, in as many lines")
    func chineseShortLastLine() {
        let text = "特派团在本周期内开展了多项提高认识的活动，包括广播节目和社区会议等工作。"
        // A measure that holds all but the last word and its stop ("工作。").
        let width = engine.width(of: "特派团在本周期内开展了多项提高认识的活动，包括广播节目和社区会议等", style: zh) + 0.5
        let lines = engine.paragraph(text, style: zh, width: width).lines.map(\.text)
        #expect(lines.count == 2, "\(lines)")
        let han = lines.last.map { $0.unicodeScalars.filter(ChineseWords.isHan).count } ?? 0
        #expect(han > ShortLastLine.shortChinese, "the last line '\(lines.last ?? "")' holds more than two ideographs")
        #expect(lines.joined() == text)
    }

    @Test("a Spanish paragraph that would end on '6' alone takes the word before it down")
    func spanishShortLastLine() {
        let text = "misiones que participaron en la campaña del ciclo 6"
        let width = engine.width(of: "misiones que participaron en la campaña del ciclo", style: es) + 0.5
        let lines = engine.paragraph(text, style: es, width: width).lines.map(\.text)
        #expect(lines == ["misiones que participaron en la campaña del", "ciclo 6"])
        #expect(engine.paragraph(text, style: es, width: width).width <= width)
    }

    @Test("a last word of four letters or more, and a short line under one unbreakable word, keep their greedy lines")
    func keptLines() {
        let text = "misiones que participaron en la campaña anual"
        let width = engine.width(of: "misiones que participaron en la campaña", style: es) + 0.5
        #expect(engine.paragraph(text, style: es, width: width).lines.map(\.text) == ["misiones que participaron en la campaña", "anual"])
        let long = "Superextraordinariamente 6"
        let one = engine.width(of: "Superextraordinariamente", style: es) + 0.5
        #expect(engine.paragraph(long, style: es, width: one).lines.map(\.text) == ["Superextraordinariamente", "6"])
    }

    @Test("a short last line after a newline is its own paragraph: the line above keeps its words")
    func newlineParagraphs() {
        let text = "misiones que participaron\n6"
        let lines = engine.paragraph(text, style: es, width: 1000).lines.map(\.text)
        #expect(lines == ["misiones que participaron", "6"])
    }

    @Test("a short last line takes whole words down: 'SOFA/SOMA' is not split at its slash")
    func wholeWordsDown() {
        let ru = TextStyle(size: 10, language: "ru")
        let text = "зарегистрированных инцидентов по SOFA/SOMA нет."
        let width = engine.width(of: "зарегистрированных инцидентов по SOFA/SOMA", style: ru) + 0.5
        let lines = engine.paragraph(text, style: ru, width: width).lines.map(\.text)
        #expect(lines == ["зарегистрированных инцидентов по", "SOFA/SOMA нет."])
    }

    @Test("a balanced title is balanced from its plain greedy lines, not from the short-last-line fix")
    func balancedTitleFirst() {
        let title = TextStyle(size: 10, weight: .bold, language: "es", wrap: .balanced)
        let text = "Murales del Día de la Paz"
        let width = engine.width(of: "Murales del Día de la", style: title) + 0.5
        let lines = engine.paragraph(text, style: title, width: width).lines.map(\.text)
        #expect(lines == ["Murales del", "Día de la Paz"])
    }
}
