import A4PScene

/// A named run of values, one per category or period, with an optional colour of its own.
/// Bars and lines share it (`BarChart.Series`, `LineChart.Series`).
public struct ChartSeries: Hashable, Sendable {
    public var name: String
    public var values: [ChartValue]
    public var color: Color?
    /// The palette slot the series takes instead of its position: series of the same thing (one
    /// reporting cycle) keep one colour in every chart of a document.
    public var slot: Int?
    public init(name: String, values: [ChartValue], color: Color? = nil, slot: Int? = nil) {
        self.name = name; self.values = values; self.color = color; self.slot = slot
    }
}
