import A4PScene
import A4PText

extension BarChart {
    /// Labels in a column on the leading side, bars growing from a zero baseline, values at the bar
    /// ends (inside when they fit, outside otherwise). Laid out left to right, then mirrored.
    func drawHorizontal(on canvas: inout Canvas, in area: Rect) {
        let theme = canvas.theme
        let rtl = theme.isRightToLeft
        let labelStyle = theme.style(.label), valueStyle = theme.style(.value), axisStyle = theme.style(.axis)
        let unit = theme.unit
        let valueFormat = self.valueFormat
        let axisOn = showAxis ?? !showValues
        let n = categories.count

        // Value labels outside the bars need room at the far end.
        let valueTexts = series.map { s in s.values.map { label($0, valueFormat, theme: theme) } }
        let totals = categories.indices.map { i in ChartValue.number(series.reduce(0) { $0 + ($1.values[i].number ?? 0) }) }
        let outsideTexts: [String] = switch layout {
        case .grouped: valueTexts.flatMap { $0 }
        case .stacked: totals.map { label($0, valueFormat, theme: theme) }
        case .percentStacked: []
        }
        let reserve = showValues ? (outsideTexts.map { canvas.measure($0, valueStyle).width }.max() ?? 0) + unit : 0
        let axisHeight = axisOn ? axisStyle.size * 1.6 : 0

        // Category label column: as wide as the widest label, at most 38 % of the chart.
        let widest = categories.map { canvas.measure($0, labelStyle).width }.max() ?? 0
        let labelWidth = min(widest, area.width * 0.38)
        let plotX0 = area.minX + labelWidth + unit * 2
        // Half a point in from the edges so strokes on the plot's border stay inside the box.
        let plotX1 = area.maxX - reserve - 0.5
        let plotTop = area.minY + 0.5, plotBottom = area.maxY - axisHeight - 0.5
        guard plotX1 - plotX0 > 20 else {
            canvas.report("no room for bars: labels and values take \(fmt(labelWidth + reserve)) of \(fmt(area.width)) pt")
            return
        }
        let band = (plotBottom - plotTop) / Double(n)
        let lineHeight = labelStyle.size * labelStyle.lineHeight
        guard band >= min(lineHeight, labelStyle.size * 1.4) else {
            canvas.report("\(n) categories need \(fmt(lineHeight * Double(n))) pt of height, have \(fmt(plotBottom - plotTop))")
            return
        }
        // Compared as Doubles: Int(band / lineHeight) trapped for a 1e308 pt high block.
        let maxLines = ellipsizeLabels ? 1 : (band / lineHeight >= 2 ? 2 : 1)
        let scale = LinearScale(domain: LinearScale.zeroBased(max: maxValue), range: plotX0...plotX1)
        func mx(_ r: Rect) -> Rect { canvas.mirrored(r) }
        func mx(_ x: Double) -> Double { canvas.mirrored(x) }

        if axisOn {
            let whole = layout != .percentStacked && LinearScale.allWhole(series.flatMap { $0.values.compactMap(\.number) })
            for t in scale.ticks(4, integer: whole) {
                let x = scale.position(t)
                canvas.line(Point(mx(x), plotTop), Point(mx(x), plotBottom), theme.grid)
                let tick = layout == .percentStacked ? ValueFormat.percent().string(t, locale: theme.numberLocale)
                                                     : format.string(t, locale: theme.numberLocale)
                canvas.text(tick, axisStyle, at: Point(mx(x), plotBottom + unit), h: .middle, v: .top)
            }
        }

        let barShare = 0.68
        for i in 0..<n {
            let bandTop = plotTop + Double(i) * band
            // Category label, wrapped or cut, vertically centred on the band.
            let labelRect = Rect(x: area.minX, y: bandTop, width: labelWidth, height: band)
            let used = canvas.paragraphHeight(categories[i], labelStyle, width: labelWidth, maxLines: maxLines)
            canvas.paragraph(categories[i], labelStyle,
                             in: mx(Rect(x: labelRect.x, y: bandTop + (band - used) / 2, width: labelWidth, height: used + 0.1)),
                             alignment: rtl ? .left : .right, maxLines: maxLines)

            switch layout {
            case .grouped:
                let thickness = min(band * barShare / Double(series.count), 22)
                let groupTop = bandTop + (band - thickness * Double(series.count)) / 2
                for (k, s) in series.enumerated() {
                    let y = groupTop + Double(k) * thickness
                    let v = s.values[i]
                    guard let number = v.number else {
                        drawAbsent(on: &canvas, x: plotX0, midY: y + thickness / 2, value: v)
                        continue
                    }
                    let bar = Rect(x: plotX0, y: y + 0.5, width: scale.position(number) - plotX0, height: thickness - 1)
                    canvas.fill(mx(bar), color(of: k, theme: theme))
                    if showValues {
                        drawValueLabel(on: &canvas, text: valueTexts[k][i], bar: bar, barColor: color(of: k, theme: theme))
                    }
                }
            case .stacked, .percentStacked:
                let thickness = min(band * barShare, 22)
                let y = bandTop + (band - thickness) / 2
                let parts: [Double?] = layout == .percentStacked ? shares(i) : series.map { $0.values[i].number }
                if parts.allSatisfy({ $0 == nil }) {
                    drawAbsent(on: &canvas, x: plotX0, midY: y + thickness / 2, value: series.first?.values[i] ?? .absent())
                    continue
                }
                var x = plotX0
                for (k, part) in parts.enumerated() {
                    guard let part, part > 0 else { continue }
                    let w = scale.position(part) - plotX0
                    let seg = Rect(x: x, y: y, width: w, height: thickness)
                    canvas.fill(mx(seg), color(of: k, theme: theme))
                    if showValues {
                        let text = layout == .percentStacked ? ValueFormat.percent().string(part, locale: theme.numberLocale)
                                                             : valueTexts[k][i]
                        let line = canvas.measure(text, valueStyle.with(color: contrasting(color(of: k, theme: theme), theme)))
                        if line.width + unit < w {
                            canvas.place(line, at: Point(mx(x + w / 2), y + thickness / 2), h: .middle, v: .middle)
                        }
                    }
                    x += w
                }
                if layout == .stacked && showValues {
                    canvas.text(label(totals[i], valueFormat, theme: theme), valueStyle, at: Point(mx(x + unit), y + thickness / 2),
                                h: canvas.mirrored(.start), v: .middle)
                }
            }
        }
        // Zero baseline over the bars.
        canvas.line(Point(mx(plotX0), plotTop), Point(mx(plotX0), plotBottom), theme.ink, width: 0.75)
    }

