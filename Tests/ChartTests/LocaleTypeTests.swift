@testable import A4PCharts
import Foundation
import TestSupport
@testable import A4PText
import Testing

/// Issue 14's polish: Chinese bracketed periods, Spanish four-digit numbers and the "not applicable"
/// cell each read as a typesetter of the language would set them.
@Suite("Locale typesetting: Chinese brackets whole, Spanish grouping, localised n/a")
struct LocaleTypeTests {
    let engine = ChartHarness.engine
    let zh = TextStyle(size: 10, language: "zh")

    @Test("a short full-width bracket (a period) is never split across lines in Chinese")
    func bracketWhole() {
        let text = "过去六个月新发生的地位协定事件（第5周期）"
        // A measure that ends inside the bracket: greedy UAX #14 breaks would leave "期）" alone.
        let width = engine.width(of: "过去六个月新发生的地位协定事件（第5周", style: zh) + 0.5
        let lines = engine.paragraph(text, style: zh, width: width).lines.map(\.text)
        #expect(lines.count == 2)
        #expect(lines.last == "（第5周期）", "\(lines)")
        // The break before the bracket stays: the text still wraps, and nothing else moves.
        let breaks = LineBreaks.opportunities(in: Array(text.utf8), language: "zh").map { $0.offset }
        let open = Array("过去六个月新发生的地位协定事件".utf8).count
        #expect(breaks.contains(open))
        #expect(!breaks.contains { $0 > open + 3 && $0 < Array(text.utf8).count - 3 })
    }

    @Test("a short half-width bracket ('(Cycle 5)') ends no line inside it, in any script")
    func latinBracketWhole() {
        let en = TextStyle(size: 10)
        let text = "Intercommunal events organized or supported (Cycle 5)"
        // A measure that ends after "(Cycle": UAX #14 would leave "5)" alone on the next line.
        let width = engine.width(of: "Intercommunal events organized or supported (Cycle", style: en) + 0.5
        let lines = engine.paragraph(text, style: en, width: width).lines.map(\.text)
        #expect(lines.last == "(Cycle 5)", "\(lines)")
        let long = "Hospitals (Cycle 4, Cycle 5, Cycle 6)"
        let breaks = LineBreaks.opportunities(in: Array(long.utf8), language: "en").map { $0.offset }
        #expect(breaks.contains { $0 > Array("Hospitals (".utf8).count && $0 < Array(long.utf8).count - 1 }, "a long aside still breaks")
    }

    @Test("a long bracketed aside still breaks inside, so a narrow column never overflows")
    func longBracketBreaks() {
        let text = "报告（本段括号内的文字很长很长很长很长很长）"
        let breaks = LineBreaks.opportunities(in: Array(text.utf8), language: "zh").map { $0.offset }
        #expect(breaks.filter { $0 > Array("报告（".utf8).count }.count > 5)
    }

    @Test("Spanish groups four-digit numbers as it groups five (one column reads alike); other languages keep ICU's")
    func spanishGrouping() {
        let es = Locale(identifier: "es")
        #expect(ValueFormat.number().string(4615, locale: es) == "4.615")
        #expect(ValueFormat.number().string(38_000, locale: es) == "38.000")
        #expect(ValueFormat.number().string(999, locale: es) == "999")
        #expect(ValueFormat.number().string(4615.5, locale: es) == "4.615,5")
        #expect(ValueFormat.ratio.string(3699, locale: es) == "3.699:1")
        #expect(ValueFormat.number().string(.number(5000, .over), locale: es) == ">5.000")
        #expect(ValueFormat.number().string(4615, locale: Locale(identifier: "en")) == "4,615")
        #expect(ValueFormat.number().string(12_345, locale: es) == "12.345")
    }

    @Test("the not-applicable cell is the language's own mark, explained in the table's key")
    func notApplicableMark() {
        for (language, mark) in [("en", "n/a"), ("fr", "s.o."), ("ru", "н/п"), ("zh", "不适用")] {
            let table = TrendTable(columns: [.init("C6")], rows: [.init("Row", [.value(.absent(reason: nil, state: .notApplicable))])])
            let theme = Theme.forLanguage(language)
            #expect(table.text(of: table.rows[0].cells[0], row: table.rows[0], column: table.columns[0], theme: theme) == mark)
            #expect(table.symbolKey(language: language) == "\(mark) \(Words.absent(.notApplicable, language))")
        }
    }
}
