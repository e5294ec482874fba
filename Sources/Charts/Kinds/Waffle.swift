import A4PScene
import A4PText
import Foundation

/// A 10×10 grid of squares with n % filled (e.g. 29 % women), the percentage as a big number and
/// a caption beside it; an optional second category fills the squares after the first in a darker
/// colour (the two read apart by lightness, and each has its own labelled number). Shares are
/// rounded to whole squares. An absent share leaves the grid empty and writes "–" and "no data".
///
/// Right to left: the grid is on the right and fills row by row from the top right; the text
/// is on its left.
public struct Waffle: Chart {
    public struct Category: Sendable {
        public var value: ChartValue
        public var caption: String
        public init(_ value: ChartValue, caption: String) { self.value = value; self.caption = caption }
    }

    public var name: String
    public var first: Category
    public var second: Category?
    public var format: ValueFormat

    public init(name: String? = nil, value: ChartValue, caption: String, second: Category? = nil,
                format: ValueFormat = .percent()) {
        self.name = name ?? "waffle '\(caption)'"
        self.first = Category(value, caption: caption); self.second = second; self.format = format
    }

    /// Grid side, numbers and captions as `render` lays them out in `box`; nil when the box is too
    /// small for a grid and its label.
    struct Layout {
        var side: Double, gap: Double, textWidth: Double
        var categories: [Category], inline: Bool
        var numbers: [TextLine], numberColumn: Double, captions: [WrappedText], heights: [Double]
        var spacing: Double, needed: Double
    }

    func layout(in box: Rect, context: ChartContext) -> Layout? {
        let theme = context.theme
        let engine = context.engine
        let side = min(box.height, box.width * 0.45)
        let gap = theme.unit * 3
        let textWidth = box.width - side - gap
        guard side >= 40, textWidth >= 50 else { return nil }
        let categories = [first] + (second.map { [$0] } ?? [])
        let inline = second != nil
        let bigSize = inline ? min(18, side * 0.25) : min(theme.sizes.bigNumber, side * 0.4)
        var numbers: [TextLine] = []
        for (i, c) in categories.enumerated() {
            let color = c.value.isAbsent ? theme.absent : i == 0 ? theme.accent : theme.color(series: 2)
            var style = theme.style(.bigNumber, color: color).with(size: bigSize).ltrNumbers
            var number = engine.line(format.string(c.value, locale: theme.numberLocale), style: style)
            while number.width > textWidth * (inline ? 0.4 : 1) && style.size > 10 {
                style.size -= 1
                number = engine.line(number.text, style: style)
            }
            numbers.append(number)
        }
        let numberColumn = inline ? (numbers.map(\.width).max() ?? 0) + theme.unit * 1.5 : 0
        let measure = Canvas(box: box, context: context, chartName: name)
        let captions = categories.map { c in
            measure.wrapLabel(c.value.isAbsent ? "\(c.caption) (\(Words.absent(c.value, theme.language)))" : c.caption, theme.style(.caption),
                              width: textWidth - numberColumn, maxLines: inline ? 4 : 3)
        }
        let spacing = theme.unit * 2
        let heights = categories.indices.map { i in
            inline ? max(numbers[i].ascent + numbers[i].descent, captions[i].height)
                : numbers[i].ascent + numbers[i].descent + captions[i].height
        }
        let needed = heights.reduce(0, +) + Double(categories.count - 1) * spacing
        return Layout(side: side, gap: gap, textWidth: textWidth, categories: categories, inline: inline, numbers: numbers,
                      numberColumn: numberColumn, captions: captions, heights: heights, spacing: spacing, needed: needed)
    }

    /// The baseline of number `i` when its row starts at `y`: over its caption, or with two
    /// categories its cap height centred on the caption's first line.
    func baseline(_ i: Int, top y: Double, _ l: Layout, theme: Theme) -> Double {
        let number = l.numbers[i]
        guard l.inline else { return y + number.ascent }
        let captionMid = y + l.captions[i].firstBaseline - theme.sizes.body * 0.35
        let baseline = max(y + number.ascent, captionMid + number.ascent * 0.35)
        return min(baseline, y + l.heights[i] - number.descent)
    }

