import A4PScene
import A4PText
import Foundation

/// A big number with a caption under it, an optional trend against the previous period
/// ("↑ from 6") and an optional progress ring around a share (e.g. 72%).
public struct KPITile: Chart {
    public var name: String
    public var value: ChartValue
    public var caption: String
    public var format: ValueFormat
    /// The previous period's value; the trend line is computed from it.
    public var previous: ChartValue?
    /// Draw a ring filled to `value / ringTotal` (100 for percentages).
    public var ringTotal: Double?

    public init(name: String? = nil, value: ChartValue, caption: String, format: ValueFormat = .number(),
                previous: ChartValue? = nil, ringTotal: Double? = nil) {
        self.name = name ?? "KPI tile '\(caption)'"
        self.value = value; self.caption = caption; self.format = format
        self.previous = previous; self.ringTotal = ringTotal
    }

    public func heroFigure() -> (value: ChartValue, caption: String)? { (value, caption) }

    /// The measured pieces of a tile in `box`: the number's line and style (shrunk to fit), the text
    /// column beside the ring (or the whole box), the caption, the trend line and where the number's top is.
    struct Layout {
        var number: String
        var diameter: Double?
        var textBox: Rect
        var bigStyle: TextStyle
        var big: TextLine
        var captionBlock: TextBlock
        var trendText: Trend?
        var trendLine: String?
        var top: Double
    }

    func layout(in box: Rect, context: ChartContext) -> Layout {
        let theme = context.theme
        let engine = context.engine
        let number = format.string(value, locale: theme.numberLocale, absent: "–")
        var textBox = box
        var bigStyle = theme.style(.bigNumber, color: value.isAbsent ? theme.absent : theme.accent)
        var ringDiameter: Double?
        if let total = ringTotal, total > 0 {
            // Ring on the leading side, text beside it.
            let diameter = min(box.height, box.width * 0.4)
            let gap = theme.unit * 2
            let column = Rect(x: box.minX + diameter + gap, y: box.minY, width: box.width - diameter - gap, height: box.height)
            textBox = theme.isRightToLeft
                ? Rect(x: box.maxX - (column.maxX - box.minX), y: column.y, width: column.width, height: column.height) : column
            bigStyle.size = min(bigStyle.size, 24)
            ringDiameter = diameter
        }
        // Shrink the number (down to 60%) before giving up on the width.
        var big = engine.line(number, style: bigStyle)
        while big.width > textBox.width && bigStyle.size > theme.sizes.bigNumber * 0.6 {
            bigStyle.size -= 1
            big = engine.line(number, style: bigStyle)
        }
        let captionStyle = theme.style(.caption)
        let trendText = previous.map { Trend(current: value, previous: $0) }
        let trendLine = trendText.flatMap { t -> String? in
            guard t.direction != nil else { return nil }
            let full = t.text(format: format, theme: theme)
            // Only the part in brackets: the big number already says the current value.
            guard let open = full.firstIndex(of: "(") else { return nil }
            return String(full[open...]).trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        }
        let captionBlock = engine.paragraph(caption, style: captionStyle, width: textBox.width)
        let trendHeight = trendLine == nil ? 0 : captionStyle.size * captionStyle.lineHeight
        let total = big.ascent + big.descent + captionBlock.height + trendHeight
        let top = textBox.minY + max(0, (textBox.height - total) / 2)
        return Layout(number: number, diameter: ringDiameter, textBox: textBox, bigStyle: bigStyle, big: big,
                      captionBlock: captionBlock, trendText: trendText, trendLine: trendLine, top: top)
    }

    /// Number, caption (up to four lines) and trend line, measured for this width; the ring wants 84 pt.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let t = context.theme
        let ring = ringTotal != nil
        let textWidth = ring ? width * 0.6 - t.unit * 2 : width
        let big = t.sizes.bigNumber * (ring ? 0.8 : 1) * 1.37
        let caption = context.engine.paragraph(caption, style: t.style(.caption), width: textWidth)
        let lines = min(4, caption.lines.count)
        let captionHeight = lines == 0 ? 0 : caption.height * Double(lines) / Double(caption.lines.count)
        let trend = previous != nil ? t.sizes.label * 1.4 : 0
        let height = max(ring ? 84 : 60, big + captionHeight + trend + 8)
        // The number hangs from its top: its baseline is the top plus its ascent.
        let hero = layout(in: Rect(x: 0, y: 0, width: width, height: max(10, height)), context: context)
        return ChartSize(height: height, heroBaseline: hero.top + hero.big.ascent)
    }

    /// The number hangs from the top of its centred text: the baseline in a box `height` tall.
    public func heroBaseline(width: Double, height: Double, in context: ChartContext) -> Double? {
        let hero = layout(in: Rect(x: 0, y: 0, width: width, height: max(10, height)), context: context)
        return hero.top + hero.big.ascent
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let l = layout(in: box, context: context)
        let number = l.number

        if let total = ringTotal, total > 0, let diameter = l.diameter {
            let ringRect = canvas.mirrored(Rect(x: box.minX, y: box.minY + (box.height - diameter) / 2,
                                                width: diameter, height: diameter))
            let center = Point(ringRect.x + diameter / 2, ringRect.y + diameter / 2)
            let thickness = max(3, diameter * 0.14)
            let r = diameter / 2 - thickness / 2
            canvas.add(.shape(Shape(path: .circle(center: center, radius: r),
                                    stroke: Stroke(color: theme.faint, width: thickness))), what: "ring")
            if let v = value.number {
                var arc = Path()
                let share = max(0, min(1, v / total))
                // Clockwise from 12 o'clock; anticlockwise on right-to-left pages.
                let start = -Double.pi / 2
                let sweep = 2 * Double.pi * share * (theme.isRightToLeft ? -1 : 1)
                arc.addArc(center: center, radius: r, start: start, end: start + sweep)
                canvas.add(.shape(Shape(path: arc, stroke: Stroke(color: theme.accent, width: thickness, cap: .butt))),
                           what: "ring")
            }
            let ringLabel = canvas.measure(number, theme.style(.value).with(size: max(8, diameter * 0.24)))
            if ringLabel.width < diameter - 2 * thickness - 2 {
                canvas.place(ringLabel, at: center, h: .middle, v: .middle)
            }
        }

        let textBox = l.textBox
        let captionStyle = theme.style(.caption)
        var y = l.top
        let h: HorizontalAnchor = canvas.mirrored(.start)
        let x = h == .start ? textBox.minX : textBox.maxX
        canvas.place(l.big, at: Point(x, y), h: h, v: .top, what: "the number \(number)")
        y += l.big.ascent + l.big.descent
        canvas.paragraph(caption, captionStyle, in: Rect(x: textBox.minX, y: y, width: textBox.width,
                                                         height: box.maxY - y), maxLines: 4)
        y += l.captionBlock.height
        let trendLine = l.trendLine
        if let trendLine, let t = l.trendText {
            let color = t.direction == .same ? theme.secondary : theme.ink
            canvas.text(trendLine, theme.style(.label, color: color, weight: .bold), at: Point(x, y), h: h, v: .top)
        }
        let alt = "\(caption): \(value.isAbsent ? Words.absent(value, theme.language) : number)" + (trendLine.map { " (\($0))" } ?? "")
        return canvas.finish(altText: alt)
    }
}
