import A4PText
import Foundation
import Testing

/// Typography per language, set by the text layer (`Typography.apply`, called by `TextEngine`).
@Suite("Typography per language")
struct TypographyTests {
    let nnbsp = "\u{202F}", nbsp = "\u{00A0}"

    @Test("French: a narrow no-break space before : ; ! ? that end a phrase, not inside ratios, times or addresses")
    func frenchPunctuation() {
        #expect(Typography.apply("Période couverte: Cycle 6", language: "fr") == "Période couverte\(nnbsp): Cycle 6")
        #expect(Typography.apply("Source : A4P+", language: "fr") == "Source\(nnbsp): A4P+", "a typed space becomes the narrow one")
        #expect(Typography.apply("Source\(nnbsp): A4P+", language: "fr") == "Source\(nnbsp): A4P+", "one already there is kept")
        #expect(Typography.apply("Rapport A; Rapport B", language: "fr") == "Rapport A\(nnbsp); Rapport B")
        #expect(Typography.apply("Vraiment?! Oui!", language: "fr") == "Vraiment\(nnbsp)?! Oui\(nnbsp)!")
        #expect(Typography.apply("Ratio 10:1, à 14:30, https://un.org", language: "fr") == "Ratio 10:1, à 14:30, https://un.org")
        #expect(Typography.apply("Mécanismes:", language: "fr-CA") == "Mécanismes\(nnbsp):")
    }

    @Test("French: a no-break space before % and inside « »")
    func frenchPercentAndGuillemets() {
        #expect(Typography.apply("50%", language: "fr") == "50\(nbsp)%")
        #expect(Typography.apply("plus de 50 % de femmes", language: "fr") == "plus de 50\(nbsp)% de femmes")
        #expect(Typography.apply("29\(nbsp)%", language: "fr") == "29\(nbsp)%")
        #expect(Typography.apply("(% des découverts)", language: "fr") == "(% des découverts)")
        #expect(Typography.apply("le prix «Trailblazer»", language: "fr") == "le prix «\(nbsp)Trailblazer\(nbsp)»")
        #expect(Typography.apply("le prix « Trailblazer »", language: "fr") == "le prix «\(nbsp)Trailblazer\(nbsp)»")
    }

    @Test("Chinese: full-width colon and brackets for Chinese text; Latin brackets stay")
    func chinese() {
        #expect(Typography.apply("报告所述期间: 第6周期（2024年5月至10月）", language: "zh") == "报告所述期间：第6周期（2024年5月至10月）")
        #expect(Typography.apply("来源: A4P+ 6th Progress Report (February 2025)", language: "zh") == "来源：A4P+ 6th Progress Report (February 2025)")
        #expect(Typography.apply("MINUSMA (已结束)", language: "zh") == "MINUSMA（已结束）")
        #expect(Typography.apply("203 (第5周期: 203 起)", language: "zh") == "203（第5周期：203 起）")
        #expect(Typography.apply("A/79/553/Add.1 (A/78/19), 10:1", language: "zh") == "A/79/553/Add.1 (A/78/19), 10:1")
        // No space after full-width punctuation, also where the text has no ASCII colon or bracket to
        // make full-width, and past a bold run's "**" (review 6: "；继续维护", "**第6周期：**文字"); a
        // full-width bracket before a " · " separator carries the space, as in every sheet's header line.
        #expect(Typography.apply("均未举行会议； 继续维护", language: "zh") == "均未举行会议；继续维护")
        #expect(Typography.apply("**第6周期：** 开通了账户", language: "zh") == "**第6周期：**开通了账户")
        #expect(Typography.apply("占比（%） · 第5周期", language: "zh") == "占比（%）· 第5周期")
        #expect(Typography.apply("Cycle 6 · no", language: "zh") == "Cycle 6 · no")
    }

    @Test("other languages are unchanged")
    func others() {
        // Arabic isolates Latin runs (ArabicLatinRunsTests).
        for language in ["en", "es", "ru"] {
            #expect(Typography.apply("Source: 50% (cycle 5) «x»", language: language) == "Source: 50% (cycle 5) «x»")
        }
    }

    @Test("quotation marks the code writes: «…» in Spanish and Russian, « … » in French, “…” in English and Chinese")
    func quotes() {
        #expect(Typography.quote("Cita", language: "es") == "«Cita»")
        #expect(Typography.quote("Цитата", language: "ru") == "«Цитата»")
        #expect(Typography.quote("Citation", language: "fr") == "«\(nbsp)Citation\(nbsp)»")
        #expect(Typography.quote("Quote", language: "en") == "“Quote”")
        #expect(Typography.quote("引文", language: "zh") == "“引文”")
    }

    @Test("the text engine sets French text with the narrow no-break space, measured and drawn")
    func engineApplies() throws {
        let engine = try TextEngine.bundled()
        let fr = engine.line("Période couverte: Cycle 6", style: TextStyle(size: 9, language: "fr"))
        #expect(fr.text.contains("couverte\(nnbsp):"))
        #expect(fr.missingCharacters.isEmpty)
        let block = engine.paragraph("Source: A4P+", style: TextStyle(size: 9, language: "fr"), width: 300)
        #expect(block.lines.map(\.text) == ["Source\(nnbsp): A4P+"])
        #expect(engine.line("Source: A4P+", style: TextStyle(size: 9, language: "en")).text == "Source: A4P+")
    }
}
