import A4PCharts
import A4PIndicators

/// Ratings ●●○ of a rating indicator, per category of its breakdown (per mission when several).
enum DotRatingKind: ChartKind {
    static let tag = "dot-rating"
    static let summary = "Ratings ●●○ of a rating indicator, per category of its breakdown"
    static let schemaTitle = "Ratings as dots"
    static let chartTypes: [any Chart.Type] = [DotRating.self]
    static let properties = [BlockKinds.themeOverride]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator) = (b.block, b.binder, b.indicator)
        let scale = indicator.scale.flatMap { b.dataset.scales[$0] }
        let ms = block.binding.missions != nil ? binder.missions(block).map(\.id) : [binder.missionID(block)]
        let levels = (scale?.levels ?? []).sorted { $0.rank < $1.rank }
        var rows: [DotRating.Row] = []
        for m in ms {
            guard let p = binder.period(block, indicator: indicator.id, mission: m) else { continue }
            for c in binder.categories(indicator) {
                guard let o = b.observation(m, p.id, c.id) else { continue }
                let r = binder.rank(o, scale: scale)
                let slot = binder.slotName(indicator, mission: m, period: p.id, category: c)
                if slot?.translated == true { b.translated = true }
                rows.append(DotRating.Row(slot?.name ?? binder.categoryLabel(c),
                                          rating: r.map { .number(Double($0)) } ?? DataBinder.chartValue(o), group: ms.count > 1 ? m : nil))
            }
        }
        // The chart names level r by its r-th name (0…scale): a scale starting at rank 1 (impact3's
        // "No/Low impact" = 1) gets an unused name for 0, not its names shifted one level down.
        let top = max(levels.last?.rank ?? 3, 0)
        let names = (0...top).map { r in
            levels.first { $0.rank == r }.map { withoutDots(binder.levelLabel($0.id, scale: indicator.scale ?? "")) } ?? ""
        }
        return DotRating(name: b.name, scale: levels.last?.rank ?? 3, rows: rows, levels: names)
    }

    /// "Medium contribution (●●○)" → "Medium contribution", and Chinese "中等贡献（●●○）" → "中等贡献":
    /// the report writes each level with its dots; beside the chart's own dots, and again in its
    /// legend, they would say it twice.
    static func withoutDots(_ label: String) -> String {
        for (opening, closing) in [("(", ")"), ("（", "）")] {
            guard label.hasSuffix(closing), let open = label.range(of: opening, options: .backwards),
                  case let inside = label[open.upperBound..<label.index(before: label.endIndex)],
                  !inside.isEmpty, inside.allSatisfy({ "●○◐".contains($0) }) else { continue }
            return String(label[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        return label
    }
}
