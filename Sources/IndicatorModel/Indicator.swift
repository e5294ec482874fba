/// What kind of value an indicator takes.
public enum IndicatorUnit: String, Sendable, CaseIterable {
    case count, percent, ratio, boolean
    /// An ordered level of a named scale (7-point evaluation scale, impact, dot ratings…).
    case rating
    /// An unordered level of a named scale (SOFA / SOMA / none…).
    case category
    case text

    public var isNumeric: Bool { self == .count || self == .percent || self == .ratio }
}

/// A named scale: the allowed levels of a `rating` or `category` indicator, in order.
public struct Scale: Sendable, Hashable, Identifiable {
    public struct Level: Sendable, Hashable {
        public var id: String
        public var label: String
        public var rank: Int
    }

    public var id: String
    public var levels: [Level]

    public init(id: String, levels: [Level]) {
        self.id = id
        self.levels = levels.sorted { $0.rank < $1.rank }
    }

    public func level(_ id: String) -> Level? { levels.first { $0.id == id } }
}

/// The categories a breakdown splits an indicator into (e.g. Engineering / Medical / C4ISR / Total).
public struct Breakdown: Sendable, Hashable, Identifiable {
    public struct Category: Sendable, Hashable {
        public var id: String
        public var label: String
        public var order: Int
        /// The category that the others add up to, if the report prints one.
        public var isTotal: Bool
    }

    public var id: String
    public var categories: [Category]

    public init(id: String, categories: [Category]) {
        self.id = id
        self.categories = categories.sorted { $0.order < $1.order }
    }

    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }
    public var total: Category? { categories.first { $0.isTotal } }
}

/// An indicator: what is measured, in which unit, under which priority.
public struct Indicator: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var priority: String
    public var unit: IndicatorUnit
    /// Scale id for `rating` and `category` units.
    public var scale: String?
    /// Breakdown id when observations are split by category.
    public var breakdown: String?
    public var description: String
    /// Chart forms the reports use (KPI, BAR, STACK…), for chart selection.
    public var forms: [String]
    public var flags: String

    public init(id: String, title: String, priority: String, unit: IndicatorUnit, scale: String? = nil,
                breakdown: String? = nil, description: String = "", forms: [String] = [], flags: String = "") {
        self.id = id
        self.title = title
        self.priority = priority
        self.unit = unit
        self.scale = scale
        self.breakdown = breakdown
        self.description = description
        self.forms = forms
        self.flags = flags
    }
}
