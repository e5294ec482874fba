import A4PCharts
import A4PIndicators

/// A tiny line over periods with the last value labelled.
enum SparklineKind: ChartKind {
    static let tag = "sparkline"
    static let summary = "A tiny line over periods with the last value labelled"
    static let schemaTitle = "A tiny line"
    static let chartTypes: [any Chart.Type] = [Sparkline.self]
    static let properties = [BlockKinds.themeOverride]

    static func showsSeries(_ block: BlockSpec) -> Bool { true }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder) = (b.block, b.binder)
        let m = binder.missionID(block)
        let ps = binder.periods(block, indicator: b.indicator.id)
        let labels = binder.periodLabels(ps, indicator: b.indicator.id, missions: [m], category: block.binding.category ?? "")
        return Sparkline(name: b.name, periods: labels, values: ps.map { DataBinder.chartValue(b.observation(m, $0.id)) }, format: b.format)
    }
}
