/// A calendar day, enough for period bounds and ordering (no time zones involved).
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

/// A time span an observation refers to: a reporting cycle, a year, a fiscal year, or an "as of" date.
public struct Period: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A4P+ reporting cycle (C4, C5, C6…).
        case cycle
        /// A one-off overview report (Nov 2021 – Apr 2022).
        case overview
        case year
        case fiscalYear = "fiscal_year"
        /// A single day: "as of" figures and cumulative counts up to that day.
        case date
        /// Any other span (e.g. a multi-year total).
        case span
    }

    public var id: String
    public var kind: Kind
    public var label: String
    public var start: Day
    public var end: Day
    public var note: String

    public init(id: String, kind: Kind, label: String, start: Day, end: Day, note: String = "") {
        self.id = id
        self.kind = kind
        self.label = label
        self.start = start
        self.end = end
        self.note = note
    }
}
