/// The whole indicator dataset: reference tables, observations and the C-34 matrix.
/// A value type; build it with `DatasetLoader` (files) or the initializer (tests, other tools).
public struct Dataset: Sendable {
    public private(set) var priorities: [Priority]
    public private(set) var missions: [Mission]
    public private(set) var periods: [Period]
    public private(set) var indicators: [Indicator]
    public private(set) var scales: [String: Scale]
    public private(set) var breakdowns: [String: Breakdown]
    public private(set) var sources: [String: Source]
    public private(set) var observations: [Observation]
    public private(set) var c34: C34Matrix
    /// The seed sentence of each observation that has one (`quotes.csv`).
    public private(set) var quotes: [ObservationKey: SeedQuote]
    /// Who publishes the figures, named after the report in a source line; nil for one's own data
    /// (a tidy CSV), whose figures are not the A4P+ reporting's.
    public private(set) var publisher: String? = "A4P+ Reporting"

    private var observationIndex: [ObservationKey: Int] = [:]
    private var observationsByIndicator: [String: [Int]] = [:]
    private var missionIndex: [String: Int] = [:]
    private var periodIndex: [String: Int] = [:]
    private var indicatorIndex: [String: Int] = [:]

    public init(priorities: [Priority] = [], missions: [Mission] = [], periods: [Period] = [],
                indicators: [Indicator] = [], scales: [Scale] = [], breakdowns: [Breakdown] = [],
                sources: [Source] = [], observations: [Observation] = [], c34: C34Matrix = C34Matrix(recommendations: []),
                quotes: [ObservationKey: SeedQuote] = [:], publisher: String? = "A4P+ Reporting") {
        self.publisher = publisher
        self.priorities = priorities.sorted { $0.order < $1.order }
        self.missions = missions
        self.periods = periods
        self.indicators = indicators
        self.scales = Dictionary(scales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.breakdowns = Dictionary(breakdowns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.observations = observations
        self.c34 = c34
        self.quotes = quotes
        for (i, m) in missions.enumerated() where missionIndex[m.id] == nil { missionIndex[m.id] = i }
        for (i, p) in periods.enumerated() where periodIndex[p.id] == nil { periodIndex[p.id] = i }
        for (i, ind) in indicators.enumerated() where indicatorIndex[ind.id] == nil { indicatorIndex[ind.id] = i }
        for (i, o) in observations.enumerated() {
            if observationIndex[o.key] == nil { observationIndex[o.key] = i }
            observationsByIndicator[o.key.indicator, default: []].append(i)
        }
    }

    public func mission(_ id: String) -> Mission? { missionIndex[id].map { missions[$0] } }
    public func period(_ id: String) -> Period? { periodIndex[id].map { periods[$0] } }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    public func priority(_ id: String) -> Priority? { priorities.first { $0.id == id } }
    public func source(_ id: String) -> Source? { sources[id] }

    /// The observation with exactly this key, if the dataset has one.
    public func observation(_ key: ObservationKey) -> Observation? {
        observationIndex[key].map { observations[$0] }
    }

    /// All observations of an indicator, in file order.
    public func observations(of indicator: String) -> [Observation] {
        (observationsByIndicator[indicator] ?? []).map { observations[$0] }
    }

    /// Missions in reference-table order (the order of missions.csv).
    func missionOrder(_ id: String) -> Int { missionIndex[id] ?? Int.max }
}
