/// Where a value was read: a seed report and a section of it. Observations add a locator
/// (table caption, row, paragraph) on top.
public struct Source: Sendable, Hashable, Identifiable {
    public var id: String
    /// The seed file name, e.g. `001_0a1858cf93b5ee5d.txt`.
    public var seed: String
    /// The report, e.g. "A4P+ 6th Progress Report (Feb 2025)".
    public var report: String
    /// The period the report covers (a period id).
    public var period: String
    public var section: String
    public var note: String

    public init(id: String, seed: String, report: String, period: String, section: String, note: String = "") {
        self.id = id
        self.seed = seed
        self.report = report
        self.period = period
        self.section = section
        self.note = note
    }

    /// One-line citation: `seed | report | section`.
    public var citation: String { [seed, report, section].filter { !$0.isEmpty }.joined(separator: " | ") }
}
