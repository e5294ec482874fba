import A4PScene
import A4PText
import Foundation

/// A categorical, ordered scale ("No collaboration" … "Strong collaboration") as a strip of
/// segments in the sequential palette, light to dark. Either one category is selected (a
/// triangle above it and a dark outline around it, so it reads without colour) or each segment
/// carries a count ("–" when absent, never 0). Labels wrap under their segments.
///
/// Right to left: the scale runs right to left (the first category on the right), labels and
/// counts follow their segments.
public struct ScaleStrip: Chart {
    public var name: String
    public var categories: [String]
    public var selected: Int?
    /// One count per category, written inside the segments.
    public var counts: [ChartValue]?
    public var format: ValueFormat

    public init(name: String? = nil, categories: [String], selected: Int? = nil, counts: [ChartValue]? = nil,
                format: ValueFormat = .number()) {
        self.name = name ?? "scale strip '\(categories.first ?? "")…\(categories.last ?? "")'"
        self.categories = categories; self.selected = selected; self.counts = counts; self.format = format
    }

    /// Segment width, strip and marker heights and wrapped labels as `render` lays them out.
    struct Metrics {
        var segW: Double, markerHeight: Double, stripHeight: Double, labelGap: Double
        var labels: [WrappedText], needed: Double
    }
    static let gap = 1.5

    func metrics(_ canvas: Canvas) -> Metrics {
        let theme = canvas.theme
        let n = categories.count
        let segW = (canvas.box.width - Double(n - 1) * Self.gap) / Double(n)
        let labelStyle = theme.style(.axis)
        let countStyle = theme.style(.value).ltrNumbers
        let markerHeight = selected == nil ? 0.0 : 6.0
        let stripHeight = counts == nil ? 12.0 : max(16, countStyle.lineAdvanceTL + 4)
        let selectedStyle = labelStyle.with(weight: .bold, color: theme.ink)
        let labels = categories.indices.map {
            canvas.wrapLabel(categories[$0], $0 == selected ? selectedStyle : labelStyle, width: segW - 2, maxLines: 3)
        }
        let labelGap = theme.unit
        let needed = markerHeight + 2 + stripHeight + labelGap + (labels.map(\.height).max() ?? 0)
        return Metrics(segW: segW, markerHeight: markerHeight, stripHeight: stripHeight, labelGap: labelGap, labels: labels, needed: needed)
    }

    /// The count of segment `i` as set in its colour (white or ink by the segment's lightness).
    func countLine(_ i: Int, _ canvas: Canvas, color: Color) -> TextLine {
        let theme = canvas.theme
        let textColor = Marks.luminance(color) > 0.4 ? theme.ink : .white
        let v = i < (counts?.count ?? 0) ? counts![i] : .absent()
        return canvas.measure(format.string(v, locale: theme.numberLocale, absent: "–"),
                              theme.style(.value).ltrNumbers.with(color: v.isAbsent ? (textColor == .white ? theme.faint : theme.secondary) : textColor))
    }

    /// Hangs from the top: marker, strip and labels, plus a little room under them.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let generous = 120.0
        guard !categories.isEmpty else { return ChartSize(height: generous) }
        let canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: generous), context: context, chartName: name)
        let m = metrics(canvas)
        func problem(_ message: String) -> ChartSize {
            ChartSize(height: generous, problems: [LayoutProblem(chart: name, message: message)])
        }
        guard m.segW >= 24 else { return problem("\(categories.count) segments of \(fmt(m.segW)) pt are too narrow for their labels (24 pt at least)") }
        let top = 0 + m.markerHeight + (selected == nil ? 0 : 2)
        var bottom = lowest(top + m.stripHeight)
        let colors = context.theme.sequential(categories.count)
        for i in categories.indices {
            if counts != nil {
                let line = countLine(i, canvas, color: colors[i])
                guard line.width <= m.segW - 4 else { return problem("the count \(line.text) is wider than its \(fmt(m.segW)) pt segment") }
                bottom = lowest(bottom, line.bottom(baseline: top + m.stripHeight / 2 + (line.ascent - line.descent) / 2))
            }
            bottom = lowest(bottom, m.labels[i].bottom(top: top + m.stripHeight + m.labelGap))
        }
        return ChartSize(height: Hanging.height(bottom: bottom, needed: m.needed, generous: generous))
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let n = categories.count
        guard n > 0 else { return canvas.finish(altText: nil) }
        let colors = theme.sequential(n)
        let gap = Self.gap
        let m = metrics(canvas)
        let (segW, markerHeight, stripHeight, labels, labelGap, needed) = (m.segW, m.markerHeight, m.stripHeight, m.labels, m.labelGap, m.needed)
        guard segW >= 24 else {
            canvas.report("\(n) segments of \(fmt(segW)) pt are too narrow for their labels (24 pt at least)")
            return canvas.finish(altText: altText(theme))
        }
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "the strip and its labels")
            return canvas.finish(altText: altText(theme))
        }
        let top = box.minY + markerHeight + (selected == nil ? 0 : 2)
        for i in 0..<n {
            let lx = box.minX + Double(i) * (segW + gap)
            let rect = canvas.logicalRect(lx, top, segW, stripHeight)
            canvas.fill(rect, colors[i])
            if selected == i {
                // Outline inside the segment, and a triangle pointing down at it.
                let o = Rect(x: rect.minX + 0.75, y: rect.minY + 0.75, width: rect.width - 1.5, height: rect.height - 1.5)
                canvas.add(.shape(Shape(path: .rect(o), stroke: Stroke(color: theme.ink, width: 1.5))), what: "selection outline")
                var tri = Path()
                let cx = rect.minX + rect.width / 2
                tri.move(to: Point(cx - 4.5, box.minY)); tri.line(to: Point(cx + 4.5, box.minY))
                tri.line(to: Point(cx, box.minY + markerHeight)); tri.close()
                canvas.add(.shape(Shape(path: tri, fill: theme.ink)), what: "selection marker")
            }
            if counts != nil {
                let line = countLine(i, canvas, color: colors[i])
                if line.width <= segW - 4 {
                    canvas.placeLogical(line, logicalX: lx + segW / 2, baseline: top + stripHeight / 2 + (line.ascent - line.descent) / 2,
                                        h: .middle, what: "count '\(line.text)'")
                } else {
                    canvas.report("the count \(line.text) is wider than its \(fmt(segW)) pt segment")
                }
            }
            canvas.placeWrapped(labels[i], logicalX: lx + segW / 2, top: top + stripHeight + labelGap, h: .middle,
                                what: "label '\(categories[i])'")
        }
        return canvas.finish(altText: altText(theme))
    }

    func altText(_ theme: Theme) -> String {
        var s = Words.chart("alt-scale", theme.language) + ": " + categories.joined(separator: " → ")
        if let selected, categories.indices.contains(selected) { s += ". " + Words.chart("alt-selected", theme.language) + ": \(categories[selected])" }
        if let counts {
            s += ". " + categories.indices.map { i in
                "\(categories[i]) \(i < counts.count ? format.string(counts[i], locale: theme.numberLocale, absent: Words.notReported(theme.language)) : Words.notReported(theme.language))"
            }.joined(separator: ", ")
        }
        return s
    }
}
