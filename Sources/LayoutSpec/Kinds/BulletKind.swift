import A4PCharts
import A4PIndicators

/// A value against its target: one row per mission (`missions`), per category (`breakdown: true`)
/// or for the block's mission. The target comes from the data (`target-indicator`, read at the
/// row's mission, period and category, else its newest figure for the mission) or is written in
/// the spec (`target`).
enum BulletKind: ChartKind {
    static let tag = "bullet"
    static let summary = "A value as a bar against its target (from the data or the spec), per mission or category"
    static let schemaTitle = "A value against a target"
    static let chartTypes: [any Chart.Type] = [BulletChart.self]
    static let properties = [
        PropertySchema("target-indicator", .string(), "Indicator holding each row's target (e.g. a quota or an initial target)", example: "X.04a"),
        PropertySchema("target", .number(min: -InputLimits.maxValue, max: InputLimits.maxValue), "One target for every row, when the data holds none"),
        PropertySchema("max", .number(min: 0, max: InputLimits.maxValue), default: "100 for percentages, else the largest figure",
                       "The scale's end"),
        BlockKinds.themeOverride,
    ]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator) = (b.block, b.binder, b.indicator)
        let targetIndicator = block.string("target-indicator").flatMap { b.dataset.indicator($0) }
        if let id = block.string("target-indicator"), targetIndicator == nil {
            log.error(block.node["target-indicator"]?.position ?? block.position, rule: "unknown-indicator",
                      "bullet block '\(block.name)': no indicator \(id) in the dataset")
            return nil
        }
        // The rows: (label, mission, category).
        var rows: [(label: String, mission: String, category: String)]
        if block.binding.missions != nil {
            rows = binder.missions(block).map { ($0.id, $0.id, "") }
        } else if block.bool("breakdown") == true {
            let m = binder.missionID(block)
            rows = binder.categories(indicator).map { (binder.categoryLabel($0), m, $0.id) }
        } else {
            let m = binder.missionID(block)
            rows = [(b.text.translations.lookup("indicator.\(indicator.id).short", language: b.text.language)
                     ?? binder.missionLabel(m), m, "")]
        }
        var targets: [Observation] = []
        let bullets = rows.compactMap { row -> BulletChart.Row? in
            guard let p = binder.period(block, indicator: indicator.id, mission: row.mission) else { return nil }
            let value = DataBinder.chartValue(b.observation(row.mission, p.id, row.category))
            var target = block.number("target").map(BulletChart.Target.value)
            if let t = targetIndicator, let o = targetObservation(t, mission: row.mission, period: p.id, category: row.category, b.dataset),
               let n = o.value.number {
                targets.append(o)
                target = .value(n)
            }
            return BulletChart.Row(row.label, value: value, target: target)
        }
        b.record(targets)
        let scaleEnd = block.number("max") ?? (indicator.unit == .percent ? 100 : nil)
        return BulletChart(name: b.name, rows: bullets, format: b.format, maxValue: scaleEnd)
    }

    /// The target at the row's period, else the target indicator's newest figure for the mission.
    static func targetObservation(_ t: Indicator, mission: String, period: String, category: String, _ dataset: Dataset) -> Observation? {
        if let same = dataset.observation(ObservationKey(indicator: t.id, mission: mission, period: period, category: category)) { return same }
        let candidates = dataset.observations(of: t.id).filter { $0.mission == mission && $0.category == category && $0.value.number != nil }
        return candidates.compactMap { o in dataset.period(o.period).map { (o, $0) } }.max { $0.1.end < $1.1.end }?.0
    }
}
