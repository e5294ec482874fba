import A4PScene
import A4PText

/// A donut of parts of a whole with a labelled list beside it: "Investigated 136 (48%)". The list
/// keeps the slices' order, so labels never collide however thin a slice is. A total or a short
/// message can sit in the hole.
///
/// Right-to-left rule: the donut moves to the right, the list to its left, and slices run
/// anticlockwise from twelve o'clock.
public struct DonutChart: Chart {
    public struct Slice: Hashable, Sendable {
        public var label: String
        public var value: ChartValue
        public var color: Color?
        public init(label: String, value: ChartValue, color: Color? = nil) {
            self.label = label; self.value = value; self.color = color
        }
    }

    public var name: String
    public var slices: [Slice]
    public var format: ValueFormat
    /// Text in the hole; by default the total.
    public var centerText: String?
    public var showShares: Bool

    public init(name: String, slices: [Slice], format: ValueFormat = .number(), centerText: String? = nil, showShares: Bool = true) {
        self.name = name; self.slices = slices; self.format = format; self.centerText = centerText; self.showShares = showShares
    }

    /// 30 pt per slice for the legend beside the ring, 96 pt at least.
    public func size(for width: Double, in context: ChartContext) -> ChartSize { ChartSize(height: max(96, Double(slices.count) * 30)) }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "donut '\(name)'")
        let theme = context.theme
        let locale = theme.numberLocale
        let total = slices.compactMap(\.value.number).reduce(0, +)
        guard !slices.isEmpty, slices.allSatisfy({ ($0.value.number ?? 0) >= 0 }) else {
            canvas.report("needs one or more non-negative slices")
            return canvas.finish(altText: nil)
        }
        let unit = theme.unit
        let diameter = min(box.height, box.width * 0.42)
        let ring = canvas.mirrored(Rect(x: box.minX, y: box.minY + (box.height - diameter) / 2, width: diameter, height: diameter))
        let center = Point(ring.x + diameter / 2, ring.y + diameter / 2)
        let thickness = diameter * 0.2
        let r = diameter / 2 - thickness / 2

        func color(_ i: Int) -> Color { slices[i].color ?? theme.color(series: i) }
        if total > 0 {
            var angle = -Double.pi / 2
            let direction = theme.isRightToLeft ? -1.0 : 1.0
            for (i, s) in slices.enumerated() {
                guard let v = s.value.number, v > 0 else { continue }
                let sweep = 2 * Double.pi * v / total * direction
                var arc = Path()
                arc.addArc(center: center, radius: r, start: angle, end: angle + sweep)
                canvas.add(.shape(Shape(path: arc, stroke: Stroke(color: color(i), width: thickness))), what: "slice '\(s.label)'")
                angle += sweep
            }
        } else {
            canvas.add(.shape(Shape(path: .circle(center: center, radius: r), stroke: Stroke(color: theme.faint, width: thickness))),
                       what: "empty ring")
        }
        let hole = centerText ?? format.string(.number(total), locale: locale)
        let holeLine = canvas.measure(hole, theme.style(.value).with(size: max(8, min(16, diameter * 0.16))))
        if holeLine.width < diameter - 2 * thickness - unit {
            canvas.place(holeLine, at: center, h: .middle, v: .middle)
        }

        // The list: swatch, label, "136 (48%)", one row per slice, centred on the ring.
        let labelStyle = theme.style(.label), valueStyle = theme.style(.value)
        let listX0 = theme.isRightToLeft ? box.minX : ring.maxX + unit * 3
        let listWidth = box.width - diameter - unit * 3
        let rowTexts = slices.map { s -> String in
            guard let v = s.value.number else { return Words.absent(s.value, theme.language) }
            let share = total > 0 && showShares ? " (" + ValueFormat.percent().string(v / total * 100, locale: locale) + ")" : ""
            return format.string(s.value, locale: locale) + share
        }
        let swatch = labelStyle.size * 0.9
        let textWidth = listWidth - swatch - unit
        let rowHeights = slices.indices.map { i in
            canvas.paragraphHeight(slices[i].label, labelStyle, width: textWidth, maxLines: 2)
                + canvas.paragraphHeight(rowTexts[i], valueStyle, width: textWidth) + unit
        }
        let listHeight = rowHeights.reduce(0, +)
        guard listHeight <= box.height + 0.05 else {
            canvas.report("\(slices.count) slices need \(fmt(listHeight)) pt for their labels, have \(fmt(box.height))")
            return canvas.finish(altText: nil)
        }
        var y = box.minY + (box.height - listHeight) / 2
        for (i, s) in slices.enumerated() {
            let swatchRect = Rect(x: listX0, y: y + 1, width: swatch, height: swatch)
            let textRect = Rect(x: listX0 + swatch + unit, y: y, width: listWidth - swatch - unit, height: rowHeights[i])
            let mirroredSwatch = theme.isRightToLeft
                ? Rect(x: listX0 + listWidth - swatch, y: swatchRect.y, width: swatch, height: swatch) : swatchRect
            let mirroredText = theme.isRightToLeft
                ? Rect(x: listX0, y: y, width: textRect.width, height: textRect.height) : textRect
            if s.value.isAbsent {
                canvas.add(.shape(Shape(path: .rect(mirroredSwatch), fill: .white, stroke: Stroke(color: theme.absent, width: 0.75))))
            } else {
                canvas.fill(mirroredSwatch, color(i))
            }
            let used = canvas.paragraph(s.label, labelStyle, in: mirroredText, maxLines: 2)
            canvas.paragraph(rowTexts[i], valueStyle.with(color: s.value.isAbsent ? theme.absent : theme.ink),
                             in: Rect(x: mirroredText.x, y: y + used, width: mirroredText.width, height: rowHeights[i] - used))
            y += rowHeights[i]
        }
        let alt = "\(name). " + zip(slices, rowTexts).map { "\($0.label) \($1)" }.joined(separator: "; ")
        return canvas.finish(altText: alt)
    }
}
