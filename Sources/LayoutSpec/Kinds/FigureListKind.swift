import A4PCharts
import A4PIndicators

/// Every figure (numbers, yes/no, levels) of some indicators as labelled lines in balanced columns,
/// in their order; `missions`, `periods` and `categories` narrow the selection.
enum FigureListKind: ChartKind {
    static let tag = "figure-list"
    static let summary = "Every figure of some indicators (per mission, dated, yes/no) as labelled lines in columns, with sources"
    static let schemaTitle = "Figures as a list"
    static let chartTypes: [any Chart.Type] = [FigureColumns.self]
    static let properties = [
        PropertySchema("columns", .integer(min: 1, max: 4), default: "2", "Balanced text columns"),
        PropertySchema("categories", .array(.string()), default: "all", "Only these categories (ids)"),
    ]

    /// Every figure is printed with its period: a list is never "older" for lacking the newest cycle.
    static func showsSeries(_ block: BlockSpec) -> Bool { true }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder) = (b.block, b.binder)
        let ids = block.binding.indicators.map(\.0) + (block.binding.indicator.map { [$0.0] } ?? [])
        let missions = block.binding.missions.map { _ in Set(binder.missions(block).map(\.id)) }
            ?? block.binding.mission.map { _ in [binder.missionID(block)] }
        let periods = block.binding.periods.map { _ in Set(binder.periods(block, indicator: ids[0]).map(\.id)) }
        let categories = block.node["categories"]?.sequence.map { Set($0.compactMap(\.string)) }
        var chosen: [Observation] = []
        for id in ids {
            chosen += b.dataset.observations(of: id).filter { o in
                o.value.isAvailable && !o.value.isText && missions.map { $0.contains(o.mission) } != false
                    && periods.map { $0.contains(o.period) } != false && categories.map { $0.contains(o.category) } != false
            }.sorted { order($0, b.dataset) < order($1, b.dataset) }
        }
        b.record(chosen)
        guard !chosen.isEmpty else { return nil }
        // A list bound to one mission (a fact sheet's module) does not repeat its name on every line.
        let sections = binder.figureSections([(nil, chosen)], lead: block.title == nil ? nil : b.name, showMission: missions?.count != 1)
        return FigureColumns(name: b.name, sections: sections, columns: block.node["columns"]?.int ?? 2)
    }

    /// Sort key inside one indicator: mission (system-wide first, then by acronym), period, category.
    static func order(_ o: Observation, _ dataset: Dataset) -> String {
        let mission = o.mission == "ALL" ? "" : o.mission
        let start = dataset.period(o.period)?.start.description ?? ""
        let category = dataset.indicator(o.indicator)?.breakdown.flatMap { dataset.breakdowns[$0]?.category(o.category) }?.order ?? 0
        return "\(mission)|\(start)|\(String(format: "%03d", category))"
    }
}
