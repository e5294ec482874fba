import A4PScene
import A4PText
import Foundation

/// Ordered stages (reported → investigated → detained → tried → convicted) as centred bars whose
/// width follows the value, with the stage label on the leading side and the value and its share
/// of the first stage ("138 · 49%") on the trailing side. An absent stage is drawn as a dashed
/// outline with "no data", never as a zero-width bar.
///
/// Right to left: labels on the right, values on the left; bars stay centred.
public struct Funnel: Chart {
    public struct Stage: Sendable {
        public var label: String
        public var value: ChartValue
        public init(_ label: String, _ value: ChartValue) { self.label = label; self.value = value }
    }

    public var name: String
    public var stages: [Stage]
    public var format: ValueFormat
    /// Write each stage's share of the first stage after its value.
    public var showShare: Bool

    public init(name: String? = nil, stages: [Stage], format: ValueFormat = .number(), showShare: Bool = true) {
        self.name = name ?? "funnel '\(stages.first?.label ?? "")'"
        self.stages = stages; self.format = format; self.showShare = showShare
    }

    func valueText(_ i: Int, theme: Theme) -> String {
        let s = stages[i]
        guard let v = s.value.number else { return "–" }
        var text = format.string(s.value, locale: theme.numberLocale)
        if showShare, i > 0, let first = stages.first?.value.number, first > 0 {
            text += " · " + ValueFormat.percent().string(v / first * 100, locale: theme.numberLocale)
        }
        return text
    }

    /// 30 pt per stage.
    public func size(for width: Double, in context: ChartContext) -> ChartSize { ChartSize(height: Double(stages.count) * 30 + 10) }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let labelStyle = theme.style(.label)
        let valueStyle = theme.style(.value).ltrNumbers
        let absentStyle = theme.style(.axis, color: theme.absent)
        let pad = theme.unit * 2

        let values = stages.indices.map { valueText($0, theme: theme) }
        let valueWidth = values.map { canvas.measure($0, valueStyle).width }.max() ?? 0
        let labelWidth = min(box.width * 0.34, max(50, stages.map { canvas.measure($0.label, labelStyle).width }.max() ?? 0))
        // Bars no wider than half the box, so that values stay near them on wide pages.
        let barArea = min(box.width * 0.5, box.width - labelWidth - valueWidth - 2 * pad)
        let valueEnd = box.minX + labelWidth + pad + barArea + pad + valueWidth
        guard barArea >= 40 else {
            canvas.report("labels and values leave \(fmt(barArea)) pt for the bars, at least 40 pt are needed")
            return canvas.finish(altText: altText(theme))
        }
        let labels = stages.map { canvas.wrapLabel($0.label, labelStyle, width: labelWidth, maxLines: 2) }
        let rowMin = max(labels.map(\.height).max() ?? 0, 14)
        let gap = 4.0
        let n = Double(stages.count)
        let needed = n * rowMin + (n - 1) * gap
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "\(stages.count) stages")
            return canvas.finish(altText: altText(theme))
        }
        let rowHeight = min(28, (box.height - (n - 1) * gap) / n)
        let total = n * rowHeight + (n - 1) * gap
        var y = box.minY + (box.height - total) / 2
        let maxValue = stages.compactMap(\.value.number).max() ?? 0
        let barX = box.minX + labelWidth + pad
        let centre = barX + barArea / 2
        var previousBar: (x0: Double, x1: Double, bottom: Double)?
        for (i, stage) in stages.enumerated() {
            let mid = y + rowHeight / 2
            canvas.placeWrapped(labels[i], logicalX: box.minX, top: mid - labels[i].height / 2, what: "stage label '\(stage.label)'")
            if let v = stage.value.number, maxValue > 0 {
                // At least 2 pt wide, so a small stage stays visible.
                let w = max(2, barArea * max(0, v) / maxValue)
                let rect = canvas.logicalRect(centre - w / 2, y, w, rowHeight)
                if let p = previousBar {
                    // A faint band joining this bar to the one above: the flow from stage to stage.
                    var band = Path()
                    band.move(to: Point(p.x0, p.bottom)); band.line(to: Point(p.x1, p.bottom))
                    band.line(to: Point(rect.maxX, rect.minY)); band.line(to: Point(rect.minX, rect.minY)); band.close()
                    canvas.add(.shape(Shape(path: band, fill: theme.faint)), what: "funnel band")
                }
                canvas.fill(rect, theme.accent)
                previousBar = (rect.minX, rect.maxX, rect.maxY)
                let line = canvas.measure(values[i], valueStyle)
                canvas.placeLogical(line, logicalX: valueEnd, baseline: mid + (line.ascent - line.descent) / 2, h: .end,
                                    what: "value '\(values[i])'")
            } else {
                let w = barArea * 0.5
                let rect = canvas.logicalRect(centre - w / 2, y + 0.5, w, rowHeight - 1)
                canvas.add(.shape(Shape(path: .rect(rect), stroke: Stroke(color: theme.absent, width: 0.75, dash: [2, 2]))),
                           what: "no-data mark")
                let label = canvas.measure(Words.absent(stages[i].value, theme.language), absentStyle)
                canvas.placeLogical(label, logicalX: centre, baseline: mid + (label.ascent - label.descent) / 2, h: .middle,
                                    what: "no-data label")
                let dash = canvas.measure("–", valueStyle.with(color: theme.absent))
                canvas.placeLogical(dash, logicalX: valueEnd, baseline: mid + (dash.ascent - dash.descent) / 2, h: .end,
                                    what: "absent value")
                previousBar = nil
            }
            y += rowHeight + gap
        }
        return canvas.finish(altText: altText(theme))
    }

    func altText(_ theme: Theme) -> String {
        Words.chart("alt-funnel", theme.language) + ". " + stages.indices.map { i in
            stages[i].label + ": " + (stages[i].value.isAbsent ? Words.absent(stages[i].value, theme.language) : valueText(i, theme: theme))
        }.joined(separator: "; ")
    }
}
