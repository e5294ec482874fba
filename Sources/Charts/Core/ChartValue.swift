// `Qualifier` (how the report hedges a number) and `Absence` (why a value is missing) are shared with the data model.
@_exported import A4PVocabulary

/// One value of a chart: a number (with its qualifier) or explicitly absent. Absent is drawn as
/// absent, never as zero.
public enum ChartValue: Hashable, Sendable {
    case number(Double, Qualifier? = nil)
    case absent(reason: String? = nil, state: Absence = .notReported)

    /// The number to draw: NaN and infinities count as absent, magnitudes beyond `maxMagnitude` are
    /// held there (data is bounded when it is read; this keeps sums and scales finite whatever comes).
    public var number: Double? {
        if case .number(let v, _) = self, v.isFinite { return min(max(v, -Self.maxMagnitude), Self.maxMagnitude) }
        return nil
    }
    public static let maxMagnitude = 1e15
    public var qualifier: Qualifier? {
        if case .number(_, let q) = self { return q }
        return nil
    }
    public var isAbsent: Bool { number == nil }
    /// The absent state; nil for a number.
    public var absence: Absence? {
        if case .absent(_, let state) = self { return state }
        return nil
    }
}

extension ChartValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}
