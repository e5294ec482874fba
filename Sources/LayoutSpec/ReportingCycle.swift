import A4PIndicators

/// The publication's reporting cycle: what `latest`, `previous` and `latest-N` in specs mean, and
/// the cycle every page header names. Named once (`cycle:` in `Specs/publication.yaml`), else the
/// newest cycle with an available figure, so a period row added before its data moves nothing.
public struct ReportingCycle: Sendable {
    public var current: Period
    /// Every cycle of the dataset, oldest first.
    public var cycles: [Period]

    /// `name` is a cycle id, `latest` or nil (both: the newest cycle with data); nil when the id is
    /// not a cycle or the dataset has no cycle with data.
    public init?(named name: String? = nil, dataset: Dataset) {
        cycles = dataset.periods.filter { $0.kind == .cycle }.sorted { $0.start < $1.start }
        if let name, name != "latest" {
            guard let p = cycles.first(where: { $0.id == name }) else { return nil }
            current = p
        } else {
            let withData = Set(dataset.observations.filter { $0.value.isAvailable }.map(\.period))
            guard let p = cycles.last(where: { withData.contains($0.id) }) else { return nil }
            current = p
        }
    }

    /// The cycle `n` before the current one (0 is the current).
    public func back(_ n: Int) -> Period? {
        guard let i = cycles.firstIndex(where: { $0.id == current.id }), i - n >= 0, n >= 0 else { return nil }
        return cycles[i - n]
    }

    public var previous: Period? { back(1) }

    /// Cycles after the current one: their figures are not the publication's yet.
    public func isNewer(_ p: Period) -> Bool { p.kind == .cycle && p.start > current.start }

    /// How many cycles back a relative expression goes: `latest` 0, `previous` 1, `latest-N` N;
    /// nil for a period id.
    public static func offset(_ expression: String) -> Int? {
        switch expression {
        case "latest": return 0
        case "previous": return 1
        default:
            guard expression.hasPrefix("latest-"), let n = Int(expression.dropFirst("latest-".count)), n >= 0 else { return nil }
            return n
        }
    }

    /// A period expression (`latest`, `previous`, `latest-2` or an id) as a period.
    public func resolve(_ expression: String, dataset: Dataset) -> Period? {
        if let n = Self.offset(expression) { return back(n) }
        return dataset.period(expression)
    }
}

/// What a block bound to the publication's cycle (`period: latest`, or no period) does when its
/// indicator has no figure there: show the newest older figure, named with its period, or say
/// "Not reported in Cycle 7." One default for the set (`when-not-current:` in the manifest), a
/// block may choose otherwise. Series (`periods:`) always show the cycles named on their axis.
public enum NotCurrent: String, Sendable, CaseIterable, Codable {
    case showOlder = "show-older"
    case notReported = "not-reported"
}
