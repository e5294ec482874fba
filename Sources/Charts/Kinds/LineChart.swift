import A4PScene
import A4PText

/// Lines over periods (cycles or years), with dashed target lines and direct labels at the line
/// ends instead of a legend. An absent value breaks its line; it is never drawn as zero.
///
/// Right-to-left rule: time runs left to right in every language, so the lines end on the right
/// and their labels stay there; the layout does not mirror, the labels are set right to left.
public struct LineChart: Chart {
    public typealias Series = ChartSeries

    public struct Target: Hashable, Sendable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) { self.label = label; self.value = value }
    }

    public var name: String
    public var periods: [String]
    public var series: [Series]
    public var targets: [Target]
    public var format: ValueFormat
    /// The value axis range; by default nice bounds around the data (from zero for counts).
    public var domain: ClosedRange<Double>?

    public init(name: String, periods: [String], series: [Series], targets: [Target] = [], format: ValueFormat = .number(),
                domain: ClosedRange<Double>? = nil) {
        self.name = name; self.periods = periods; self.series = series; self.targets = targets
        self.format = format; self.domain = domain
    }

    public func size(for width: Double, in context: ChartContext) -> ChartSize { ChartSize(height: 150) }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "line chart '\(name)'")
        let theme = context.theme
        guard periods.count >= 2, !series.isEmpty else {
            canvas.report("needs at least two periods and one series")
            return canvas.finish(altText: nil)
        }
        for s in series where s.values.count != periods.count {
            canvas.report("series '\(s.name)' has \(s.values.count) values for \(periods.count) periods")
            return canvas.finish(altText: nil)
        }
        let unit = theme.unit
        let labelStyle = theme.style(.label), axisStyle = theme.style(.axis), valueStyle = theme.style(.value)
        let locale = theme.numberLocale
        let all = series.flatMap { $0.values.compactMap(\.number) } + targets.map(\.value)
        let dom = domain ?? LinearScale.zeroBased(max: all.max() ?? 1)
        let ticks = LinearScale(domain: dom, range: 0...1).ticks(4, integer: LinearScale.allWhole(all))
        let axisWidth = (ticks.map { canvas.measure(format.string($0, locale: locale), axisStyle).width }.max() ?? 0) + unit * 1.5

        // End labels: "name value" after the last point of each series.
        let endTexts: [String] = series.map { s in
            let last = s.values.last { !$0.isAbsent } ?? .absent()
            return (series.count > 1 ? s.name + "  " : "") + format.string(last, locale: locale)
        }
        let endWidth = (endTexts.map { canvas.measure($0, valueStyle).width }.max() ?? 0) + unit * 2
        let plotX0 = box.minX + axisWidth + 0.5
        let plotX1 = box.maxX - endWidth - 0.5
        let periodHeight = (periods.map { let l = canvas.measure($0, axisStyle); return l.ascent + l.descent }.max() ?? 0) + unit + 1
        let plotTop = box.minY + labelStyle.size, plotBottom = box.maxY - periodHeight
        guard plotX1 - plotX0 > 40, plotBottom - plotTop > 30 else {
            canvas.report("no room for the plot in \(fmt(box.width))×\(fmt(box.height)) pt")
            return canvas.finish(altText: nil)
        }
        // Points sit in the middle of equal slots, so the end labels never touch the last one.
        let slot = (plotX1 - plotX0) / Double(periods.count)
        let yScale = LinearScale(domain: dom, range: plotTop...plotBottom, reversed: true)

        for t in ticks {
            let y = yScale.position(t)
            canvas.line(Point(plotX0, y), Point(plotX1, y), theme.grid)
            canvas.text(format.string(t, locale: locale), axisStyle, at: Point(plotX0 - unit, y), h: .end, v: .middle)
        }
        // Time keeps its left-to-right direction in every language.
        for (i, p) in periods.enumerated() {
            let px = plotX0 + slot * (Double(i) + 0.5)
            canvas.text(p, axisStyle, at: Point(px, plotBottom + unit), h: .middle, v: .top)
        }
        for target in targets {
            let y = yScale.position(target.value)
            canvas.line(Point(plotX0, y), Point(plotX1, y), theme.secondary, width: 0.75, dash: [3, 2])
            let text = "\(target.label) \(format.string(target.value, locale: locale))"
            canvas.text(text, theme.style(.axis), at: Point(plotX0 + unit, y - 2), h: .start, v: .bottom)
        }

        var ends: [(x: Double, y: Double, text: String, color: Color)] = []
        for (k, s) in series.enumerated() {
            let color = s.color ?? theme.color(series: s.slot ?? k)
            var segment: [Point] = []
            func flush() {
                if segment.count > 1 {
                    canvas.add(.shape(Shape(path: .polyline(segment), stroke: Stroke(color: color, width: 1.75, cap: .round, join: .round))),
                               what: "line '\(s.name)'")
                }
                segment = []
            }
            for (i, v) in s.values.enumerated() {
                let px = plotX0 + slot * (Double(i) + 0.5)
                guard let n = v.number else {
                    flush()
                    // An open circle on the axis marks the missing period.
                    canvas.add(.shape(Shape(path: .circle(center: Point(px, plotBottom - 3), radius: 2.5),
                                            fill: .white, stroke: Stroke(color: theme.absent, width: 0.75))), what: "missing mark")
                    continue
                }
                let p = Point(px, yScale.position(n))
                segment.append(p)
                canvas.add(.shape(Shape(path: .circle(center: p, radius: 2.25), fill: color, stroke: Stroke(color: .white, width: 0.75))),
                           what: "point")
            }
            flush()
            if let lastIndex = s.values.lastIndex(where: { !$0.isAbsent }), let n = s.values[lastIndex].number {
                // After the last period, or right after the last real point when the series ends in a gap.
                let lastX = plotX0 + slot * (Double(lastIndex) + 0.5)
                let x = lastIndex == periods.count - 1 ? plotX1 + unit : lastX + unit * 2
                ends.append((x, yScale.position(n), endTexts[k], color))
            }
        }
        // Direct labels at the ends, spread so none collides.
        let lineHeight = valueStyle.size * 1.3
        let ys = LabelPlacement.spread(wanted: ends.map(\.y), size: lineHeight, range: box.minY...plotBottom)
        for (end, y) in zip(ends, ys) {
            canvas.text(end.text, valueStyle.with(color: series.count == 1 ? theme.ink : end.color),
                        at: Point(end.x, y), h: .start, v: .middle)
        }
        canvas.line(Point(plotX0, plotBottom), Point(plotX1, plotBottom), theme.ink, width: 0.75)
        let alt = "\(name). " + series.map { s in
            s.name + ": " + zip(periods, s.values).map { "\($0) \(format.string($1, locale: locale, absent: Words.notReported(theme.language)))" }
                .joined(separator: ", ")
        }.joined(separator: "; ")
        return canvas.finish(altText: alt)
    }
}
