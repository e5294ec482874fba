import A4PScene

/// A named run of values, one per category or period, with an optional colour of its own.
/// Bars and lines share it (`BarChart.Series`, `LineChart.Series`).
public struct ChartSeries: Hashable, Sendable {
    public var name: String
    public var values: [ChartValue]
    public var color: Color?
    public init(name: String, values: [ChartValue], color: Color? = nil) {
        self.name = name; self.values = values; self.color = color
    }
}
