import A4PCharts
import A4PIndicators

/// A line over periods, one per mission, with an optional dashed target.
enum LineKind: ChartKind {
    static let tag = "line"
    static let summary = "A line over periods, with an optional target"
    static let schemaTitle = "A line over periods"
    static let chartTypes: [any Chart.Type] = [LineChart.self]
    static let properties = [
        PropertySchema("target", .number(min: -InputLimits.maxValue, max: InputLimits.maxValue), "Draw a dashed target line at this value"),
        PropertySchema("target-label", .string(), default: "Target", "Label of the target line"),
        BlockKinds.themeOverride,
    ]

    static func showsSeries(_ block: BlockSpec) -> Bool { true }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator) = (b.block, b.binder, b.indicator)
        let list = block.binding.missions != nil ? binder.missions(block).map(\.id) : [binder.missionID(block)]
        let ps = binder.periods(block, indicator: indicator.id)
        let series = list.map { m in
            LineChart.Series(name: b.dataset.mission(m)?.id ?? m, values: ps.map { DataBinder.chartValue(b.observation(m, $0.id)) })
        }
        let periodNames = binder.periodLabels(ps, indicator: indicator.id, missions: list, category: block.binding.category ?? "")
        let targets = block.number("target").map {
            [LineChart.Target(label: binder.label(block.string("target-label"), block, log: &log) ?? Words.target(b.text.language), value: $0)]
        } ?? []
        return LineChart(name: b.name, periods: periodNames, series: series, targets: targets, format: b.format)
    }
}
