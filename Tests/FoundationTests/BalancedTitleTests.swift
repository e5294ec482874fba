import TestSupport
import A4PText
import Testing

/// Titles wrap balanced (issue 14: no title word alone on its last line); body text stays greedy.
@Suite("Balanced titles: no word alone on a title's last line")
struct BalancedTitleTests {
    let engine = Fixtures.engine
    let title = TextStyle(size: 14, weight: .bold, language: "fr", wrap: .balanced)

    func words(_ line: TextLine) -> Int { line.text.split(whereSeparator: \.isWhitespace).count }

    /// The lines of `text` in `style`, set in a measure just wide enough for `widest`.
    func lines(_ text: String, _ style: TextStyle, fitting widest: String) -> [String] {
        engine.paragraph(text, style: style, width: engine.width(of: widest, style: style) + 1).lines.map(\.text)
    }

    @Test("a title that would leave one word alone is rebalanced: both lines hold two words or more")
    func rebalanced() {
        // A last word of four letters: body text's short-last-line rule (three or fewer) leaves it alone.
        let text = "Mission multidimensionnelle intégrée des Nations Unies au Mali"
        // A measure that holds every word but the last on the first line.
        let width = engine.width(of: "Mission multidimensionnelle intégrée des Nations Unies au", style: title) + 1
        let greedy = engine.paragraph(text, style: title.with(wrap: .greedy), width: width)
        #expect(greedy.lines.count == 2 && greedy.lines.last.map(words) == 1, "the greedy lines leave 'Mali' alone")
        let balanced = engine.paragraph(text, style: title, width: width)
        #expect(balanced.lines.count == 2)
        #expect(balanced.lines.allSatisfy { words($0) >= 2 }, "\(balanced.lines.map(\.text))")
        #expect(balanced.width <= width)
        #expect(balanced.lines.map(\.text).joined(separator: " ") == greedy.lines.map(\.text).joined(separator: " "))
    }

    @Test("a one-line title and a title whose last line holds two words are set as greedy lines")
    func unchanged() {
        let text = "Mission des Nations Unies au Soudan du Sud"
        let wide = engine.paragraph(text, style: title, width: 1000)
        #expect(wide.lines.map(\.text) == [text])
        let width = engine.width(of: "Mission des Nations Unies au Soudan", style: title) + 1
        #expect(engine.paragraph(text, style: title, width: width).lines.map(\.text)
                == engine.paragraph(text, style: title.with(wrap: .greedy), width: width).lines.map(\.text))
    }

    @Test("a balanced title breaks between words, not after a hyphen inside one")
    func notAtHyphens() {
        let set = lines("UNMIK Trust-building Forum", TextStyle(size: 10, weight: .bold, wrap: .balanced), fitting: "UNMIK Trust-building")
        #expect(set.count == 2)
        #expect(!set.contains { $0.hasSuffix("-") }, "\(set)")
    }

    @Test("Arabic and Spanish titles are balanced too; two long words keep their greedy lines")
    func otherLanguages() {
        let es = TextStyle(size: 14, weight: .bold, language: "es", wrap: .balanced)
        let text = "Fuerza Provisional de las Naciones Unidas en el Líbano"
        let width = engine.width(of: "Fuerza Provisional de las Naciones Unidas en el", style: es) + 1
        #expect(engine.paragraph(text, style: es, width: width).lines.allSatisfy { words($0) >= 2 })
        let two = engine.paragraph("Internationalisation Institutionnalisation", style: title, width: 60)
        #expect(two.lines.count == 2, "one word per line is all two words can do")
    }

    @Test("a separator dot does not end a line: 'Priority 1 ·' / 'Political strategy' prints 'Priority 1' (review 10)")
    func separatorDotAtBreak() {
        let en = TextStyle(size: 10, weight: .bold, wrap: .balanced)
        let text = "Priority 1 · Political strategy"
        let set = lines(text, en, fitting: "Political strategy")
        #expect(set == ["Priority 1", "Political strategy"], "\(set)")
        // Russian binds the dot to the number with a no-break space; the dot goes with it.
        let ru = TextStyle(size: 10, weight: .bold, language: "ru", wrap: .balanced)
        let ruLines = lines("Приоритет 4\u{00A0}· Подотчетность миротворцам", ru, fitting: "Приоритет 4\u{00A0}·")
        #expect(ruLines.first == "Приоритет 4", "\(ruLines)")
        // On one line, and inside a line, the dot stays.
        #expect(engine.paragraph(text, style: en, width: 1000).lines.map(\.text) == [text])
        let listLines = lines("Political process · SOFA · active", TextStyle(size: 10), fitting: "Political process · SOFA ·")
        #expect(listLines == ["Political process · SOFA", "active"], "\(listLines)")
    }
}
