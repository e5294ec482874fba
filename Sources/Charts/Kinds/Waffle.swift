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

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let secondColor = theme.color(series: 2)
        let side = min(box.height, box.width * 0.45)
        let gap = theme.unit * 3
        let textWidth = box.width - side - gap
        guard side >= 40, textWidth >= 50 else {
            canvas.report("a 10×10 grid and its label need at least 140×40 pt, the box is \(fmt(box.width))×\(fmt(box.height)) pt")
            return canvas.finish(altText: altText(theme))
        }
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

        // Text: big number(s) with captions.
        let tx = box.minX + side + gap
        let noData = ChartWords.noData(theme.language)
        var blocks: [(number: TextLine, caption: WrappedText)] = []
        let categories = [first] + (second.map { [$0] } ?? [])
        let bigSize = second == nil ? min(theme.sizes.bigNumber, side * 0.4) : min(22, side * 0.28)
        for (i, c) in categories.enumerated() {
            let color = c.value.isAbsent ? theme.absent : i == 0 ? theme.accent : secondColor
            var style = theme.style(.bigNumber, color: color).with(size: bigSize).ltrNumbers
            var number = canvas.measure(format.string(c.value, locale: theme.numberLocale), style)
            while number.width > textWidth && style.size > 12 {
                style.size -= 1
                number = canvas.measure(number.text, style)
            }
            let captionText = c.value.isAbsent ? "\(c.caption) (\(noData))" : c.caption
            let caption = canvas.wrapLabel(captionText, theme.style(.caption), width: textWidth, maxLines: 3)
            blocks.append((number, caption))
        }
        let spacing = theme.unit * 2
        let heights = blocks.map { $0.number.ascent + $0.number.descent + $0.caption.height }
        let needed = heights.reduce(0, +) + Double(blocks.count - 1) * spacing
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "the numbers and captions")
            return canvas.finish(altText: altText(theme))
        }
        var y = box.minY + (box.height - needed) / 2
        for b in blocks {
            canvas.placeLogical(b.number, logicalX: tx, baseline: y + b.number.ascent, what: "number '\(b.number.text)'")
            y += b.number.ascent + b.number.descent
            canvas.placeWrapped(b.caption, logicalX: tx, top: y, what: "caption")
            y += b.caption.height + spacing
        }
        return canvas.finish(altText: altText(theme))
    }

    func altText(_ theme: Theme) -> String {
        let noData = ChartWords.noData(theme.language)
        return ([first] + (second.map { [$0] } ?? [])).map {
            "\($0.value.isAbsent ? noData : format.string($0.value, locale: theme.numberLocale)) \($0.caption)"
        }.joined(separator: "; ")
    }
}
