import Foundation

/// A value against the previous period's, written as the reports do: "7 (↑ from 6)",
/// "9% (↓ from 12%)"; an unchanged value is just "5" (a "(= 5)" beside it reads as a placeholder,
/// and the column before already shows the 5). Computed from the two values, never typed. (The data model's
/// `Dataset.PeriodComparison` is the query that finds the two observations; this prints two chart values.)
public struct Trend: Hashable, Sendable {
    public enum Direction: Hashable, Sendable { case up, down, same }
    public var current: ChartValue
    public var previous: ChartValue

    public init(current: ChartValue, previous: ChartValue) { self.current = current; self.previous = previous }

    public var direction: Direction? {
        guard let c = current.number, let p = previous.number else { return nil }
        return c > p ? .up : c < p ? .down : .same
    }

    public var arrow: String? {
        direction.map { switch $0 { case .up: "↑"; case .down: "↓"; case .same: "=" } }
    }

    /// "7 (↑ from 6)" in the theme's language; just the value when it did not change or there is no previous one.
    public func text(format: ValueFormat, theme: Theme) -> String {
        let locale = theme.numberLocale
        let now = format.string(current, locale: locale)
        guard let arrow, !previous.isAbsent else { return now }
        let before = format.string(previous, locale: locale)
        if direction == .same { return now }
        return "\(now) (\(arrow) \(Words.from(theme.language)) \(before))"
    }
}
