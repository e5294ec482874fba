/// What charts ask of the dataset. Every answer carries observations, so their sources follow.
extension Dataset {
    /// One mission's value in a by-mission table or bar chart.
    public struct MissionValue: Sendable, Hashable {
        public var mission: Mission
        public var observation: Observation
        public var value: ObservationValue { observation.value }
    }

    /// Values of an indicator for a period, one per mission (and `ALL` if present), in mission-table order.
    public func values(indicator: String, period: String, category: String = "") -> [MissionValue] {
        observations(of: indicator)
            .filter { $0.period == period && $0.category == category }
            .compactMap { o in mission(o.mission).map { MissionValue(mission: $0, observation: o) } }
            .sorted { missionOrder($0.mission.id) < missionOrder($1.mission.id) }
    }

    /// One point of a series; a period without an observation is explicitly not available.
    public struct SeriesPoint: Sendable, Hashable {
        public var period: Period
        public var observation: Observation?
        public var value: ObservationValue {
            observation?.value ?? .absent(.notReported, reason: "no observation for \(period.id)")
        }
    }

    /// A series over periods of one kind (cycles, years…), ordered by start date. Without `periods`,
    /// every period of `kind` from the first to the last one with an observation is included, so gaps show.
    public func series(indicator: String, mission: String, category: String = "",
                       kind: Period.Kind = .cycle, periods wanted: [String]? = nil) -> [SeriesPoint] {
        let byPeriod = Dictionary(
            observations(of: indicator).filter { $0.mission == mission && $0.category == category }
                .map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        if let wanted {
            return wanted.compactMap { id in period(id).map { SeriesPoint(period: $0, observation: byPeriod[id]) } }
        }
        let ordered = periods.filter { $0.kind == kind }.sorted { $0.start < $1.start }
        guard let first = ordered.firstIndex(where: { byPeriod[$0.id] != nil }),
              let last = ordered.lastIndex(where: { byPeriod[$0.id] != nil }) else { return [] }
        return ordered[first...last].map { SeriesPoint(period: $0, observation: byPeriod[$0.id]) }
    }

    /// One category of a breakdown with its value (or its explicit absence).
    public struct BreakdownPart: Sendable, Hashable {
        public var category: Breakdown.Category
        public var observation: Observation?
        public var value: ObservationValue {
            observation?.value ?? .absent(.notReported, reason: "no observation for \(category.id)")
        }
    }

    /// The categories of an indicator's breakdown for one mission and period, in breakdown order.
    public func breakdown(indicator: String, mission: String, period: String) -> [BreakdownPart] {
        guard let ind = self.indicator(indicator), let breakdownID = ind.breakdown,
              let breakdown = breakdowns[breakdownID] else { return [] }
        return breakdown.categories.map { category in
            BreakdownPart(category: category,
                          observation: observation(ObservationKey(indicator: indicator, mission: mission,
                                                                  period: period, category: category.id)))
        }
    }

    /// The period of the same kind that comes just before `period` (by start date).
    public func previousPeriod(of period: String) -> Period? {
        guard let current = self.period(period) else { return nil }
        return periods.filter { $0.kind == current.kind && $0.start < current.start }
            .max { $0.start < $1.start }
    }

    /// Current observation against the previous period's: "7 (↑ from 6)" in `a4p data show`.
    public func comparison(indicator: String, mission: String, period: String, category: String = "") -> PeriodComparison? {
        guard let current = observation(ObservationKey(indicator: indicator, mission: mission,
                                                       period: period, category: category)) else { return nil }
        let previousPeriod = previousPeriod(of: period)
        let previous = previousPeriod.flatMap {
            observation(ObservationKey(indicator: indicator, mission: mission, period: $0.id, category: category))
        }
        let unit = self.indicator(indicator)?.unit ?? .count
        return PeriodComparison(current: current, previous: previous, previousPeriod: previousPeriod, unit: unit)
    }

    /// The sources behind a set of observations, each once, in first-use order.
    public func sources(for observations: [Observation]) -> [Source] {
        var seen = Set<String>()
        return observations.compactMap { o in
            guard seen.insert(o.source).inserted else { return nil }
            return source(o.source)
        }
    }

    /// Full citation of one observation: seed, report, section and locator.
    public func citation(for observation: Observation) -> String {
        let base = source(observation.source)?.citation ?? observation.source
        return observation.locator.isEmpty ? base : "\(base) | \(observation.locator)"
    }

    /// How much of an indicator is filled: missions and periods with at least one available value.
    /// Not LayoutSpec's `Coverage` (which figures a rendered spec shows): this counts the data alone.
    public struct Completeness: Sendable, Hashable {
        public var missions: Int
        public var periods: Int
        /// Distinct mission × period cells with an available value.
        public var cells: Int
        public var notAvailable: Int
    }

    public func completeness(of indicator: String) -> Completeness {
        let all = observations(of: indicator)
        let available = all.filter { $0.value.isAvailable }
        let cells = Set(available.map { "\($0.mission)|\($0.period)" })
        return Completeness(missions: Set(available.map(\.mission)).count,
                        periods: Set(available.map(\.period)).count,
                        cells: cells.count,
                        notAvailable: all.count - available.count)
    }
}

/// An observation with the previous period's beside it, as the data files write them (sources and
/// periods kept); not Charts' `Trend`, which prints two chart values in a page's language.
public struct PeriodComparison: Sendable, Hashable {
    public enum Direction: String, Sendable { case up, down, same, unknown }

    public var current: Observation
    public var previous: Observation?
    public var previousPeriod: Period?
    public var unit: IndicatorUnit

    public var direction: Direction {
        guard let a = current.value.number, let b = previous?.value.number else { return .unknown }
        return a > b ? .up : a < b ? .down : .same
    }

    /// "7 (↑ from 6)", "9% (↓ from 12%)", "5 (= from 5)"; just the value when there is nothing to compare.
    public var formatted: String {
        let now = Self.format(current.value, unit)
        guard let previous, direction != .unknown else { return now }
        let arrow = switch direction { case .up: "↑"; case .down: "↓"; default: "=" }
        return "\(now) (\(arrow) from \(Self.format(previous.value, unit)))"
    }

    static func format(_ value: ObservationValue, _ unit: IndicatorUnit) -> String {
        guard value.isAvailable else { return "–" }
        return unit == .percent ? "\(value.text)%" : value.text
    }
}