    /// 110 pt; the hero baseline is the (first) share's.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let height = 110.0
        guard let l = layout(in: Rect(x: 0, y: 0, width: width, height: height), context: context), l.needed <= height + 0.05 else {
            return ChartSize(height: height)
        }
        return ChartSize(height: height, heroBaseline: baseline(0, top: 0 + (height - l.needed) / 2, l, theme: context.theme))
    }

    /// The first share's baseline in a box `height` tall, where `render` puts it (numbers centred).
    public func heroBaseline(width: Double, height: Double, in context: ChartContext) -> Double? {
        let box = Rect(x: 0, y: 0, width: width, height: max(10, height))
        guard let l = layout(in: box, context: context), l.needed <= box.height + 0.05 else { return nil }
        return baseline(0, top: (box.height - l.needed) / 2, l, theme: context.theme)
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let secondColor = theme.color(series: 2)
        guard let l = layout(in: box, context: context) else {
            canvas.report("a 10×10 grid and its label need at least 140×40 pt, the box is \(fmt(box.width))×\(fmt(box.height)) pt")
            return canvas.finish(altText: altText(theme))
        }
        let (side, gap) = (l.side, l.gap)
        // Grid.
        let cellGap = max(0.75, side * 0.02)
        let cell = (side - 9 * cellGap) / 10
        let top = box.minY + (box.height - side) / 2
        let n1 = first.value.number.map { Int(max(0, min(100, $0)).rounded()) } ?? 0
        let n2 = second?.value.number.map { Int(max(0, min(100, $0)).rounded()) } ?? 0
        for k in 0..<100 {
            let row = k / 10, col = k % 10
            let rect = canvas.logicalRect(box.minX + Double(col) * (cell + cellGap), top + Double(row) * (cell + cellGap), cell, cell)
            let color = k < n1 ? theme.accent : k < min(100, n1 + n2) ? secondColor : theme.faint
            canvas.fill(rect, color)
        }
        if first.value.isAbsent {
            canvas.add(.shape(Shape(path: .rect(canvas.logicalRect(box.minX + 0.25, top + 0.25, side - 0.5, side - 0.5)),
                                    stroke: Stroke(color: theme.absent, width: 0.5, dash: [2, 2]))), what: "no-data outline")
        }

        // Text: one category: a big number over its caption. Two: each number (in its squares'
        // colour) with its caption beside it, one row per category.
        let tx = box.minX + side + gap
        let (categories, inline, numbers, numberColumn, captions, heights) = (l.categories, l.inline, l.numbers, l.numberColumn, l.captions, l.heights)
        let (spacing, needed) = (l.spacing, l.needed)
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "the numbers and captions")
            return canvas.finish(altText: altText(theme))
        }
        var y = box.minY + (box.height - needed) / 2
        for i in categories.indices {
            let number = numbers[i]
            canvas.placeLogical(number, logicalX: tx, baseline: baseline(i, top: y, l, theme: theme), what: "number '\(number.text)'")
            if inline {
                canvas.placeWrapped(captions[i], logicalX: tx + numberColumn, top: y, what: "caption")
            } else {
                canvas.placeWrapped(captions[i], logicalX: tx, top: y + number.ascent + number.descent, what: "caption")
            }
            y += heights[i] + spacing
        }
        return canvas.finish(altText: altText(theme))
    }

    func altText(_ theme: Theme) -> String {
        return ([first] + (second.map { [$0] } ?? [])).map {
            "\($0.value.isAbsent ? Words.absent($0.value, theme.language) : format.string($0.value, locale: theme.numberLocale)) \($0.caption)"
        }.joined(separator: "; ")
    }
}
