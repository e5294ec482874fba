/// How a paragraph's lines are filled. `greedy` puts as many words on each line as fit (body text);
/// `balanced` is for titles: when the greedy lines leave one word alone on the last line, the
/// measure is narrowed to the narrowest width that keeps the same number of lines, as CSS
/// `text-wrap: balance` does, so the words spread evenly over the lines.
public enum TextWrap: String, Hashable, Sendable { case greedy, balanced }

/// Line breaking of one shaped paragraph: which byte ranges go on which line for a width.
struct LineFill {
    let utf8: [UInt8]
    /// Advance from the start of the text to each byte.
    let cumulative: [Double]
    let opportunities: [(offset: Int, kind: LineBreaks.Kind)]

    init(utf8: [UInt8], advanceAtByte: [Double], opportunities: [(offset: Int, kind: LineBreaks.Kind)]) {
        self.utf8 = utf8
        self.opportunities = opportunities
        var cumulative = [Double](repeating: 0, count: utf8.count + 1)
        for i in utf8.indices { cumulative[i + 1] = cumulative[i] + advanceAtByte[i] }
        self.cumulative = cumulative
    }

    /// `end` less the spaces and line breaks before it.
    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, [0x20, 0x09, 0x0A, 0x0D].contains(utf8[e - 1]) { e -= 1 }
        return e
    }

    /// `end` (trimmed) less a separator dot the line ends with: " ·" or, before it, a no-break space
    /// (Russian binds the dot to the word before). A line break already separates "Priority 1" from
    /// "Political strategy"; the dot left at the end of the line reads as an orphan (review 10). Only
    /// a dot after a space: a dot inside a name (Chinese "让-皮埃尔·拉克鲁瓦") is part of it. The line's
    /// measure is not changed by this: which words go on the line was chosen with the dot.
    func withoutEndSeparator(_ start: Int, _ end: Int) -> Int {
        // U+00B7 is C2 B7; before it a space (20) or a no-break space (C2 A0).
        guard end - start >= 4, utf8[end - 2] == 0xC2, utf8[end - 1] == 0xB7 else { return end }
        let before = if utf8[end - 3] == 0x20 { end - 3 } else if utf8[end - 4] == 0xC2 && utf8[end - 3] == 0xA0 { end - 4 } else { end }
        guard before < end else { return end }
        let trimmed = trimmedEnd(start, before)
        // A line of nothing but the dot keeps it.
        return trimmed > start ? trimmed : end
    }

    /// Greedy lines without a short last line (`withoutShortLastLines`): how body text is set.
    func ranges(width: Double?) -> [Range<Int>] {
        let greedy = greedyRanges(width: width)
        guard let width, greedy.count >= 2 else { return greedy }
        return withoutShortLastLines(greedy, width: width)
    }

    /// Greedy lines: each ends at the last legal break before the text passes `width` (a word wider
    /// than `width` stays whole on its own line); mandatory breaks always end a line.
    func greedyRanges(width: Double?) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var lastOpportunity: Int?
        for (offset, kind) in opportunities {
            // 0.05 pt of slack: a column sized to a label's measured width must hold that label on
            // one line, whatever the rounding of the summed advances (Arabic "الدورة 4" broke).
            if let width, let last = lastOpportunity, last > lineStart,
               cumulative[trimmedEnd(lineStart, offset)] - cumulative[lineStart] > width + 0.05 {
                ranges.append(lineStart..<last)
                lineStart = last
            }
            if kind == .mandatory {
                ranges.append(lineStart..<offset)
                lineStart = offset
                lastOpportunity = nil
            } else {
                lastOpportunity = offset
            }
        }
        if lineStart < utf8.count || ranges.isEmpty { ranges.append(lineStart..<utf8.count) }
        return ranges
    }

    /// The same text broken only where a space ends a word (and at newlines): a title is not
    /// balanced into "Ceasefire- / observation". Text without spaces (Chinese) keeps every break.
    var betweenWords: LineFill {
        let spaced = opportunities.filter { $0.kind == .mandatory || [0x20, 0x09].contains(utf8[$0.offset - 1]) }
        guard spaced.contains(where: { $0.kind == .allowed }) else { return self }
        return LineFill(utf8: utf8, cumulative: cumulative, opportunities: spaced)
    }

    init(utf8: [UInt8], cumulative: [Double], opportunities: [(offset: Int, kind: LineBreaks.Kind)]) {
        self.utf8 = utf8; self.cumulative = cumulative; self.opportunities = opportunities
    }

    /// Whether `range` holds one word: no break between words inside its printed bytes.
    func isOneWord(_ range: Range<Int>) -> Bool {
        let end = trimmedEnd(range.lowerBound, range.upperBound)
        return !betweenWords.opportunities.contains { $0.kind == .allowed && $0.offset > range.lowerBound && $0.offset < end }
    }

    /// Balanced lines for a title: the greedy lines unless they are two or more and the last one
    /// is a single word; then the lines at the narrowest width (to 0.25 pt) that gives no more
    /// lines, broken between words where that is enough, when that leaves more than one word on
    /// the last line.
    /// (The balance is sought from the plain greedy lines: a short-last-line fix that already took a
    /// word down would leave "Murales del Día de" / "la Paz" where balancing gives "Murales del" /
    /// "Día de la Paz"; when balancing finds nothing, the fixed lines stand.)
    func balancedRanges(width: Double) -> [Range<Int>] {
        let greedy = greedyRanges(width: width)
        guard greedy.count >= 2, let last = greedy.last, isOneWord(last) else { return ranges(width: width) }
        for fill in [betweenWords, self] {
            var low = 0.0, high = width
            guard fill.greedyRanges(width: high).count == greedy.count else { continue }
            while high - low > 0.25 {
                let mid = (low + high) / 2
                if fill.greedyRanges(width: mid).count > greedy.count { low = mid } else { high = mid }
            }
            let balanced = fill.greedyRanges(width: high)
            if balanced.count == greedy.count, let end = balanced.last, !isOneWord(end) { return balanced }
        }
        return ranges(width: width)
    }
}
