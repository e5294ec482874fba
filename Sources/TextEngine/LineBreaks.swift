import A4PCUnibreak

/// Legal line-break positions (UAX #14) from libunibreak.
enum LineBreaks {
    enum Kind { case mandatory, allowed }

    /// `init_linebreak` fills libunibreak's tables once; a lazy global makes that thread-safe.
    private static let initialised: Bool = { init_linebreak(); return true }()

    /// Break opportunities as UTF-8 byte offsets *after which* a line may (or must) end.
    static func opportunities(in utf8: [UInt8], language: String) -> [(offset: Int, kind: Kind)] {
        _ = initialised
        guard !utf8.isEmpty else { return [] }
        var brks = [CChar](repeating: 0, count: utf8.count)
        utf8.withUnsafeBufferPointer { bytes in
            language.withCString { lang in
                set_linebreaks_utf8(bytes.baseAddress, utf8.count, lang, &brks)
            }
        }
        var result: [(Int, Kind)] = []
        for (i, b) in brks.enumerated() {
            switch Int32(b) {
            case Int32(LINEBREAK_MUSTBREAK): result.append((i + 1, .mandatory))
            case Int32(LINEBREAK_ALLOWBREAK): result.append((i + 1, .allowed))
            default: break
            }
        }
        var breaks = keepingShortBracketsWhole(result, utf8: utf8)
        breaks = keepingRangesWhole(breaks, utf8: utf8)
        breaks = keepingShortHyphenEndsWhole(breaks, utf8: utf8)
        breaks = keepingPlusAttached(breaks, utf8: utf8)
        return keepingWordsWhole(breaks, utf8: utf8, language: language)
    }

    /// UAX #14 lets a line end after an en dash, so "Cycles 4–6" could end a line with "6" alone on
    /// the next (MONUSCO's sheet; review 10). A range of numbers, an en dash with a digit on both sides
    /// and no space ("4–6", "2023–2024"), stays whole; a compound of names ("MINUSS–FISNUA–Soudan du
    /// Sud") may still end a line at its dash.
    static func keepingRangesWhole(_ breaks: [(offset: Int, kind: Kind)], utf8: [UInt8]) -> [(offset: Int, kind: Kind)] {
        guard utf8.contains(0xE2) else { return breaks }  // no dash at all: the usual case
        func digit(_ i: Int) -> Bool { i >= 0 && i < utf8.count && asciiDigit(utf8[i]) }
        // A break just after U+2013 "–" (E2 80 93 in UTF-8) with a digit before the dash and after the break.
        return breaks.filter { b in
            let o = b.offset
            return b.kind == .mandatory || o < 4 || !(utf8[o - 3] == 0xE2 && utf8[o - 2] == 0x80 && utf8[o - 1] == 0x93 && digit(o - 4) && digit(o))
        }
    }

    /// libunibreak lets a line end between a letter or digit and a "+" (Unicode 13's LB24, no break
    /// between a letter and a prefix symbol, is not in it): "A4P" / "+ Reporting" (MINUSCA's and UNMISS's
    /// sheets, P2; review 11). A "+" right after a letter or digit stays with it.
    static func keepingPlusAttached(_ breaks: [(offset: Int, kind: Kind)], utf8: [UInt8]) -> [(offset: Int, kind: Kind)] {
        guard utf8.contains(0x2B) else { return breaks }
        return breaks.filter { b in
            guard b.kind == .allowed, b.offset >= 1, b.offset < utf8.count, utf8[b.offset] == 0x2B else { return true }
            let before = utf8[b.offset - 1]
            return !(asciiLetter(before) || asciiDigit(before))
        }
    }

    /// A line may end at a word's hyphen, but not to carry fewer than three letters down: "C-34 follow-"
    /// / "up" (UNMISS's pilot network row; review 10) breaks before "follow-up" instead.
    static func keepingShortHyphenEndsWhole(_ breaks: [(offset: Int, kind: Kind)], utf8: [UInt8]) -> [(offset: Int, kind: Kind)] {
        guard utf8.contains(0x2D) else { return breaks }
        return breaks.filter { b in
            guard b.kind == .allowed, b.offset >= 2, b.offset < utf8.count, utf8[b.offset - 1] == 0x2D, asciiLetter(utf8[b.offset - 2]) else { return true }
            var n = 0
            while b.offset + n < utf8.count, asciiLetter(utf8[b.offset + n]) { n += 1 }
            // Letters to the end of the word; a word going on in other characters (digits, accents) keeps the break.
            let end = b.offset + n
            return n >= 3 || n == 0 || (end < utf8.count && utf8[end] >= 0x80)
        }
    }

    /// A-Z, a-z and 0-9 as UTF-8 bytes: the rules above look at Latin words and numbers only.
    private static func asciiLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    private static func asciiDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }

    /// Chinese text breaks between dictionary words (`ChineseWords`), not inside one: "地位协定事件"
    /// may end a line after "协定", never after "事". Only Chinese pages with an ideograph ask the
    /// segmenter (Japanese and Korean keep UAX #14's breaks); every other text is as before.
    static func keepingWordsWhole(_ breaks: [(offset: Int, kind: Kind)], utf8: [UInt8], language: String) -> [(offset: Int, kind: Kind)] {
        guard language.hasPrefix("zh"), ChineseWords.hasHan(utf8) else { return breaks }
        let inside = ChineseWords.insideWords(utf8)
        guard !inside.isEmpty else { return breaks }
        return breaks.filter { $0.kind == .mandatory || !inside.contains($0.offset) }
    }

    /// The longest full-width bracketed aside ("（第5周期）") kept on one line, in characters.
    static let shortBracket = 6
    /// The longest half-width one ("(Cycle 5)", "(6th report)"), in characters.
    static let shortLatinBracket = 10

    /// UAX #14 lets Chinese break between any two ideographs, so a label could end "（第5周" with "期）"
    /// alone on the next line, and any script breaks at a space, so "(Cycle" could end a line with
    /// "5)" alone on the next. A short parenthetical (a period, a count, a report) stays whole: the
    /// breaks inside it are dropped; the one before its opening bracket stays.
    static func keepingShortBracketsWhole(_ breaks: [(offset: Int, kind: Kind)], utf8: [UInt8]) -> [(offset: Int, kind: Kind)] {
        guard utf8.contains(0xEF) || utf8.contains(0x28) else { return breaks }  // no bracket at all: the usual case
        var inside: [ClosedRange<Int>] = []
        var i = 0, opened: Int?, wide = false, characters = 0
        while i < utf8.count {
            // U+FF08 "（" and U+FF09 "）" are EF BC 88 and EF BC 89 in UTF-8; "(" and ")" are 28 and 29.
            let isWide = utf8[i] == 0xEF && i + 2 < utf8.count && utf8[i + 1] == 0xBC && (utf8[i + 2] == 0x88 || utf8[i + 2] == 0x89)
            let isOpen = isWide ? utf8[i + 2] == 0x88 : utf8[i] == 0x28
            let isClose = isWide ? utf8[i + 2] == 0x89 : utf8[i] == 0x29
            let width = isWide ? 3 : 1
            if isOpen { opened = i + width; wide = isWide; characters = 0; i += width; continue }
            if isClose, let start = opened, wide == isWide {
                if characters <= (wide ? shortBracket : shortLatinBracket) { inside.append(start...i) }
                opened = nil; i += width; continue
            }
            if utf8[i] & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        guard !inside.isEmpty else { return breaks }
        return breaks.filter { b in b.kind == .mandatory || !inside.contains { $0.contains(b.offset) } }
    }
}
