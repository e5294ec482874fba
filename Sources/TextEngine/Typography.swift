/// Typography of a language, applied by the text layer to every text it lays out (`TextEngine.line`
/// and `paragraph` call `apply` with the style's language), so translation tables, data and the
/// code's own strings ("\(word): \(label)") are written plainly and come out right in each language:
///
/// - French: a narrow no-break space (U+202F) before `: ; ! ?` that end a phrase (not in "10:1",
///   "14:30" or "http://"), a no-break space (U+00A0) before `%` after a figure and inside « ».
///   A plain space typed there becomes the right one; one already there is kept.
/// - Chinese: a colon right after a Chinese character becomes the full-width "：", and brackets
///   around Chinese text become full-width "（…）"; the spaces beside them go ("MINUSMA (已结束)" →
///   "MINUSMA（已结束）"). Brackets around Latin text (report symbols, "(A/78/19)") stay as they are.
/// - Other languages: unchanged.
///
/// Quotation marks the code writes around a quote come from `quote(_:language:)`.
public enum Typography {
    public static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"
    public static let noBreakSpace: Unicode.Scalar = "\u{00A0}"

    /// `apply` can change a text of `language` (French, Chinese and the right-to-left languages); for
    /// the others it returns the text.
    static func changes(_ language: String) -> Bool { ["fr", "zh"].contains(language.prefix(2)) || isRightToLeft(language) }

    /// Languages written right to left, whose Latin runs are isolated.
    static func isRightToLeft(_ language: String) -> Bool { ["ar", "fa", "ur", "he", "yi"].contains(language.prefix(2)) }

    public static func apply(_ text: String, language: String) -> String {
        switch language.prefix(2) {
        case "fr": french(text)
        case "zh": chinese(text)
        case _ where isRightToLeft(language): LatinRuns.isolate(text)
        default: text
        }
    }

    /// `text` in the language's quotation marks: “…” (English, Chinese, Arabic), « … » (French, with
    /// no-break spaces), «…» (Spanish, Russian).
    public static func quote(_ text: String, language: String) -> String {
        switch language.prefix(2) {
        case "fr": "«\u{00A0}\(text)\u{00A0}»"
        case "es", "ru": "«\(text)»"
        default: "“\(text)”"
        }
    }

    // MARK: French

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
    static func isNoBreak(_ c: Unicode.Scalar) -> Bool { c == noBreakSpace || c == narrowNoBreakSpace || c == "\u{2009}" }

    static func french(_ text: String) -> String {
        // A byte scan first (every text is set through here, most have none of these): ": ; ! ? %" are
        // ASCII and « » (U+00AB, U+00BB) end in the bytes AB and BB; a byte that is part of another
        // character only sends the text through the exact check below.
        guard text.utf8.contains(where: { b in b == 0x3A || b == 0x3B || b == 0x21 || b == 0x3F || b == 0x25 || b == 0xAB || b == 0xBB }),
              text.unicodeScalars.contains(where: { ":;!?%«»".unicodeScalars.contains($0) }) else { return text }
        let s = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 8)
        var i = 0
        while i < s.count {
            let c = s[i]
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            switch c {
            case ":", ";", "!", "?":
                // Only punctuation that ends a phrase: followed by a space, the end, a closing mark or a line break.
                let ends = next.map { isSpace($0) || isNoBreak($0) || "\n\r)]»”’\"!?".unicodeScalars.contains($0) } ?? true
                // "?!", "!!": one space before the first only.
                let afterPunctuation = out.last.map { "!?".unicodeScalars.contains($0) } ?? true
                if ends && !afterPunctuation { spaceBefore(&out, narrowNoBreakSpace) }
                out.append(c)
            case "%":
                if let last = out.last, isSpace(last) || last.properties.numericType != nil { spaceBefore(&out, noBreakSpace) }
                out.append(c)
            case "«":
                out.append(c)
                if let next, isSpace(next) { i += 1 }
                if let n = i + 1 < s.count ? s[i + 1] : nil, !isNoBreak(n), n != "\n" { out.append(noBreakSpace) }
            case "»":
                if out.last != nil && out.last != "\n" { spaceBefore(&out, noBreakSpace) }
                out.append(c)
            default:
                out.append(c)
            }
            i += 1
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: out)
        return result
    }

    /// Puts `space` before the mark about to be appended: replaces a plain space, keeps a no-break one.
    private static func spaceBefore(_ out: inout [Unicode.Scalar], _ space: Unicode.Scalar) {
        guard let last = out.last, last != "\n", last != "(", last != "[" else { return }
        if isNoBreak(last) { return }
        if isSpace(last) { out[out.count - 1] = space } else { out.append(space) }
    }

    // MARK: Chinese

    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: true
        default: false
        }
    }

    /// Full-width punctuation a Chinese line sets no space after: the mark carries its own space.
    static let wideStops = "）：；，。、"

    /// Whether `text` sets a space after full-width punctuation (a translation's "第6周期： …").
    static func spacedAfterWide(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        for c in text.unicodeScalars {
            if c == " ", wideStops.unicodeScalars.contains(previous) { return true }
            if c != "*" { previous = c }
        }
        return false
    }

    static func chinese(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3A || $0 == 0x28 }) || spacedAfterWide(text) else { return text }
        var s = Array(text.unicodeScalars)
        // Brackets: pair them; a pair holding a Chinese character becomes full-width.
        var stack: [Int] = []
        var wide = Set<Int>()
        for (i, c) in s.enumerated() {
            if c == "(" { stack.append(i) } else if c == ")", let open = stack.popLast() {
                if s[(open + 1)..<i].contains(where: isCJK) { wide.insert(open); wide.insert(i) }
            }
        }
        for i in wide { s[i] = s[i] == "(" ? "（" : "）" }
        // A colon after a Chinese character (or a full-width bracket) is full-width.
        for i in s.indices where s[i] == ":" && i > 0 && isCJK(s[i - 1]) { s[i] = "：" }
        // No spaces beside full-width punctuation.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for (i, c) in s.enumerated() {
            if c == " " {
                // What precedes, past a bold run's closing "**" ("**第6周期：** …").
                var j = i - 1
                while j >= 0, s[j] == "*" { j -= 1 }
                let before = j >= 0 ? s[j] : nil, after = i + 1 < s.count ? s[i + 1] : nil
                if let b = before, Self.wideStops.unicodeScalars.contains(b) { continue }
                if let a = after, "（".unicodeScalars.contains(a) { continue }
            }
            out.append(c)
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: out)
        return result
    }
}
