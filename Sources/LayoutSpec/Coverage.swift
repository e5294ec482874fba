import A4PIndicators

/// Which figures of the dataset a rendered spec shows and which it leaves out: the check behind
/// "every figure the seeds carry data for" on priority pages and fact sheets.
public struct Coverage: Sendable {
    /// Available observations in scope that some block shows.
    public var shown: [Observation]
    /// Available observations in scope that no block shows, in data-file order.
    public var missing: [Observation]

    /// Scope: the available observations of `priorities` (all when empty), of `mission` when given;
    /// narrative texts (highlights, strategies) only with `texts`, since they are quotes, not figures.
    public init(dataset: Dataset, shown keys: Set<ObservationKey>, priorities: Set<String>, mission: String? = nil,
                texts: Bool = false) {
        let scope = dataset.observations.filter { o in
            o.value.isAvailable && (texts || !o.value.isText)
                && (priorities.isEmpty || dataset.indicator(o.indicator).map { priorities.contains($0.priority) } == true)
                && (mission == nil || o.mission == mission)
        }
        shown = scope.filter { keys.contains($0.key) }
        missing = scope.filter { !keys.contains($0.key) }
    }

    /// Share of the figures in scope that are shown, 0…1 (1 when the scope is empty).
    public var ratio: Double {
        let total = shown.count + missing.count
        return total == 0 ? 1 : Double(shown.count) / Double(total)
    }
}
