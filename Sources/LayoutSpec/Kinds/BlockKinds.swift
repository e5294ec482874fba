/// Every kind of block, in the order the schema, the docs and `a4p charts` list them. Adding a kind:
/// one file in this folder (copy the nearest existing kind) and one line here.
enum BlockKinds {
    static let all: [any BlockKind.Type] = [
        HeadingKind.self, TextKind.self,
        KPIKind.self, BarKind.self, LineKind.self, DonutKind.self, TableKind.self, CheckMatrixKind.self,
        FunnelKind.self, WaffleKind.self, SparklineKind.self, DotRatingKind.self, ImpactMatrixKind.self,
        ScaleStripKind.self, MapKind.self,
        ImageKind.self, LegendKind.self, MissionDataKind.self, FigureListKind.self,
        DividerKind.self, PageBreakKind.self, SpacerKind.self, RowKind.self, StackKind.self,
    ]

    private static let byTag: [String: any BlockKind.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.tag, $0) })

    /// The kind a spec's `type:` names, nil for an unknown tag.
    static func named(_ tag: String) -> (any BlockKind.Type)? { byTag[tag] }

    /// The kinds that draw charts of data.
    static var charts: [any ChartKind.Type] { all.compactMap { $0 as? any ChartKind.Type } }

    /// "Theme overrides for this block", a property most drawn kinds take.
    static let themeOverride = PropertySchema("theme", .object("theme"), "Theme overrides for this block")
}
