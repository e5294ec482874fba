import A4PScene
import A4PText
import Foundation

/// A tiny line over periods, the last reported point marked and labelled with its value; the
/// first and last period names under it when there is room. Absent points break the line (a gap),
/// an isolated point is drawn as a dot; nothing drops to zero.
///
/// Right to left: time runs left to right on every page (as the reports' axes do), so only the
/// text is set right to left; the value label stays after the last point, on the right.
public struct Sparkline: Chart {
    public var name: String
    public var periods: [String]
    public var values: [ChartValue]
    public var format: ValueFormat

    public init(name: String? = nil, periods: [String], values: [ChartValue], format: ValueFormat = .number()) {
        self.name = name ?? "sparkline '\(periods.first ?? "")–\(periods.last ?? "")'"
        self.periods = periods; self.values = values; self.format = format
    }

    public func size(for width: Double, in context: ChartContext) -> ChartSize { ChartSize(height: 50) }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let valueStyle = theme.style(.value).ltrNumbers
        let axisStyle = theme.style(.axis)
        let count = min(periods.count, values.count)
        let lastIndex = (0..<count).last { !values[$0].isAbsent }
        let present = (0..<count).compactMap { values[$0].number }
        let lastLabel = lastIndex.map { canvas.measure(format.string(values[$0], locale: theme.numberLocale), valueStyle) }
        let r = 2.0
        let labelRoom = (lastLabel?.width ?? 0) + theme.unit
        let showPeriods = box.height >= 30 && count > 1
        let periodLines = showPeriods ? [canvas.measure(periods[0], axisStyle), canvas.measure(periods[count - 1], axisStyle)] : []
        let periodHeight = periodLines.map { $0.ascent + $0.descent }.max() ?? 0
        let plot = Rect(x: box.minX + r, y: box.minY + max(r, (lastLabel.map { ($0.ascent + $0.descent) / 2 } ?? 0)),
                        width: box.width - labelRoom - 2 * r, height: 0)
        let plotBottom = box.maxY - periodHeight - r
        guard plot.width >= 20, plotBottom - plot.minY >= 6 else {
            canvas.report("the line needs at least 20×6 pt beside its label, the box is \(fmt(box.width))×\(fmt(box.height)) pt")
            return canvas.finish(altText: altText(theme))
        }
        guard let lo = present.min(), let hi = present.max(), let lastIndex, let lastLabel else {
            let noData = canvas.measure(Words.notReported(theme.language), theme.style(.axis, color: theme.absent))
            canvas.place(noData, at: Point(box.minX + box.width / 2, box.minY + box.height / 2), h: .middle, v: .middle)
            return canvas.finish(altText: altText(theme))
        }
        let yScale = LinearScale(domain: lo == hi ? (lo - 1)...(hi + 1) : lo...hi, range: plot.minY...plotBottom, reversed: true)
        func point(_ i: Int) -> Point {
            let t = count > 1 ? Double(i) / Double(count - 1) : 0.5
            return Point(plot.minX + t * plot.width, yScale.position(values[i].number!))
        }
        // Runs of present points: each is one line; a gap between runs.
        var runs: [[Int]] = [], current: [Int] = []
        for i in 0..<count {
            if values[i].isAbsent { if !current.isEmpty { runs.append(current); current = [] } } else { current.append(i) }
        }
        if !current.isEmpty { runs.append(current) }
        for run in runs {
            if run.count == 1 {
                canvas.add(.shape(Shape(path: .circle(center: point(run[0]), radius: 1.2), fill: theme.accent)), what: "point")
            } else {
                canvas.add(.shape(Shape(path: .polyline(run.map(point)),
                                        stroke: Stroke(color: theme.accent, width: 1.25, cap: .round, join: .round))),
                           what: "line")
            }
        }
        let last = point(lastIndex)
        canvas.add(.shape(Shape(path: .circle(center: last, radius: r), fill: theme.accent,
                                stroke: Stroke(color: .white, width: 0.5))), what: "last point")
        canvas.place(lastLabel, at: Point(last.x + r + theme.unit / 2, last.y), h: .start, v: .middle,
                     what: "value '\(lastLabel.text)'")
        if showPeriods {
            let firstPeriod = periodLines[0], lastPeriod = periodLines[1]
            canvas.place(firstPeriod, at: Point(box.minX, box.maxY), h: .start, v: .bottom, what: "period '\(periods[0])'")
            if firstPeriod.width + lastPeriod.width + theme.unit < box.width {
                canvas.place(lastPeriod, at: Point(min(box.maxX, plot.maxX + lastPeriod.width / 2), box.maxY), h: .end, v: .bottom, what: "period '\(periods[count - 1])'")
            }
        }
        return canvas.finish(altText: altText(theme))
    }

    func altText(_ theme: Theme) -> String {
        return Words.chart("alt-trend", theme.language) + ": " + (0..<min(periods.count, values.count)).map {
            "\(periods[$0]) \(values[$0].isAbsent ? Words.absent(values[$0], theme.language) : format.string(values[$0], locale: theme.numberLocale))"
        }.joined(separator: ", ")
    }
}
