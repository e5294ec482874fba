import A4PScene
import A4PText

/// Bullet chart: per row a value as a bar from zero, against a target (a vertical tick) or a target
/// range (two ticks joined along the top), over an optional qualitative band (a grey span), e.g.
/// women's share per personnel category against its gender-parity target. The value is printed at
/// the bar end, moved past a target tick it would cross; the target is named once: "Target 15%" in
/// the key when every row has the same one, otherwise a "Target" column at the far end. Colour
/// carries nothing alone: the value is a bar with its number, the target a tick with its number.
/// An absent value draws no bar, a dashed stub and its words ("not reported"), never 0.
///
/// Right to left: laid out in reading order and mirrored, like horizontal bars (labels on the
/// right, bars growing leftwards); numbers stay left-to-right text.
public struct BulletChart: Chart {
    /// A target value, or a range the value should fall in.
    public enum Target: Hashable, Sendable {
        case value(Double)
        case range(Double, Double)

        /// Low…high, magnitudes held at `ChartValue.maxMagnitude`; nil when not finite.
        var span: ClosedRange<Double>? {
            let (a, b) = switch self { case .value(let v): (v, v); case .range(let l, let h): (l, h) }
            guard a.isFinite, b.isFinite else { return nil }
            let m = ChartValue.maxMagnitude
            let (lo, hi) = (min(max(min(a, b), -m), m), min(max(max(a, b), -m), m))
            return lo...hi
        }
    }

    /// A qualitative span behind a row's bar ("satisfactory"), named in the key.
    public struct Band: Hashable, Sendable {
        public var low: Double
        public var high: Double
        public var label: String
        public init(_ low: Double, _ high: Double, label: String) { self.low = low; self.high = high; self.label = label }
        var span: ClosedRange<Double>? { Target.range(low, high).span }
    }

    public struct Row: Hashable, Sendable {
        public var label: String
        public var value: ChartValue
        public var target: Target?
        public var band: Band?
        public init(_ label: String, value: ChartValue, target: Target? = nil, band: Band? = nil) {
            self.label = label; self.value = value; self.target = target; self.band = band
        }
    }

    public var name: String
    public var rows: [Row]
    public var format: ValueFormat
    /// Where the scale ends (100 for shares), shown as a faint track behind each row; by default a nice
    /// number above every value, target and band, and no track.
    public var maxValue: Double?

    public init(name: String, rows: [Row], format: ValueFormat = .number(), maxValue: Double? = nil) {
        self.name = name; self.rows = rows; self.format = format; self.maxValue = maxValue
    }

    /// Everything the layout needs, worked out from the width alone (the height follows from it).
    struct Metrics {
        var labels: [WrappedText]
        var labelWidth, plotX0, plotX1, keyHeight, trackHeight, barHeight, rowGap: Double
        var rowHeights: [Double]
        var valueTexts: [String]
        var targetTexts: [String?]
        /// The one target every row shares, printed in the key; nil when targets differ (a column).
        var shared: Target?
        var targetColumn: Double
        var height: Double { keyHeight + rowHeights.reduce(0, +) + rowGap * Double(max(0, rowHeights.count - 1)) + 1 }
    }

