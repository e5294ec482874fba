import A4PCharts
import A4PIndicators

/// Impact levels of a rating indicator: missions (rows) by the categories of its breakdown.
enum ImpactMatrixKind: ChartKind {
    static let tag = "impact-matrix"
    static let summary = "Impact levels of a rating indicator: missions (rows) by categories (columns)"
    static let schemaTitle = "Impact levels"
    static let chartTypes: [any Chart.Type] = [ImpactMatrix.self]
    static let properties = [BlockKinds.notReported, BlockKinds.themeOverride]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator) = (b.block, b.binder, b.indicator)
        let scale = indicator.scale.flatMap { b.dataset.scales[$0] }
        let ms = block.binding.missions != nil ? binder.missions(block) : [b.dataset.mission(binder.missionID(block))].compactMap { $0 }
        let cats = binder.categories(indicator)
        let maxRank = scale?.levels.map(\.rank).max() ?? 3
        let covered = Set(b.dataset.observations(of: indicator.id).map(\.mission))
        var rows: [ImpactMatrix.Row] = []
        for m in ms {
            guard let p = binder.period(block, indicator: indicator.id, mission: m.id) else { continue }
            let levels = cats.map { c -> ImpactMatrix.Level? in
                guard let r = binder.rank(b.observation(m.id, p.id, c.id), scale: scale) else { return nil }
                // Ranks 1…n spread over low…high; a scale starting at 0 keeps 0 as "no impact".
                // A scale whose ranks are all 0 or less has no "high": everything is level 0 (r / 0 trapped).
                let step = max(1, maxRank) == 3 ? r : maxRank > 0 ? Int((Double(r) / Double(maxRank) * 3).rounded()) : 0
                return ImpactMatrix.Level(rawValue: max(0, min(3, step)))
            }
            if levels.contains(where: { $0 != nil }) {
                rows.append(ImpactMatrix.Row(m.id, levels))
            } else if covered.contains(m.id) {
                // Covered but nothing reported: left out and named under the matrix (or shown blank).
                let unknown = cats.allSatisfy { c in
                    switch b.dataset.observation(ObservationKey(indicator: indicator.id, mission: m.id, period: p.id, category: c.id))?.value {
                    case nil, .absent(.notReported, _)?: true
                    default: false
                    }
                }
                if b.dropsUnreported && unknown {
                    b.unreported.names.append(m.id)
                    b.omitted.formUnion(b.observations.filter { $0.mission == m.id && $0.period == p.id }.map(\.key))
                } else { rows.append(ImpactMatrix.Row(m.id, levels)) }
            }
        }
        // The legend names the data's own levels ("No/Low impact") when the scale has three or four.
        var legend: ImpactMatrix.LevelWords?
        if let scale, maxRank == 3, scale.levels.count >= 3 {
            // `Scale` keeps its levels in rank order.
            let named = scale.levels.map { binder.levelLabel($0.id, scale: scale.id) }
            let zero = scale.levels.first?.rank == 0 ? named.first : nil
            let rest = Array(named.suffix(3))
            legend = ImpactMatrix.LevelWords(none: zero, low: rest[0], medium: rest[1], high: rest[2])
        }
        return ImpactMatrix(aspects: cats.map(binder.categoryLabel), rows: rows, legend: legend)
    }
}
