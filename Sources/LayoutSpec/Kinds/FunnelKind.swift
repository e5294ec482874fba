import A4PCharts
import A4PIndicators

/// Stages: the categories of a breakdown, or several indicators in order (detained → tried → convicted).
enum FunnelKind: ChartKind {
    static let tag = "funnel"
    static let summary = "The categories of a breakdown as stages (reported → investigated → … → convicted)"
    static let schemaTitle = "Stages of a breakdown"
    static let chartTypes: [any Chart.Type] = [Funnel.self]
    static let properties = [BlockKinds.themeOverride]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator, text) = (b.block, b.binder, b.indicator, b.text)
        let m = binder.missionID(block)
        guard let p = binder.period(block, indicator: indicator.id, mission: m) else { return nil }
        guard block.binding.indicators.count > 1 else {
            return Funnel(name: b.name, stages: binder.categories(indicator).map {
                Funnel.Stage(binder.categoryLabel($0), DataBinder.chartValue(b.observation(m, p.id, $0.id)))
            }, format: b.format)
        }
        // Stages are the listed indicators, in order.
        var read: [Observation] = []
        let stages = block.binding.indicators.compactMap { b.dataset.indicator($0.0) }.map { ind -> Funnel.Stage in
            let o = ind.id == indicator.id ? b.observation(m, p.id)
                : b.dataset.observation(ObservationKey(indicator: ind.id, mission: m, period: p.id))
            if let o, ind.id != indicator.id { read.append(o) }
            return Funnel.Stage(text.translations.lookup("indicator.\(ind.id).short", language: text.language)
                               ?? text.translations.label("indicator.\(ind.id)", language: text.language) ?? ind.title, DataBinder.chartValue(o))
        }
        b.record(read)
        return Funnel(name: b.name, stages: stages, format: b.format)
    }
}