    func metrics(_ canvas: Canvas, x0: Double, width: Double) -> Metrics {
        let theme = canvas.theme, unit = theme.unit
        let labelStyle = theme.style(.label), valueStyle = theme.style(.value).ltrNumbers
        let valueFormat = format.uniform(for: rows.compactMap(\.value.number))
        let targetFormat = format.uniform(for: rows.compactMap(\.target?.span).flatMap { [$0.lowerBound, $0.upperBound] })
        let valueTexts = rows.map { $0.value.isAbsent ? Words.absent($0.value, theme.language)
                                                      : valueFormat.string($0.value, locale: theme.numberLocale) }
        let targetTexts = rows.map { row in row.target?.span.map { s in
            s.lowerBound == s.upperBound ? targetFormat.string(s.lowerBound, locale: theme.numberLocale)
                : targetFormat.string(s.lowerBound, locale: theme.numberLocale) + "–" + targetFormat.string(s.upperBound, locale: theme.numberLocale)
        } }
        let first = rows.first?.target
        let shared = first != nil && first?.span != nil && rows.allSatisfy({ $0.target == first }) ? first : nil
        let anyTarget = targetTexts.contains { $0 != nil }
        var targetColumn = 0.0
        if anyTarget && shared == nil {
            let header = keyMarkWidth(labelStyle) + unit + canvas.measure(Words.target(theme.language), labelStyle).width
            let widest = targetTexts.compactMap { $0 }.map { canvas.measure($0, labelStyle.ltrNumbers).width }.max() ?? 0
            targetColumn = max(header, widest) + unit * 3
        }
        // Room after the scale's end for a value moved past a tick there (absent words that find no
        // room beside a tick are reported when drawn).
        let reserve = (zip(rows, valueTexts).filter { !$0.0.value.isAbsent }.map { canvas.measure($1, valueStyle).width }.max() ?? 0)
            + unit + 2
        let widest = rows.map { canvas.measure($0.label, labelStyle).width }.max() ?? 0
        let labelWidth = max(0, min(widest, width * 0.38))
        let plotX0 = x0 + labelWidth + unit * 2, plotX1 = x0 + width - targetColumn - reserve - 0.5
        let labels = rows.map { canvas.wrapLabel($0.label, labelStyle, width: labelWidth, maxLines: 3) }
        let trackHeight = labelStyle.size * 2, barHeight = (labelStyle.size * 1.1).rounded()
        let hasKey = anyTarget || rows.contains { $0.band != nil }
        return Metrics(labels: labels, labelWidth: labelWidth, plotX0: plotX0, plotX1: plotX1,
                       keyHeight: hasKey ? labelStyle.size * labelStyle.lineHeight + unit * 2 : 0,
                       trackHeight: trackHeight, barHeight: barHeight, rowGap: unit * 2.5,
                       rowHeights: labels.map { max(trackHeight, $0.height) }, valueTexts: valueTexts,
                       targetTexts: targetTexts, shared: shared, targetColumn: targetColumn)
    }

