// The toolchain's own ICU (swift-foundation's `_FoundationICU`, ICU 76 with its CJK dictionary), not
// Debian's libicu: Foundation already links it (statically in the release binary), so the dictionary
// costs no new package and no start-up; it is read at the first Chinese paragraph. Its C entry points
// carry the `swift_` prefix (ICU's symbol renaming), which the importer sees as the names.
import _FoundationICU

/// Chinese words from ICU's dictionary-based word segmenter (`ubrk_open(UBRK_WORD, "zh", …)`, the
/// CJK dictionary `cjdict`). UAX #14 lets Chinese break between any two ideographs, so a label read
/// "地位协定事" / "件"; inside a dictionary word ("事件", "影响", "周期") a line does not end.
enum ChineseWords {
    /// Whether `utf8` holds a Han ideograph (the only text the segmenter is asked about): its UTF-8
    /// lead byte is E3–E9 (U+3400–U+9FFF) or F0 (the supplementary ideographs).
    static func hasHan(_ utf8: [UInt8]) -> Bool {
        utf8.contains { $0 >= 0xE3 && $0 <= 0xE9 || $0 == 0xF0 }
    }

    static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// UTF-8 byte offsets strictly inside a word of two or more Han ideographs, between a digit and
    /// the ideograph after it, and between the ordinal "第" and its number: a break there would split
    /// the word, or a number from its unit or ordinal ("2025年2" / "月", "5" / "周期", "第" / "6次").
    /// Before another number a line may still end ("截至2023年12月31日" breaks after "年" and "月" in
    /// a narrow column). Words of other characters (Latin, punctuation) are left alone, as UAX #14
    /// already treats them.
    static func insideWords(_ utf8: [UInt8]) -> Set<Int> {
        let text = String(decoding: utf8, as: UTF8.self)
        // The UTF-8 offset at each UTF-16 offset (both halves of a surrogate pair at their scalar's)
        // and whether that scalar is Han.
        var utf8At: [Int] = [], han: [Bool] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            for _ in 0..<UTF16.width(scalar) { utf8At.append(offset); han.append(isHan(scalar)) }
            offset += UTF8.width(scalar)
        }
        utf8At.append(offset); han.append(false)
        let utf16 = Array(text.utf16)
        var inside: Set<Int> = []
        for i in utf16.indices.dropFirst() where utf8At[i] != utf8At[i - 1] {
            // "5" + "周期"; and the ordinal "第" + "6" ("A4P+第" / "6次进展报告" read as a broken word).
            if isDigit(utf16[i - 1]) && han[i] || utf16[i - 1] == 0x7B2C && isDigit(utf16[i]) { inside.insert(utf8At[i]) }
        }
        // ICU keeps a pointer to the text and reads it at every `ubrk_next`: the buffer must outlive the
        // iterator. (Passing the array itself gave a pointer valid for the `ubrk_open` call only, and
        // the words then came from freed memory: other line breaks from one run to the next.)
        utf16.withUnsafeBufferPointer { text in
            var status = U_ZERO_ERROR
            guard let words = swift_ubrk_open(UBRK_WORD, "zh", text.baseAddress, Int32(text.count), &status), status.rawValue <= 0 else { return }
            defer { swift_ubrk_close(words) }
            var start = Int(swift_ubrk_first(words))
            while case let end = Int(swift_ubrk_next(words)), end != Int(UBRK_DONE) {
                // A word all of Han ideographs, two or more: every boundary between its characters.
                if end - start >= 2, (start..<end).allSatisfy({ han[$0] }) {
                    for i in (start + 1)..<end where utf8At[i] != utf8At[i - 1] { inside.insert(utf8At[i]) }
                }
                start = end
            }
        }
        return inside
    }
}

extension TextEngine {
    /// UTF-8 offsets of `text` where a line must not end in `language`: inside a Chinese dictionary
    /// word or between a number and its unit (`ChineseWords`); none in other languages. For layouts
    /// that break rich text themselves (a text box's bold spans).
    public func wordInteriors(_ text: String, language: String) -> Set<Int> {
        let utf8 = Array(text.utf8)
        guard language.hasPrefix("zh"), ChineseWords.hasHan(utf8) else { return [] }
        return interiors(text) { ChineseWords.insideWords(utf8) }
    }
}
