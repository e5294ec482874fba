import A4PCharts
import A4PIndicators

/// Parts of a whole: the categories of a breakdown for one mission and period.
enum DonutKind: ChartKind {
    static let tag = "donut"
    static let summary = "Parts of a whole from a breakdown, labelled \"136 (48%)\""
    static let schemaTitle = "Parts of a whole"
    static let chartTypes: [any Chart.Type] = [DonutChart.self]
    static let properties = [BlockKinds.themeOverride]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator) = (b.block, b.binder, b.indicator)
        let mission = binder.missionID(block)
        guard let period = binder.period(block, indicator: indicator.id, mission: mission),
              let breakdown = indicator.breakdown.flatMap({ b.dataset.breakdowns[$0] }) else { return nil }
        let slices = breakdown.categories.filter { !$0.isTotal }.sorted { $0.order < $1.order }.map { c in
            DonutChart.Slice(label: binder.categoryLabel(c), value: DataBinder.chartValue(b.observation(mission, period.id, c.id)))
        }
        return DonutChart(name: b.name, slices: slices, format: b.format)
    }
}
