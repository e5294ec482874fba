/// A number as the reports state it: exact, or "approximately", "over", "nearly"…
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case approximately, over, under, nearly, atLeast, atMost

    /// The sign written before the number.
    public var symbol: String {
        switch self {
        case .approximately: "≈"
        case .over: ">"
        case .under, .nearly: "<"
        case .atLeast: "≥"
        case .atMost: "≤"
        }
    }
}

/// One value of a chart: a number (with its qualifier) or explicitly absent. Absent is drawn as
/// absent, never as zero.
public enum ChartValue: Hashable, Sendable {
    case number(Double, Qualifier? = nil)
    case absent(reason: String? = nil)

    public var number: Double? {
        if case .number(let v, _) = self { return v }
        return nil
    }
    public var qualifier: Qualifier? {
        if case .number(_, let q) = self { return q }
        return nil
    }
    public var isAbsent: Bool { number == nil }
}

extension ChartValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}
