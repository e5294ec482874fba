import TestSupport
import A4PScene
import A4PText
import Testing

@Suite("Text engine: shaping, bidi, fallback, breaking, measuring")
struct TextEngineTests {
    let engine = Fixtures.engine
    let body = TextStyle(size: 10)

    @Test("a text broken at its own measured width stays on one line (Arabic and Latin labels)")
    func fitsItsOwnWidth() {
        for (text, language) in [("الدورة 4", "ar"), ("الدورة ٥ (تشرين الثاني/نوفمبر)", "ar"), ("Cycle 4", "en"), ("Niveau 2+ · Cycle 5", "fr")] {
            let style = TextStyle(size: 9, language: language)
            let width = engine.line(text, style: style).width
            #expect(engine.paragraph(text, style: style, width: width).lines.count == 1, "\(text) broke at its own width \(width)")
        }
    }

    @Test("an Arabic sentence with a Latin acronym and digits is ordered right to left, the acronym left to right")
    func arabicWithLatin() {
        // "MINUSCA has 7 centres" with the acronym and the digit embedded in Arabic.
        let text = "لدى بعثة MINUSCA سبعة مراكز (7)"
        let line = engine.line(text, style: TextStyle(size: 12, language: "ar"))
        #expect(line.isRightToLeft)
        let latin = line.runs.filter { $0.text.contains("MINUSCA") }
        #expect(latin.count == 1)
        #expect(latin.first?.isRightToLeft == false)
        // Visual order: the first Arabic word sits at the right end, the last at the left end.
        let firstWord = line.runs.first { $0.text.hasPrefix("لدى") }
        let digitRun = line.runs.first { $0.text.contains("7") }
        #expect(firstWord != nil && digitRun != nil)
        if let firstWord, let digitRun {
            #expect(firstWord.origin.x > latin[0].origin.x)
            #expect(digitRun.origin.x < latin[0].origin.x, "the final '(7)' must be left of the acronym")
            #expect(abs(firstWord.origin.x + firstWord.advance - line.width) < 0.01, "first word ends the line on the right")
        }
        // Runs tile the line without gaps or overlaps.
        let sorted = line.runs.sorted { $0.origin.x < $1.origin.x }
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(abs(a.origin.x + a.advance - b.origin.x) < 0.001) }
        #expect(line.missingCharacters.isEmpty)
    }

    @Test("characters Noto Sans Arabic lacks (% and parentheses) fall back to the Latin face")
    func fallbackToLatin() {
        let line = engine.line("نسبة ٢٩٪ (29%)", style: TextStyle(size: 12, language: "ar"))
        #expect(line.missingCharacters.isEmpty)
        for run in line.runs where run.text.contains("%") || run.text.contains("(") {
            #expect(run.font.postScriptName.hasPrefix("NotoSans-"), "\(run.text) drawn with \(run.font.postScriptName)")
        }
        #expect(line.runs.contains { $0.font.postScriptName.hasPrefix("NotoSansArabic") })
        // No .notdef glyph anywhere.
        #expect(line.runs.allSatisfy { $0.glyphs.allSatisfy { $0.id != 0 } })
    }

    @Test("characters no bundled font has are reported with their code points, one message per text")
    func missingReported() {
        let log = MessageLog()
        let engine = TextEngine(fonts: Fixtures.engine.fonts, onMissingGlyph: { log.append($0) })
        let line = engine.line("Mission \u{0BA4}\u{0BAE}", style: body)  // Tamil: not bundled
        #expect(line.missingCharacters.map(\.value) == [0x0BA4, 0x0BAE])
        #expect(log.messages == ["missing glyphs: no bundled font has U+0BA4 'த', U+0BAE 'ம' in \"Mission தம\""])
        // Reported once per text, however often it is shaped.
        _ = engine.line("Mission \u{0BA4}\u{0BAE}", style: body)
        #expect(log.messages.count == 1)
    }

    @Test("clusters cover every byte and every glyph exactly once", arguments: [
        "Efficient offices ffl", "العمل من أجل حفظ السلام", "以行动促维和", "cafe\u{0301} e\u{0301}", "MINUSCA 7 (↑ من 6)",
        "Действия", "",
    ])
    func clustersConsistent(text: String) {
        let line = engine.line(text, style: body)
        var bytes = 0
        for run in line.runs {
            #expect(run.clusters.reduce(0) { $0 + $1.byteCount } == run.text.utf8.count)
            #expect(run.clusters.reduce(0) { $0 + $1.glyphCount } == run.glyphs.count)
            #expect(run.clusters.allSatisfy { $0.byteCount > 0 && $0.glyphCount > 0 })
            bytes += run.text.utf8.count
        }
        #expect(bytes == text.utf8.count)
    }

    @Test("ligatures and Arabic joining are applied")
    func shapingApplied() {
        let fi = engine.line("fi", style: body)
        #expect(fi.runs.first?.glyphs.count == 1, "fi ligature")
        let arabic = engine.line("لا", style: TextStyle(size: 10, language: "ar"))
        #expect(arabic.runs.first?.glyphs.count == 1, "lam-alef ligature")
        let isolated = engine.line("ب", style: body).runs[0].glyphs[0].id
        let joined = engine.line("بب", style: body).runs[0].glyphs.map(\.id)
        #expect(!joined.contains(isolated), "beh takes its joining forms")
    }

    @Test("paragraphs break at legal points and lines fit the width")
    func lineBreaking() {
        let text = "Action pour le maintien de la paix : la cohérence collective derrière une stratégie politique."
        let block = engine.paragraph(text, style: TextStyle(size: 9, language: "fr"), width: 120)
        #expect(block.lines.count > 2)
        for line in block.lines { #expect(line.width <= 120 + 0.001, "\(line.text) is \(line.width) wide") }
        // Rejoined lines give the words back in order; no word is split. French typography puts a
        // narrow no-break space before the colon, which binds it to the word before.
        #expect(block.lines.map(\.text).joined(separator: " ") == text.replacingOccurrences(of: " :", with: "\u{202F}:"))
        // Lines sit 1.25 × size apart; every glyph run stays inside the block's box.
        #expect(block.height >= Double(block.lines.count) * 9 * 1.25)
        let box = Rect(x: 0, y: 0, width: 120, height: block.height)
        for run in block.runs(topLeft: Point(0, 0), width: 120) { #expect(box.contains(run.bounds)) }
    }

    @Test("a word wider than the width stays whole; newlines always break")
    func longWordsAndNewlines() {
        let block = engine.paragraph("Antidisestablishmentarianism here", style: body, width: 30)
        #expect(block.lines.map(\.text) == ["Antidisestablishmentarianism", "here"])
        #expect(block.width > 30)
        let two = engine.paragraph("one\ntwo", style: body)
        #expect(two.lines.map(\.text) == ["one", "two"])
    }

    @Test("Chinese breaks between ideographs")
    func cjkBreaking() {
        let block = engine.paragraph("以行动促维和以行动促维和以行动促维和", style: TextStyle(size: 10, language: "zh"), width: 55)
        #expect(block.lines.count >= 3)
        #expect(block.lines.allSatisfy { $0.width <= 55.001 })
    }

    @Test("measurement: advance grows with size and weight; ascent and descent come from the fonts")
    func measuring() {
        let regular = engine.width(of: "Peacekeeping", style: body)
        let bold = engine.width(of: "Peacekeeping", style: body.with(weight: .bold))
        let large = engine.width(of: "Peacekeeping", style: body.with(size: 20))
        #expect(regular > 40 && regular < 80)
        #expect(bold > regular)
        #expect(abs(large - 2 * regular) < 0.01)
        let line = engine.line("Ag", style: body)
        #expect(abs(line.ascent - 10.69) < 0.01 && abs(line.descent - 2.93) < 0.01, "Noto Sans metrics")
    }

    @Test("right-to-left paragraphs align to the right edge by default")
    func rtlAlignment() {
        let block = engine.paragraph("حفظ السلام", style: TextStyle(size: 10, language: "ar"), width: 200)
        #expect(block.isRightToLeft)
        let runs = block.runs(topLeft: Point(0, 0), width: 200)
        let right = runs.map { $0.origin.x + $0.advance }.max() ?? 0
        #expect(abs(right - 200) < 0.001)
    }
}
