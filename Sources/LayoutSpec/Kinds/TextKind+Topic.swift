import A4PIndicators

/// One topic, one module: a text block may quote several text indicators on the same topic
/// (`followed-by`), so that a sheet does not print the topic twice under two titles, possibly on two
/// pages (review 5: MINURSO's cycle-4 "pre-emptive actions" on page 1, its cycle-6 "information
/// integrity" texts on page 2). The texts are read as one list, each named by its period.
extension TextKind {
    /// The block's texts: its indicator's (its period's, or its `newest` N), then those of each
    /// `followed-by` indicator (as many), most recent period first; equal periods keep that order.
    static func quotes(_ block: BlockSpec, binder: DataBinder, dataset: Dataset,
                       log: inout DiagnosticLog) -> [(text: String, observation: Observation)] {
        let newest = block.node["newest"]?.int
        var out = newest.map { binder.texts(block, count: $0, log: &log) } ?? (binder.text(block, log: &log).map { [$0] } ?? [])
        for id in followers(block) where dataset.indicator(id) != nil {
            out += binder.texts(block, indicator: id, count: newest ?? 1, log: &log)
        }
        guard out.count > 1 else { return out }
        let ends = out.map { dataset.period($0.observation.period)?.end }
        return out.indices.sorted { a, b in
            switch (ends[a], ends[b]) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a < b
            }
        }.map { out[$0] }
    }

    /// The ids `followed-by` names, in order.
    static func followers(_ block: BlockSpec) -> [String] {
        block.node["followed-by"]?.sequence?.compactMap(\.string) ?? []
    }

    /// An id of `followed-by` that is no indicator of the dataset is an error at its own position.
    static func checkFollowers(_ block: BlockSpec, on page: inout PageBuilder) {
        for item in block.node["followed-by"]?.sequence ?? [] {
            guard let id = item.string, page.dataset.indicator(id) == nil else { continue }
            page.log.error(item.position, rule: "unknown-indicator",
                           "text block '\(block.name)': followed-by names no indicator of the dataset (\(id))",
                           suggestion: Suggestion.closest(to: id, in: page.dataset.indicators.map(\.id)))
        }
    }
}
