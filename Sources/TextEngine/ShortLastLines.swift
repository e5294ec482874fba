/// A paragraph whose last line is one short word ("6", "4)") or a character or two of Chinese
/// ("起。", "动", "来）") reads as broken: the eye stops on a scrap under a full line. Such a line
/// takes the last word (or words) of the line above, where the previous line's earlier breaks
/// allow it and the new last line still fits: the paragraph keeps its number of lines, so no box
/// grows and no page reflows beyond that paragraph.
/// What a short last line is, for the engine's paragraphs and for layouts that break their own
/// lines (a text box's rich text).
public enum ShortLastLine {
    /// The most a one-word last line may have, letters and digits (punctuation not counted), to be
    /// re-broken: "6", "4)", "du" are; "2023", "cycle" are a word a reader reads whole (and body text
    /// keeps most of its greedy lines: few paragraphs of the set change).
    public static let shortWord = 3
    /// The most Han ideographs a short Chinese last line has ("动", "多。", "料库"), with at most
    /// one more character beside them ("5周期").
    public static let shortChinese = 2

    /// Whether `text` (a line's printed part; `oneWord`: no break between words inside it) is a
    /// short last line: one word of at most `shortWord` letters or digits, or at most `shortChinese`
    /// ideographs and one other character.
    public static func isShort(_ text: String, oneWord: Bool) -> Bool {
        let counted = text.unicodeScalars.filter { !$0.properties.generalCategory.isPunctuation && !$0.properties.isWhitespace }
        let han = counted.filter(ChineseWords.isHan).count
        if han > 0 { return han <= shortChinese && counted.count <= shortChinese + 1 }
        return oneWord && counted.count <= shortWord
    }
}

extension LineFill {
    /// Whether the printed part of `range` is a short last line (`ShortLastLine.isShort`).
    func isShortLine(_ range: Range<Int>) -> Bool {
        let end = trimmedEnd(range.lowerBound, range.upperBound)
        guard end > range.lowerBound else { return false }
        return ShortLastLine.isShort(String(decoding: utf8[range.lowerBound..<end], as: UTF8.self), oneWord: isOneWord(range))
    }

    /// `lines` (greedy, at `width`) with each paragraph's short last line given the words before it:
    /// the line above ends at an earlier break, the latest one that leaves a last line that is not
    /// short and fits `width`. A paragraph where no break does (a long word above, a narrow
    /// column) keeps its lines.
    func withoutShortLastLines(_ lines: [Range<Int>], width: Double) -> [Range<Int>] {
        let mandatory = Set(opportunities.lazy.filter { $0.kind == .mandatory }.map(\.offset))
        var lines = lines
        for i in lines.indices.dropFirst() {
            let last = lines[i], above = lines[i - 1]
            // The paragraph's last line (a newline or the text's end follows it), after a line of the same paragraph.
            let endsParagraph = i == lines.count - 1 || mandatory.contains(last.upperBound)
            guard endsParagraph, !mandatory.contains(above.upperBound), isShortLine(last) else { continue }
            let earlier = opportunities.reversed().lazy
                .filter { $0.kind == .allowed && $0.offset > above.lowerBound && $0.offset < above.upperBound && isBetweenWords($0.offset) }
                .map(\.offset)
            for offset in earlier {
                let moved = offset..<last.upperBound
                let end = trimmedEnd(moved.lowerBound, moved.upperBound)
                // Wider than the measure: an earlier break would be wider still; keep the greedy lines.
                guard cumulative[end] - cumulative[moved.lowerBound] <= width + 0.05 else { break }
                // The line above would be a scrap itself ("↓" over "上期 10"): keep the greedy lines.
                if isShortLine(above.lowerBound..<offset) { break }
                guard isShortLine(moved) else {
                    lines[i - 1] = above.lowerBound..<offset
                    lines[i] = moved
                    break
                }
            }
        }
        return lines
    }
}

extension LineFill {
    /// Whether a break at `offset` falls between words: after a space, or beside an ideograph or
    /// full-width punctuation (Chinese, whose words the segmenter already kept whole). A short last
    /// line takes whole words down, never the end of "SOFA/" + "SOMA" or "cessez-" + "le-feu".
    func isBetweenWords(_ offset: Int) -> Bool {
        guard offset > 0, offset < utf8.count else { return false }
        if [0x20, 0x09].contains(utf8[offset - 1]) { return true }
        var start = offset - 1
        while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
        var end = offset + 1
        while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
        let around = String(decoding: utf8[start..<end], as: UTF8.self).unicodeScalars
        return around.contains { ChineseWords.isHan($0) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }
}

extension Unicode.GeneralCategory {
    /// Opening, closing, dashes, quotes and other punctuation ("。", "）", "(").
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
