import A4PScene
import A4PText

/// Two or three figures as big numbers side by side, each with its label (a period, a category),
/// instead of a bar chart of two or three bars: the reports' own form for so few values. Figures
/// over periods that count the same thing say how each changed from the one before ("↑ from 6").
/// Absent figures are written in words, never drawn as 0.
///
/// Right to left: the cells follow reading order (the first on the right); numbers stay left to right.
public struct BigNumbers: Chart {
    public struct Item: Hashable, Sendable {
        public var label: String
        public var value: ChartValue
        /// The figure before it counts the same thing: print the change.
        public var comparable: Bool
        public init(_ label: String, _ value: ChartValue, comparable: Bool = false) {
            self.label = label; self.value = value; self.comparable = comparable
        }
    }

    public var name: String
    public var items: [Item]
    public var format: ValueFormat

    public init(name: String, items: [Item], format: ValueFormat = .number()) {
        self.name = name; self.items = items; self.format = format
    }

    /// The size of the numbers: a little under a tile's, so three fit a half-page column.
    static func numberStyle(_ theme: Theme) -> TextStyle { theme.style(.bigNumber).with(size: theme.sizes.bigNumber * 0.8).ltrNumbers }

    struct Metrics {
        var cellWidth: Double, gap: Double, numberStyle: TextStyle, numberAscent: Double, numberHeight: Double
        var labels: [TextBlock], changes: [String?], labelTop: Double, height: Double
    }

    func metrics(width: Double, context: ChartContext) -> Metrics {
        let theme = context.theme, engine = context.engine
        let gap = theme.unit * 3
        let n = Double(max(items.count, 1))
        let cellWidth = max(0, (width - gap * (n - 1)) / n)
        // The numbers share one size: the largest at which the widest fits its cell (down to half).
        var style = Self.numberStyle(theme)
        let widest = items.map { engine.line(format.string($0.value, locale: theme.numberLocale), style: style).width }.max() ?? 0
        if widest > cellWidth, widest > 0 { style = style.with(size: style.size * max(0.5, cellWidth / widest)) }
        let number = engine.line("0", style: style)
        let labelStyle = theme.style(.caption)
        let changes = items.indices.map { change($0, theme) }
        let labels = items.indices.map { i in
            engine.paragraph(([items[i].label] + [changes[i]].compactMap { $0 }).joined(separator: "\n"), style: labelStyle, width: max(1, cellWidth))
        }
        let labelTop = number.ascent + number.descent + theme.unit
        let height = labelTop + (labels.map(\.height).max() ?? 0)
        return Metrics(cellWidth: cellWidth, gap: gap, numberStyle: style, numberAscent: number.ascent, numberHeight: number.ascent + number.descent,
                       labels: labels, changes: changes, labelTop: labelTop, height: height)
    }

    /// "↑ from 6" against the figure before, when both are stated and comparable; nothing when it did
    /// not change (the number before it already says so).
    func change(_ i: Int, _ theme: Theme) -> String? {
        guard i > 0, items[i].comparable, !items[i].value.isAbsent, !items[i - 1].value.isAbsent else { return nil }
        let trend = Trend(current: items[i].value, previous: items[i - 1].value)
        guard let arrow = trend.arrow, trend.direction != .same else { return nil }
        let before = format.string(items[i - 1].value, locale: theme.numberLocale)
        return "\(arrow) \(Words.from(theme.language)) \(before)"
    }

    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        guard width.isFinite, width > 0, !items.isEmpty else { return ChartSize(height: 0) }
        let m = metrics(width: width, context: context)
        return ChartSize(height: m.height, heroBaseline: m.numberAscent)
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "big numbers '\(name)'")
        let theme = context.theme
        guard !items.isEmpty else {
            canvas.report("has no figures to show")
            return canvas.finish(altText: nil)
        }
        let m = metrics(width: box.width, context: context)
        for (i, item) in items.enumerated() {
            let x = box.minX + Double(i) * (m.cellWidth + m.gap)
            let cell = canvas.mirrored(Rect(x: x, y: box.minY, width: m.cellWidth, height: box.height))
            let absent = item.value.isAbsent
            let text = absent ? Words.absent(item.value, theme.language) : format.string(item.value, locale: theme.numberLocale)
            let style = absent ? theme.style(.caption, color: theme.absent) : m.numberStyle
            let line = canvas.measure(text, style)
            let anchorX = theme.isRightToLeft ? cell.maxX : cell.minX
            canvas.place(line, at: Point(anchorX, box.minY + m.numberAscent), h: theme.isRightToLeft ? .end : .start,
                         what: "figure '\(text)'")
            canvas.paragraph(m.labels.indices.contains(i) ? [item.label, m.changes[i]].compactMap { $0 }.joined(separator: "\n") : item.label,
                             theme.style(.caption), in: Rect(x: cell.minX, y: box.minY + m.labelTop, width: cell.width,
                                                              height: box.maxY - box.minY - m.labelTop))
        }
        return canvas.finish(altText: altText(theme))
    }

    /// "Figures: Cycle 4 6, Cycle 5 7, Cycle 6 7".
    func altText(_ theme: Theme) -> String {
        name + ": " + items.map { "\($0.label) \($0.value.isAbsent ? Words.absent($0.value, theme.language) : format.string($0.value, locale: theme.numberLocale))" }
            .joined(separator: ", ")
    }
}
