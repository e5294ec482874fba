import A4PCharts
import A4PIndicators

/// Two counts of one fact on one tile (issue 14: MINUSCA's "10" and "174" SOFA/SOMA tiles told one
/// fact twice): the tile's big number is one count, its caption names the other in words ("174 /
/// SOFA/SOMA incidents on record; 10 new in the last six months"), and the other count's own tile
/// yields where that caption names it. A big number of 0 keeps both tiles: a run of zero tiles is
/// said as one sentence in the indicators' own words (`PageBuilder.sayZeros`).
extension KPIKind {
    /// The `aside-caption` (its `{figure}` the aside's number) or, where the aside's figure is 0,
    /// the `aside-none` caption; nil where the tile has no aside, its own figure is 0 or absent, or
    /// the aside is not a number (UNIFIL's "Under Validation" total). The aside's figure is recorded
    /// as shown (source line, coverage).
    static func asideCaption(_ b: inout ChartBinding, _ words: DataBinder, _ mission: String, _ period: String,
                             log: inout DiagnosticLog) -> String? {
        let block = b.block
        guard let id = block.string("aside"), let own = figure(b.dataset, b.indicator.id, mission, period, block), own != 0,
              let o = observation(b.dataset, id, mission, period), let n = o.value.number else { return nil }
        let value = b.format.string(DataBinder.chartValue(o), locale: Theme.locale(for: b.text.language))
        // `{figure}` is the aside's own placeholder: filled before the spec's placeholders are expanded
        // (written in the spec) and after (written in a translation, which `{t:key}` brings in).
        let template = (n == 0 ? block.string("aside-none") : block.string("aside-caption"))?.replacingOccurrences(of: "{figure}", with: value)
        guard let text = words.label(template, block, log: &log) else { return nil }
        b.record([o])
        return text.replacingOccurrences(of: "{figure}", with: value)
    }

    /// An `aside` or `yields-to` naming no indicator of the dataset is an error at the block.
    static func checkNames(_ block: BlockSpec, _ dataset: Dataset, log: inout DiagnosticLog) {
        for key in ["aside", "yields-to"] {
            guard let id = block.string(key), dataset.indicator(id) == nil else { continue }
            log.error(block.position, rule: "unknown-indicator", "kpi block '\(block.name)': \(key) '\(id)' is no indicator of the dataset",
                      suggestion: Suggestion.closest(to: id, in: dataset.indicators.map(\.id)))
        }
    }

    /// The block names `yields-to` and the mission has a figure other than 0 of it in `period`.
    static func yields(_ block: BlockSpec, _ dataset: Dataset, _ mission: String, _ period: String) -> Bool {
        guard let id = block.string("yields-to") else { return false }
        return (observation(dataset, id, mission, period)?.value.number).map { $0 != 0 } ?? false
    }

    private static func figure(_ dataset: Dataset, _ id: String, _ mission: String, _ period: String, _ block: BlockSpec) -> Double? {
        observation(dataset, id, mission, period, category: block.binding.category ?? "")?.value.number
    }

    private static func observation(_ dataset: Dataset, _ id: String, _ mission: String, _ period: String,
                                    category: String = "") -> Observation? {
        dataset.observation(ObservationKey(indicator: id, mission: mission, period: period, category: category))
    }
}
