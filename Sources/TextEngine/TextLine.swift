import A4PScene

/// One shaped line of text: glyph runs in visual order, placed on a baseline at (0, 0).
public struct TextLine: Hashable, Sendable {
    public var text: String
    public var runs: [GlyphRun]
    public var width: Double
    /// Largest ascent and descent of the faces used (positive numbers).
    public var ascent: Double
    public var descent: Double
    public var isRightToLeft: Bool
    /// Characters no bundled font could draw.
    public var missingCharacters: [Unicode.Scalar]

    /// The runs moved so the baseline starts at `origin`.
    public func runs(at origin: Point) -> [GlyphRun] {
        runs.map { $0.moved(by: origin.x, origin.y) }
    }
}

/// A paragraph broken into lines that fit a width.
public struct TextBlock: Hashable, Sendable {
    public var lines: [TextLine]
    /// Baseline-to-baseline distance.
    public var lineHeight: Double
    public var isRightToLeft: Bool

    /// The widest line.
    public var width: Double { lines.map(\.width).max() ?? 0 }
    /// From the top of the first line box to the bottom of the last; never less than the fonts'
    /// ascent and descent, so nothing painted pokes out of the block.
    public var height: Double {
        guard let last = lines.last else { return 0 }
        return max(Double(lines.count) * lineHeight,
                   firstBaseline + Double(lines.count - 1) * lineHeight + last.descent)
    }
    /// Distance from the top of the block to the first baseline: the line box is centred on the
    /// font's ascent + descent, as CSS does, but the ascent always stays inside the block.
    public var firstBaseline: Double {
        guard let first = lines.first else { return 0 }
        return max(first.ascent, (lineHeight - (first.ascent + first.descent)) / 2 + first.ascent)
    }

    /// Every line's runs placed in a box starting at `topLeft` and `width` wide.
    public func runs(topLeft: Point, width: Double, alignment: TextAlignment = .leading) -> [GlyphRun] {
        var out: [GlyphRun] = []
        for (i, line) in lines.enumerated() {
            let slack = width - line.width
            let dx: Double
            switch (alignment, isRightToLeft) {
            case (.left, _), (.leading, false), (.trailing, true): dx = 0
            case (.right, _), (.trailing, false), (.leading, true): dx = slack
            case (.center, _): dx = slack / 2
            }
            let baseline = topLeft.y + firstBaseline + Double(i) * lineHeight
            out += line.runs(at: Point(topLeft.x + dx, baseline))
        }
        return out
    }
}
