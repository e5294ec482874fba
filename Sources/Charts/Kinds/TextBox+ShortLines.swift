import A4PText

/// A text box breaks its own lines (bold spans), so it follows the text engine's short-last-line
/// rule itself: a paragraph does not end on "任务。" or "6" alone under a full line.
extension TextBox {
    /// Whether the words `group` of `words` make a short last line (`ShortLastLine.isShort`).
    static func isShort(_ group: [Int], _ words: [[Piece]]) -> Bool {
        ShortLastLine.isShort(group.map { words[$0].map(\.text).joined() }.joined(separator: " "), oneWord: group.count == 1)
    }

    /// `groups` (words per line, greedy) with a short last line given the last words of the line
    /// above, as few as make it not short, when they fit `width` and leave the line above not short;
    /// else the greedy lines. The lines stay as many, so the box keeps its height.
    static func withoutShortLastLine(_ groups: [[Int]], _ words: [[Piece]], widths: [Double], gaps: [Double], width: Double) -> [[Int]] {
        guard groups.count >= 2, let last = groups.last, isShort(last, words) else { return groups }
        var above = groups[groups.count - 2], below = last
        while above.count > 1 {
            below.insert(above.removeLast(), at: 0)
            let belowWidth = below.indices.reduce(0.0) { $0 + widths[below[$1]] + ($1 > 0 ? gaps[below[$1]] : 0) }
            if belowWidth > width || isShort(above, words) { return groups }
            if !isShort(below, words) { return groups.dropLast(2) + [above, below] }
        }
        return groups
    }
}