    /// Inside the bar end in a contrasting colour when it fits, else just beyond it.
    private func drawValueLabel(on canvas: inout Canvas, text: String, bar: Rect, barColor: Color) {
        let theme = canvas.theme
        let inside = canvas.measure(text, theme.style(.value, color: contrasting(barColor, theme)))
        let midY = bar.y + bar.height / 2
        if inside.width + theme.unit * 2 <= bar.width && bar.height >= inside.ascent {
            canvas.place(inside, at: Point(canvas.mirrored(bar.maxX - theme.unit), midY), h: canvas.mirrored(.end), v: .middle)
        } else {
            canvas.text(text, theme.style(.value), at: Point(canvas.mirrored(bar.maxX + theme.unit), midY),
                        h: canvas.mirrored(.start), v: .middle)
        }
    }

    /// A short dashed stub and "not reported" ("none", "not applicable") where a bar would start:
    /// absent, not zero.
    private func drawAbsent(on canvas: inout Canvas, x: Double, midY: Double, value: ChartValue) {
        let theme = canvas.theme
        canvas.line(Point(canvas.mirrored(x), midY), Point(canvas.mirrored(x + theme.unit * 3), midY), theme.absent,
                    width: 1, dash: [1.5, 1.5])
        canvas.text(Words.absent(value, theme.language), theme.style(.axis, color: theme.absent),
                    at: Point(canvas.mirrored(x + theme.unit * 4), midY), h: canvas.mirrored(.start), v: .middle)
    }
}

/// White on dark fills, ink on light ones (relative luminance).
func contrasting(_ fill: Color, _ theme: Theme) -> Color {
    func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    let l = 0.2126 * lin(fill.red) + 0.7152 * lin(fill.green) + 0.0722 * lin(fill.blue)
    return l > 0.4 ? theme.ink : .white
}

import Foundation
