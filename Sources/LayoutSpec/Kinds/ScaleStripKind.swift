import A4PCharts
import A4PIndicators

/// An ordered scale: the level of one mission, or how many missions stand at each level.
enum ScaleStripKind: ChartKind {
    static let tag = "scale-strip"
    static let summary = "An ordered scale: how many missions stand at each level, or the level of one"
    static let schemaTitle = "An ordered scale"
    static let chartTypes: [any Chart.Type] = [ScaleStrip.self, BigNumbers.self]
    static let properties = [
        PropertySchema("form", .string(allowed: ["strip", "numbers"]), default: "strip",
                       "strip: the scale with its counts; numbers: how many missions stand at each level as big numbers side by side (two or three levels, issue 14: not a bar of two numbers)"),
        BlockKinds.themeOverride,
    ]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator) = (b.block, b.binder, b.indicator)
        let scale = indicator.scale.flatMap { b.dataset.scales[$0] }
        let levels = (scale?.levels ?? []).sorted { $0.rank < $1.rank }
        let labels = levels.map { binder.levelLabel($0.id, scale: indicator.scale ?? "") }
        if block.binding.missions == nil, block.binding.mission != nil || binder.currentMission != nil {
            let m = binder.missionID(block)
            guard let p = binder.period(block, indicator: indicator.id, mission: m), let r = binder.rank(b.observation(m, p.id), scale: scale),
                  let index = levels.firstIndex(where: { $0.rank == r }) else { return nil }
            return ScaleStrip(name: b.name, categories: labels, selected: index)
        }
        guard let p = binder.period(block, indicator: indicator.id, mission: nil) else { return nil }
        var counts = [Double](repeating: 0, count: levels.count)
        for m in binder.missions(block) {
            if let r = binder.rank(b.observation(m.id, p.id), scale: scale), let i = levels.firstIndex(where: { $0.rank == r }) { counts[i] += 1 }
        }
        // Two or three counts read as big numbers, each under its level's name (no arrow: the levels
        // are not periods of one figure).
        if block.string("form") == "numbers", (2...3).contains(levels.count) {
            return BigNumbers(name: b.name, items: zip(labels, counts).map { BigNumbers.Item($0, .number($1)) })
        }
        return ScaleStrip(name: b.name, categories: labels, counts: counts.map { .number($0) })
    }
}
