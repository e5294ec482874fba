import A4PCharts

/// Every kind of block, in the order the schema, the docs and `a4p charts` list them. Adding a kind:
/// one file in this folder (copy the nearest existing kind) and one line here.
enum BlockKinds {
    // Metatypes of stateless enums: nothing in them can change.
    nonisolated(unsafe) static let all: [any BlockKind.Type] = [
        HeadingKind.self, TextKind.self,
        KPIKind.self, BarKind.self, LineKind.self, DonutKind.self, TableKind.self, CheckMatrixKind.self,
        FunnelKind.self, WaffleKind.self, SparklineKind.self, DotRatingKind.self, ImpactMatrixKind.self,
        ScaleStripKind.self, MapKind.self, BulletKind.self, C34Kind.self,
        ImageKind.self, LegendKind.self, MissionDataKind.self, FigureListKind.self,
        DividerKind.self, PageBreakKind.self, SpacerKind.self, RowKind.self, StackKind.self,
    ]

    nonisolated(unsafe) private static let byTag: [String: any BlockKind.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.tag, $0) })

    /// The kind a spec's `type:` names, nil for an unknown tag.
    static func named(_ tag: String) -> (any BlockKind.Type)? { byTag[tag] }

    /// The kinds that draw charts of data.
    static var charts: [any ChartKind.Type] { all.compactMap { $0 as? any ChartKind.Type } }

    /// What tables and matrices do with a row none of whose figures was reported.
    static let notReported = PropertySchema("not-reported", .string(allowed: ["drop", "show"]), default: "drop",
                                            "A row with nothing reported: drop it and name it in a line under the chart, or show it")

    /// "Theme overrides for this block", a property most drawn kinds take.
    static let themeOverride = PropertySchema("theme", .object("theme"), "Theme overrides for this block")
}

/// The block kinds as the CLI shows them: `a4p charts` lists them, `a4p gallery` draws their samples.
public enum KindCatalogue {
    /// Every kind's spec tag and summary, in the registry's order.
    public static var kinds: [(tag: String, summary: String)] { BlockKinds.all.map { ($0.tag, $0.summary) } }

    /// One gallery entry per kind that draws charts, headed by its spec tag, with the samples of
    /// every chart type it draws (in the order `entries` lists them).
    public static func gallery(_ entries: [GalleryEntry] = GalleryEntry.all) -> [GalleryEntry] {
        BlockKinds.all.compactMap { kind -> GalleryEntry? in
            let types = Set(kind.chartTypes.map { ObjectIdentifier($0) })
            let mine = entries.filter { types.contains(ObjectIdentifier($0.chart)) }
            guard let first = mine.first else { return nil }
            var entry = GalleryEntry(first.chart, summary: mine.map(\.summary).joined(separator: " · "), samples: mine.flatMap(\.samples))
            entry.kind = kind.tag
            return entry
        }
    }

    /// Chart types with gallery samples that no kind draws (a test keeps this empty).
    public static func unclaimed(_ entries: [GalleryEntry] = GalleryEntry.all) -> [String] {
        let drawn = Set(BlockKinds.all.flatMap { kind in kind.chartTypes.map { ObjectIdentifier($0) } })
        return entries.filter { !drawn.contains(ObjectIdentifier($0.chart)) }.map(\.kind)
    }
}
