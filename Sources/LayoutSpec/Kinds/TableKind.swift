import A4PCharts
import A4PIndicators

/// A pivot of the dataset with trends (see `PivotTable`).
enum TableKind: ChartKind {
    static let tag = "table"
    static let summary = "A pivot: indicators, missions, periods or categories as rows, columns and column groups, with trends"
    static let schemaTitle = "A table with trends"
    static let chartTypes: [any Chart.Type] = [TrendTable.self]
    static let properties = [
        PropertySchema("rows", .string(allowed: PivotTable.Axis.names), default: "indicators", "What the rows are"),
        PropertySchema("columns", .string(allowed: PivotTable.Axis.names), default: "periods", "What the columns are"),
        PropertySchema("groups", .string(allowed: PivotTable.Axis.names), "Repeat the columns under a spanning header per group, e.g. periods"),
        PropertySchema("categories", .array(.string()), default: "all of the breakdown",
                       "The categories (ids) shown when rows, columns or groups are categories"),
        PropertySchema("row-labels", .array(.string()), default: "indicator titles, mission acronyms, …",
                       "Short labels for the rows, in order"),
        PropertySchema("column-labels", .array(.string()), default: "period, mission or category names",
                       "Short labels for the columns, in order"),
        PropertySchema("group-labels", .array(.string()), default: "period, mission, category or indicator names",
                       "Short labels for the column groups, in order"),
        PropertySchema("trend", .boolean, default: "true (false with groups)",
                       "Write \"7 (↑ from 6)\" against the previous column of periods, or the period before a fixed one"),
        BlockKinds.notReported,
        BlockKinds.themeOverride,
    ]

    static func showsSeries(_ block: BlockSpec) -> Bool {
        [block.string("rows"), block.string("columns") ?? "periods", block.string("groups")].contains("periods")
    }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        guard let pivot = PivotTable(binder: b.binder, block: b.block, first: b.indicator)
            .build(name: b.name, dropUnreported: b.dropsUnreported, log: &log) else { return nil }
        b.record(pivot.read)
        b.unreported += pivot.unreported
        b.omitted.formUnion(pivot.omitted.map(\.key))
        return pivot.table
    }
}
