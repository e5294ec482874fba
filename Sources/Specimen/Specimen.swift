import A4PScene
import A4PText
import Foundation

/// The type specimen: every bundled face at the type scale of STYLE.md and the initiative's name in
/// the six UN official languages. One A4 page.
public enum Specimen {
    /// House colours (STYLE.md).
    static let accent = Color(hex: 0x009EDB)
    static let ink = Color(hex: 0x1A1A1A)
    static let secondary = Color(hex: 0x5A5A5A)
    static let grid = Color(hex: 0xD9D9D9)

    /// The six official-language names of the initiative, in the order the UN lists its languages
    /// in English (Arabic, Chinese, English, French, Russian, Spanish).
    public static let initiativeNames: [(language: String, code: String, text: String)] = [
        ("Arabic", "ar", "العمل من أجل حفظ السلام"),
        ("Chinese", "zh", "以行动促维和"),
        ("English", "en", "Action for Peacekeeping"),
        ("French", "fr", "Action pour le maintien de la paix"),
        ("Russian", "ru", "Действия в интересах миротворчества"),
        ("Spanish", "es", "Acción para el mantenimiento de la paz"),
    ]
    public static let mixedLine = "MINUSCA 7 (↑ من 6)"
    public static let frenchParagraph = """
        L’Action pour le maintien de la paix Plus (A4P+) fixe sept priorités : la cohérence collective \
        derrière une stratégie politique, l’intégration stratégique et opérationnelle, les capacités et \
        les états d’esprit, la responsabilité envers les soldats de la paix et celle des soldats de la \
        paix, la communication stratégique et la coopération avec les pays hôtes. Chaque semestre, les \
        missions rendent compte de leurs progrès ; ce rapport en présente les chiffres clés.
        """

    public static func document(engine: TextEngine) -> Document {
        let page = Size(595, 842)
        var c = PageComposer(engine: engine, frame: Rect(x: 36, y: 36, width: page.width - 72, height: page.height - 72))
        func style(_ size: Double, _ weight: FontWeight = .regular, _ color: Color = ink, lang: String = "en",
                   dir: TextDirection = .auto) -> TextStyle {
            TextStyle(size: size, weight: weight, language: lang, direction: dir, color: color)
        }

        c.text("A4P CHARTS · TYPE SPECIMEN", style(9, .bold, accent), spaceAfter: 2)
        c.text("Bundled faces and the house type scale", style(20, .bold), spaceAfter: 4)
        c.text("Every face in Fonts/ and every role of the type scale, as pages and charts use them. "
               + "Text is shaped by HarfBuzz, ordered by FriBidi and broken by libunibreak.",
               style(9, .regular, secondary), spaceAfter: 2)
        c.rule(color: grid)

        // The type scale, one sample per role.
        c.text("THE TYPE SCALE", style(12, .bold), spaceAfter: 6)
        let scale: [(String, TextStyle, String)] = [
            ("Page title · 20 pt bold", style(20, .bold), "Collective coherence"),
            ("Priority label · 9 pt bold caps, accent", style(9, .bold, accent), "PRIORITY 1"),
            ("Section title · 12 pt bold caps", style(12, .bold), "KEY FIGURES"),
            ("Chart title · 10 pt bold", style(10, .bold), "Missions with a political strategy"),
            ("Body · 9 pt", style(9), "Seven missions implemented a political strategy."),
            ("Axis and data labels · 8 pt", style(8, .regular, secondary), "0  25  50  75  100%"),
            ("Source and notes · 6.5 pt grey", style(6.5, .regular, secondary), "Source: A4P+ 6th Progress Report | A4P+ Reporting"),
            ("Big number · 32 pt bold, accent", style(32, .bold, accent), "68,924"),
        ]
        let labelWidth = 170.0
        let caption = style(7.5, .regular, secondary)
        for (label, sampleStyle, sample) in scale {
            c.labelled(label, labelStyle: caption, labelWidth: labelWidth, sample, sampleStyle, spaceAfter: 2)
        }
        c.rule(color: grid)

        // Every bundled face.
        c.text("THE BUNDLED FACES", style(12, .bold), spaceAfter: 6)
        let faceSamples: [(String, String, FontWeight, String)] = [
            ("Noto Sans Regular", "Aa Ææ Éé Ññ Çç Œœ « » — ‘’ “” 0123456789 € Ωω Жж", .regular, "fr"),
            ("Noto Sans Bold", "Aa Ææ Éé Ññ Çç Œœ « » — ‘’ “” 0123456789 € Ωω Жж", .bold, "fr"),
            ("Noto Sans Arabic Regular", "حفظ السلام ٠١٢٣٤٥٦٧٨٩", .regular, "ar"),
            ("Noto Sans Arabic Bold", "حفظ السلام ٠١٢٣٤٥٦٧٨٩", .bold, "ar"),
            ("Noto Sans CJK SC Regular", "维持和平行动 安全理事会", .regular, "zh"),
            ("Noto Sans CJK SC Bold", "维持和平行动 安全理事会", .bold, "zh"),
            ("Noto Sans Math (arrows, operators)", "↑ ↓ → ≈ ≥ ≤ −", .regular, "en"),
            ("Noto Sans Symbols 2 (ratings, checks)", "● ● ○   ▷ ▶   ✓ ✗", .regular, "en"),
        ]
        for (name, sample, weight, lang) in faceSamples {
            c.labelled(name, labelStyle: caption, labelWidth: labelWidth, sample, style(12, weight, lang: lang),
                       spaceAfter: 1)
        }
        c.rule(color: grid)

        // The initiative in the six official languages: each name on its own line, in its direction.
        c.text("ACTION FOR PEACEKEEPING IN THE SIX UN OFFICIAL LANGUAGES", style(12, .bold), spaceAfter: 6)
        for (language, code, text) in initiativeNames {
            c.labelled(language, labelStyle: caption, labelWidth: labelWidth, text, style(14, .bold, lang: code),
                       spaceAfter: 1)
        }
        c.labelled("Mixed direction: a mission, a figure and an Arabic word", labelStyle: caption,
                   labelWidth: labelWidth, mixedLine, style(14, .bold, accent), spaceAfter: 1)
        c.labelled("A wrapped French paragraph, 9 pt body text broken at legal break points (UAX #14)",
                   labelStyle: caption, labelWidth: labelWidth, frenchParagraph, style(9, lang: "fr"), spaceAfter: 0)

        // Source line at the foot of the page.
        let foot = style(6.5, .regular, secondary)
        precondition(!c.overflows, "the specimen no longer fits its page")
        let footer = engine.paragraph("Fonts: Noto Sans, Noto Sans Arabic, Noto Sans CJK SC (GB 2312 subset), Noto Sans Math and "
                                      + "Symbols 2 subsets · SIL Open Font License 1.1 | A4P Charts", style: foot, width: c.frame.width)
        for r in footer.runs(topLeft: Point(36, page.height - 36 - footer.height), width: c.frame.width) {
            c.add(.text(r))
        }
        let metadata = DocumentMetadata(title: "A4P Charts type specimen", subject: "Bundled faces and type scale",
                                        author: "A4P Charts", keywords: ["A4P+", "type specimen", "fonts"])
        return Document(pages: [Page(size: page, nodes: c.nodes)], metadata: metadata)
    }
}
