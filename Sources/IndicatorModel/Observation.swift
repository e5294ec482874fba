// `Qualifier` (how the report hedges a figure) and `Absence` (why a value is missing) are shared with the charts.
@_exported import A4PVocabulary

/// A value as the report states it. Absence is explicit, never zero.
public enum ObservationValue: Sendable, Hashable {
    /// count, percent (0–100) or ratio (a:b stored as a/b); `text` is the form written in the data file.
    case number(Double, text: String)
    case boolean(Bool)
    /// A level id of the indicator's scale (rating or category units).
    case level(String)
    case text(String)
    /// No value, and why: none, not applicable or not reported, with the reason from the data.
    case absent(Absence, reason: String)

    public var number: Double? { if case .number(let n, _) = self { n } else { nil } }
    /// True for a value; false for every absent state.
    public var isAvailable: Bool { if case .absent = self { false } else { true } }
    /// The absent state, nil for a value.
    public var state: Absence? { if case .absent(let s, _) = self { s } else { nil } }
    /// True when the source says something: a value, or a stated none.
    public var isStated: Bool { isAvailable || state == Absence.none }
    public var isText: Bool { if case .text = self { true } else { false } }

    /// The value as written in the data file (empty when not available).
    public var text: String {
        switch self {
        case .number(_, let text): text
        case .boolean(let b): b ? "yes" : "no"
        case .level(let id): id
        case .text(let t): t
        case .absent: ""
        }
    }
}

/// The identity of an observation; two rows with the same key are a duplicate.
public struct ObservationKey: Sendable, Hashable, CustomStringConvertible {
    public var indicator: String
    public var mission: String
    public var period: String
    /// Empty when the indicator has no breakdown.
    public var category: String

    public init(indicator: String, mission: String, period: String, category: String = "") {
        self.indicator = indicator
        self.mission = mission
        self.period = period
        self.category = category
    }

    public var description: String {
        "\(indicator) × \(mission) × \(period)" + (category.isEmpty ? "" : " × \(category)")
    }
}

/// One value: indicator × mission × period (× category) with its source.
public struct Observation: Sendable, Hashable {
    public var key: ObservationKey
    public var value: ObservationValue
    public var qualifier: Qualifier?
    /// Source id (see `Source`).
    public var source: String
    /// Table caption, row, paragraph: where in the source section.
    public var locator: String
    /// A working note for the people who keep the data; never printed.
    public var note: String
    /// What the figure counts where that differs between periods ("excluding MINUSMA", "formal
    /// mechanisms"), in words for readers; empty for the indicator's own definition. Figures join in a
    /// trend only when their scopes are equal.
    public var scope: String
    /// Line in observations.csv, for diagnostics.
    public var line: Int

    public init(key: ObservationKey, value: ObservationValue, qualifier: Qualifier? = nil, source: String,
                locator: String = "", note: String = "", scope: String = "", line: Int = 0) {
        self.key = key
        self.value = value
        self.qualifier = qualifier
        self.source = source
        self.locator = locator
        self.note = note
        self.scope = scope
        self.line = line
    }

    public var indicator: String { key.indicator }
    public var mission: String { key.mission }
    public var period: String { key.period }
    public var category: String { key.category }

    /// Whether this figure and `other` measure the same thing (same scope), so an arrow may join them.
    public func isComparable(with other: Observation) -> Bool { scope == other.scope }
}
