import A4PScene
import A4PText

/// Bars per category, horizontal or vertical: one series, grouped series (cycle against cycle),
/// stacked, or 100 % stacked (rating distributions on a Likert or 7-point scale).
///
/// Right-to-left rule: horizontal bars mirror (labels on the right, bars grow leftwards, legend from
/// the right); vertical bars mirror their category order and put the value axis on the right,
/// except when the categories are periods (`categoriesAreTime`), whose axis keeps running left to
/// right. Numbers stay left-to-right text in both.
public struct BarChart: Chart {
    public enum Orientation: String, Hashable, Sendable { case horizontal, vertical }
    public enum Layout: String, Hashable, Sendable { case grouped, stacked, percentStacked }

    public typealias Series = ChartSeries

    public var name: String
    public var categories: [String]
    public var series: [Series]
    public var orientation: Orientation
    public var layout: Layout
    public var format: ValueFormat
    public var showValues: Bool
    /// Ticks and gridlines; by default on for vertical bars and for horizontal bars without values.
    public var showAxis: Bool?
    /// Cut long category labels with "…" instead of wrapping them (to two lines, three when vertical).
    public var ellipsizeLabels: Bool
    public var categoriesAreTime: Bool
    /// Colours of the series in order; the theme's categorical palette by default (the sequential
    /// one for 100 % stacks, whose parts are ordered levels).
    public var colors: [Color]?

    public init(name: String, categories: [String], series: [Series], orientation: Orientation = .horizontal,
                layout: Layout = .grouped, format: ValueFormat = .number(), showValues: Bool = true,
                showAxis: Bool? = nil, ellipsizeLabels: Bool = false, categoriesAreTime: Bool = false,
                colors: [Color]? = nil) {
        self.name = name; self.categories = categories; self.series = series; self.orientation = orientation
        self.layout = layout; self.format = format; self.showValues = showValues; self.showAxis = showAxis
        self.ellipsizeLabels = ellipsizeLabels; self.categoriesAreTime = categoriesAreTime; self.colors = colors
    }

    /// One series, one value per category.
    public init(name: String, categories: [String], values: [ChartValue], orientation: Orientation = .horizontal,
                format: ValueFormat = .number()) {
        self.init(name: name, categories: categories, series: [Series(name: name, values: values)],
                  orientation: orientation, format: format)
    }

    /// A vertical chart takes 170 pt; a horizontal one a band per category (wider with more series),
    /// a legend line when there are several series or stacks, and the axis when shown.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let legend = series.count > 1 || layout != .grouped ? 20.0 : 0
        if orientation == .vertical { return ChartSize(height: 170) }
        return ChartSize(height: Double(categories.count) * max(16, 7 * Double(series.count) + 8) + legend + (showAxis == true ? 14 : 0))
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "bar chart '\(name)'")
        guard !categories.isEmpty, !series.isEmpty else {
            canvas.report("has no data to draw")
            return canvas.finish(altText: nil)
        }
        for s in series where s.values.count != categories.count {
            canvas.report("series '\(s.name)' has \(s.values.count) values for \(categories.count) categories")
            return canvas.finish(altText: nil)
        }
        if series.contains(where: { $0.values.contains { ($0.number ?? 0) < 0 } }) {
            canvas.report("has negative values, which bars starting at zero cannot show")
            return canvas.finish(altText: nil)
        }
        var area = box
        if series.count > 1 || layout != .grouped {
            let used = Legend.swatches(series.enumerated().map { ($0.element.name, color(of: $0.offset, theme: context.theme)) },
                                       on: &canvas)
            area = Rect(x: box.minX, y: box.minY + used + context.theme.unit, width: box.width,
                        height: box.height - used - context.theme.unit)
        }
        switch orientation {
        case .horizontal: drawHorizontal(on: &canvas, in: area)
        case .vertical: drawVertical(on: &canvas, in: area)
        }
        return canvas.finish(altText: altText(context.theme))
    }

    func color(of series: Int, theme: Theme) -> Color {
        if let colors, !colors.isEmpty { return colors[series % colors.count] }
        if let c = self.series[series].color { return c }
        if layout == .percentStacked { return theme.sequential(self.series.count)[series] }
        return theme.color(series: self.series[series].slot ?? series)
    }

    /// The largest extent the value axis must reach.
    var maxValue: Double {
        switch layout {
        case .grouped: series.flatMap { $0.values.compactMap(\.number) }.max() ?? 0
        case .stacked: categories.indices.map { i in series.reduce(0) { $0 + ($1.values[i].number ?? 0) } }.max() ?? 0
        case .percentStacked: 100
        }
    }

    /// For 100 % stacks: each part as a share of its category's total.
    func shares(_ i: Int) -> [Double?] {
        let total = series.reduce(0) { $0 + ($1.values[i].number ?? 0) }
        return series.map { s in s.values[i].number.map { total > 0 ? $0 / total * 100 : 0 } }
    }

    func altText(_ theme: Theme) -> String {
        let parts = categories.enumerated().map { i, c in
            c + ": " + series.map { s in
                (series.count > 1 ? s.name + " " : "") + format.string(s.values[i], locale: theme.numberLocale,
                                                                       absent: Words.notReported(theme.language))
            }.joined(separator: ", ")
        }
        return "\(name). " + parts.joined(separator: "; ")
    }

    /// The format of value labels: as many decimals on each as the chart's most precise value needs.
    /// Worked out once per drawing and passed to `label`.
    var valueFormat: ValueFormat { format.uniform(for: series.flatMap(\.values).compactMap(\.number)) }

    /// A value label's text in `valueFormat`.
    func label(_ v: ChartValue, _ valueFormat: ValueFormat, theme: Theme) -> String {
        valueFormat.string(v, locale: theme.numberLocale, absent: Words.notReported(theme.language))
    }
}