    /// The height the chart needs at `width`: key line, then each row (its label's lines or the
    /// track, whichever is taller) and the gaps between rows. Too narrow for bars is a problem.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        guard !rows.isEmpty, width.isFinite, width > 0 else { return ChartSize(height: 0) }
        let canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: 0), context: context, chartName: name)
        let m = metrics(canvas, x0: 0, width: width)
        let problems = m.plotX1 - m.plotX0 >= 40 ? [] : [LayoutProblem(chart: "bullet chart '\(name)'", message: "no room for bars at \(fmt(width)) pt wide")]
        return ChartSize(height: m.height, problems: problems)
    }

    func keyMarkWidth(_ style: TextStyle) -> Double { style.size * 0.9 }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "bullet chart '\(name)'")
        let theme = context.theme, unit = theme.unit
        guard !rows.isEmpty else {
            canvas.report("has no data to draw")
            return canvas.finish(altText: nil)
        }
        if rows.contains(where: { ($0.value.number ?? 0) < 0 }) {
            canvas.report("has negative values, which bars starting at zero cannot show")
            return canvas.finish(altText: altText(theme))
        }
        let m = metrics(canvas, x0: box.minX, width: box.width)
        guard m.plotX1 - m.plotX0 >= 40 else {
            canvas.report("no room for bars: labels, values and targets take \(fmt(box.width - max(0, m.plotX1 - m.plotX0))) of \(fmt(box.width)) pt")
            return canvas.finish(altText: altText(theme))
        }
        guard m.height <= box.height + 0.05 else {
            canvas.reportNeededHeight(m.height, "\(rows.count) rows and the key")
            return canvas.finish(altText: altText(theme))
        }
        let cap = maxValue.flatMap { $0.isFinite && $0 > 0 ? min($0, ChartValue.maxMagnitude) : nil }
        let top = (rows.compactMap(\.value.number) + rows.compactMap(\.target?.span?.upperBound)
            + rows.compactMap(\.band?.span?.upperBound)).max() ?? 0
        let domain = cap.map { $0 >= top ? 0...$0 : LinearScale.zeroBased(max: top) } ?? LinearScale.zeroBased(max: top)
        // Text beyond a tick stays out of the target column.
        let limit = box.minX + box.width - m.targetColumn
        let scale = LinearScale(domain: domain, range: m.plotX0...m.plotX1)
        func x(_ v: Double) -> Double { scale.position(min(max(v, domain.lowerBound), domain.upperBound)) }

        drawKey(on: &canvas, m, top: box.minY)
        let labelStyle = theme.style(.label), valueStyle = theme.style(.value).ltrNumbers
        var y = box.minY + m.keyHeight
        for (i, row) in rows.enumerated() {
            let h = m.rowHeights[i], mid = y + h / 2, trackTop = mid - m.trackHeight / 2
            canvas.placeWrapped(m.labels[i], logicalX: m.plotX0 - unit * 2, top: mid - m.labels[i].height / 2, h: .end,
                                what: "label '\(row.label)'")
            // A given scale end (100 for shares) is meaningful: a faint track shows it.
            if cap != nil { canvas.fill(canvas.logicalRect(m.plotX0, trackTop, m.plotX1 - m.plotX0, m.trackHeight), theme.faint) }
            if let band = row.band?.span {
                canvas.fill(canvas.logicalRect(x(band.lowerBound), trackTop, x(band.upperBound) - x(band.lowerBound), m.trackHeight),
                            theme.grid)
            }
            var marks: [Double] = []
            if let span = row.target?.span {
                marks = span.lowerBound == span.upperBound ? [x(span.lowerBound)] : [x(span.lowerBound), x(span.upperBound)]
            }
            // The value: a bar with its number at the end (inside when it fits clear of the ticks).
            let text = m.valueTexts[i]
            if let v = row.value.number {
                let end = x(v)
                canvas.fill(canvas.logicalRect(m.plotX0, mid - m.barHeight / 2, end - m.plotX0, m.barHeight), theme.accent)
                let inside = canvas.measure(text, valueStyle.with(color: contrasting(theme.accent, theme)))
                let insideStart = end - unit - inside.width
                if insideStart >= m.plotX0 + unit, !marks.contains(where: { $0 > insideStart - unit && $0 < end + 1 }) {
                    canvas.placeLogical(inside, logicalX: end - unit, baseline: baseline(inside, mid), h: .end, what: "value '\(text)'")
                } else {
                    let line = canvas.measure(text, valueStyle)
                    placeClear(line, on: &canvas, from: end + unit, marks: marks, mid: mid, limit: limit, what: "value '\(text)'")
                }
            } else {
                canvas.line(Point(canvas.mirrored(m.plotX0), mid), Point(canvas.mirrored(m.plotX0 + unit * 3), mid), theme.absent,
                            width: 1, dash: [1.5, 1.5])
                let line = canvas.measure(text, theme.style(.axis, color: row.band == nil && cap == nil ? theme.absent : theme.secondary))
                placeClear(line, on: &canvas, from: m.plotX0 + unit * 4, marks: marks, mid: mid, limit: limit,
                           what: "absent mark '\(text)'")
            }
            drawTarget(on: &canvas, marks: marks, top: trackTop, height: m.trackHeight, color: theme.ink)
            if m.shared == nil, let t = m.targetTexts[i] {
                let line = canvas.measure(t, labelStyle.ltrNumbers)
                canvas.placeLogical(line, logicalX: box.minX + box.width, baseline: baseline(line, mid), h: .end, what: "target '\(t)'")
            }
            y += h + m.rowGap
        }
        // Zero baseline across the rows.
        canvas.line(Point(canvas.mirrored(m.plotX0), box.minY + m.keyHeight), Point(canvas.mirrored(m.plotX0), y - m.rowGap),
                    theme.ink, width: 0.75)
        return canvas.finish(altText: altText(theme))
    }

    /// The baseline that centres `line` on `mid`.
    private func baseline(_ line: TextLine, _ mid: Double) -> Double { mid + (line.ascent - line.descent) / 2 }

    /// Places `line` at or after logical `x`, moved past any tick in `marks` it would cross; reports it
    /// instead when that pushes it past `limit`.
    private func placeClear(_ line: TextLine, on canvas: inout Canvas, from x: Double, marks: [Double], mid: Double,
                            limit: Double, what: String) {
        var start = x
        for mark in marks.sorted() where mark + 1.5 > start && mark - 1.5 < start + line.width { start = mark + 1 + canvas.theme.unit }
        guard start + line.width <= limit + 0.05 else {
            canvas.report("\(what) would cross a target tick: no room for it after the tick")
            return
        }
        canvas.placeLogical(line, logicalX: start, baseline: baseline(line, mid), what: what)
    }

    /// One tick per mark (2 pt wide, the track's height); a range's two ticks joined along the top.
    private func drawTarget(on canvas: inout Canvas, marks: [Double], top: Double, height: Double, color: Color) {
        for mark in marks { canvas.fill(canvas.logicalRect(mark - 1, top, 2, height), color) }
        if marks.count == 2 { canvas.fill(canvas.logicalRect(marks[0], top, marks[1] - marks[0], 1), color) }
    }

    /// The key line: the target mark and "Target 15%" (or the "Target" column's header), then a
    /// swatch per band label.
    private func drawKey(on canvas: inout Canvas, _ m: Metrics, top: Double) {
        guard m.keyHeight > 0 else { return }
        let theme = canvas.theme, unit = theme.unit, style = theme.style(.label), mark = keyMarkWidth(style)
        let lineHeight = style.size * style.lineHeight, mid = top + lineHeight / 2 + 0.5
        var x = m.plotX0
        func item(_ text: String, at x0: Double, draw: (inout Canvas, Double) -> Void) -> Double {
            draw(&canvas, x0)
            let line = canvas.measure(text, style)
            canvas.placeLogical(line, logicalX: x0 + mark + unit, baseline: baseline(line, mid), what: "key '\(text)'")
            return x0 + mark + unit + line.width + unit * 3
        }
        let word = Words.target(theme.language)
        let markDraw: (Bool) -> (inout Canvas, Double) -> Void = { range in { canvas, x0 in
            let marks = range ? [x0 + 1, x0 + mark - 1] : [x0 + mark / 2]
            drawTarget(on: &canvas, marks: marks, top: mid - lineHeight * 0.45, height: lineHeight * 0.9, color: theme.ink)
        } }
        if let shared = m.shared, let text = m.targetTexts.first ?? nil {
            let isRange = { if case .range = shared { return true } else { return false } }()
            x = item("\(word) \(text)", at: x, draw: markDraw(isRange))
        } else if m.targetColumn > 0 {
            let line = canvas.measure(word, style)
            let start = canvas.box.minX + canvas.box.width - line.width - unit - mark
            _ = item(word, at: start, draw: markDraw(false))
        }
        var seen: Set<String> = []
        for band in rows.compactMap(\.band) where seen.insert(band.label).inserted {
            let end = x + mark + unit + canvas.measure(band.label, style).width
            if end > canvas.box.minX + canvas.box.width - m.targetColumn {
                canvas.report("the key does not fit on one line: \(fmt(end - canvas.box.minX)) of \(fmt(canvas.box.width)) pt")
                return
            }
            x = item(band.label, at: x) { canvas, x0 in
                canvas.fill(canvas.logicalRect(x0, mid - mark / 2, mark, mark), theme.grid)
            }
        }
    }

    /// "Bullet chart: Name: Military contingents 9.9% (target 15%); …", absent values in their words.
    func altText(_ theme: Theme) -> String {
        let locale = theme.numberLocale, word = Words.target(theme.language).lowercased()
        let valueFormat = format.uniform(for: rows.compactMap(\.value.number))
        let targetFormat = format.uniform(for: rows.compactMap(\.target?.span).flatMap { [$0.lowerBound, $0.upperBound] })
        return Words.chart("alt-bullet", theme.language) + ": \(name): " + rows.map { row in
            var s = row.label + " " + (row.value.isAbsent ? Words.absent(row.value, theme.language)
                                                          : valueFormat.string(row.value, locale: locale))
            var notes: [String] = []
            if let t = row.target?.span {
                notes.append(word + " " + (t.lowerBound == t.upperBound ? targetFormat.string(t.lowerBound, locale: locale)
                    : targetFormat.string(t.lowerBound, locale: locale) + "–" + targetFormat.string(t.upperBound, locale: locale)))
            }
            if let b = row.band, let span = b.span {
                notes.append("\(b.label) \(format.string(span.lowerBound, locale: locale))–\(format.string(span.upperBound, locale: locale))")
            }
            if !notes.isEmpty { s += " (" + notes.joined(separator: "; ") + ")" }
            return s
        }.joined(separator: ", ")
    }
}
