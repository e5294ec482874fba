import A4PScene
import A4PText

extension BarChart {
    /// Columns over category labels, value axis with gridlines at the side, values above columns.
    func drawVertical(on canvas: inout Canvas, in area: Rect) {
        let theme = canvas.theme
        let mirror = theme.isRightToLeft && !categoriesAreTime
        let labelStyle = theme.style(.label), valueStyle = theme.style(.value), axisStyle = theme.style(.axis)
        let unit = theme.unit
        let valueFormat = self.valueFormat
        let n = categories.count
        let lineHeight = labelStyle.size * labelStyle.lineHeight
        let domain = LinearScale.zeroBased(max: maxValue)
        let whole = layout != .percentStacked && LinearScale.allWhole(series.flatMap { $0.values.compactMap(\.number) })
        let tickValues = LinearScale(domain: domain, range: 0...1).ticks(4, integer: whole)
        let tickText: (Double) -> String = { t in
            layout == .percentStacked ? ValueFormat.percent().string(t, locale: theme.numberLocale)
                                      : format.string(t, locale: theme.numberLocale)
        }
        let axisOn = showAxis ?? true
        let axisWidth = axisOn ? (tickValues.map { canvas.measure(tickText($0), axisStyle).width }.max() ?? 0) + unit * 1.5 : 0
        let plotX0 = area.minX + axisWidth + 0.5, plotX1 = area.maxX - 0.5
        let band = (plotX1 - plotX0) / Double(n)

        // Category labels under the columns: wrapped to the band (three lines at most) or cut.
        let maxLines = ellipsizeLabels ? 1 : 3
        let blocks = categories.map { canvas.engine.paragraph($0, style: labelStyle, width: band - unit) }
        let labelLines = min(maxLines, blocks.map(\.lines.count).max() ?? 1)
        let labelHeight = (categories.map { canvas.paragraphHeight($0, labelStyle, width: band - unit, maxLines: maxLines) }
            .max() ?? lineHeight) + unit
        _ = labelLines
        // Grouped columns are narrow: when a value label is wider than its column, every label of
        // the chart turns a quarter and stands on its column (no overlap, none dropped).
        let barShare = 0.7
        let groupedThickness = min(band * barShare / Double(max(series.count, 1)), 36)
        let groupedWidths = layout == .grouped && showValues && series.count > 1
            ? series.flatMap { s in s.values.filter { !$0.isAbsent }.map { canvas.measure(label($0, valueFormat, theme: theme), valueStyle).width } } : []
        let rotateValues = groupedWidths.contains { $0 > groupedThickness + 1 }
        let valueHeight = !showValues ? 0 : rotateValues ? (groupedWidths.max() ?? 0) + 3 : valueStyle.size * 1.4
        let plotTop = area.minY + valueHeight + axisStyle.size / 2, plotBottom = area.maxY - labelHeight
        guard plotBottom - plotTop > 20, band > 4 else {
            canvas.report("no room for columns: \(n) categories in \(fmt(area.width))×\(fmt(area.height)) pt")
            return
        }
        let scale = LinearScale(domain: domain, range: plotTop...plotBottom, reversed: true)
        // Left-to-right x of a point, mirrored for right-to-left pages where that applies.
        func mx(_ x: Double) -> Double { mirror ? area.maxX - (x - area.minX) : x }
        func mx(_ r: Rect) -> Rect { mirror ? Rect(x: area.maxX - (r.maxX - area.minX), y: r.y, width: r.width, height: r.height) : r }

        if axisOn {
            for t in tickValues {
                let y = scale.position(t)
                canvas.line(Point(mx(plotX0), y), Point(mx(plotX1), y), theme.grid)
                canvas.text(tickText(t), axisStyle, at: Point(mx(plotX0 - unit), y), h: mirror ? .start : .end, v: .middle)
            }
        }
        for i in 0..<n {
            let bandX = plotX0 + Double(i) * band
            canvas.paragraph(categories[i], labelStyle,
                             in: mx(Rect(x: bandX + unit / 2, y: plotBottom + unit, width: band - unit, height: labelHeight)),
                             alignment: .center, maxLines: maxLines)
            switch layout {
            case .grouped:
                let thickness = groupedThickness
                let groupX = bandX + (band - thickness * Double(series.count)) / 2
                for (k, s) in series.enumerated() {
                    let x = groupX + Double(k) * thickness
                    guard let v = s.values[i].number else {
                        let mid = Point(mx(x + thickness / 2), plotBottom - unit)
                        canvas.line(Point(mid.x, plotBottom), Point(mid.x, plotBottom - unit * 3), theme.absent, width: 1, dash: [1.5, 1.5])
                        let mark = canvas.measure(Words.absent(s.values[i], theme.language), theme.style(.axis, color: theme.absent))
                        if mark.width <= band {
                            canvas.place(mark, at: Point(mid.x, plotBottom - unit * 4), h: .middle, v: .bottom)
                        } else {
                            canvas.text("–", theme.style(.value, color: theme.absent), at: Point(mid.x, plotBottom - unit * 4), h: .middle, v: .bottom)
                        }
                        continue
                    }
                    let top = scale.position(v)
                    canvas.fill(mx(Rect(x: x + 0.5, y: top, width: thickness - 1, height: plotBottom - top)), color(of: k, theme: theme))
                    if showValues {
                        let text = label(s.values[i], valueFormat, theme: theme)
                        let line = canvas.measure(text, valueStyle)
                        if rotateValues {
                            // Reading upwards from just above the column, centred on it.
                            let turn = Transform.rotation(-Double.pi / 2)
                                .concatenating(.translation(mx(x + thickness / 2) + (line.ascent - line.descent) / 2, top - 2))
                            canvas.add(.group(Group(transform: turn, children: line.runs(at: Point(0, 0)).map(Node.text))),
                                       what: "value '\(text)'")
                        } else {
                            canvas.place(line, at: Point(mx(x + thickness / 2), top - 2), h: .middle, v: .bottom,
                                         what: "value '\(text)'")
                        }
                    }
                }
            case .stacked, .percentStacked:
                let thickness = min(band * barShare, 40)
                let x = bandX + (band - thickness) / 2
                let parts: [Double?] = layout == .percentStacked ? shares(i) : series.map { $0.values[i].number }
                var y = plotBottom
                for (k, part) in parts.enumerated() {
                    guard let part, part > 0 else { continue }
                    let h = plotBottom - scale.position(part)
                    let seg = Rect(x: x, y: y - h, width: thickness, height: h)
                    canvas.fill(mx(seg), color(of: k, theme: theme))
                    if showValues {
                        let text = layout == .percentStacked ? ValueFormat.percent().string(part, locale: theme.numberLocale)
                                                             : label(series[k].values[i], valueFormat, theme: theme)
                        let line = canvas.measure(text, valueStyle.with(color: contrasting(color(of: k, theme: theme), theme)))
                        if line.width + 2 < thickness && line.ascent + line.descent < h {
                            canvas.place(line, at: Point(mx(x + thickness / 2), y - h / 2), h: .middle, v: .middle)
                        }
                    }
                    y -= h
                }
                if layout == .stacked && showValues {
                    let total = ChartValue.number(series.reduce(0) { $0 + ($1.values[i].number ?? 0) })
                    canvas.text(label(total, valueFormat, theme: theme), valueStyle, at: Point(mx(x + thickness / 2), y - 2), h: .middle, v: .bottom)
                }
            }
        }
        canvas.line(Point(mx(plotX0), plotBottom), Point(mx(plotX1), plotBottom), theme.ink, width: 0.75)
    }
}
