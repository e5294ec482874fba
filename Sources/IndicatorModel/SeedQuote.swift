import Foundation

/// The seed sentence an observation comes from, verbatim (runs of whitespace collapsed to one
/// space), with its line in the seed file: what a fact-checker reads beside the printed figure.
/// Kept in `Data/quotes.csv` (one row per observation; `Data/tools/quotes.py` finds and checks them).
public struct SeedQuote: Sendable, Hashable {
    /// 1-based line in the seed where the quote starts; 0 when no seed sentence states the figure.
    public var line: Int
    /// The seed's words; empty when no seed sentence states the figure (a count made by us).
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// Reads `quotes.csv` rows into quotes by observation key; a row for no observation is an error.
struct QuoteTable {
    var quotes: [ObservationKey: SeedQuote] = [:]

    mutating func add(_ row: TableRow, observations: Set<ObservationKey>, log: inout DiagnosticLog) {
        let key = ObservationKey(indicator: row["indicator"], mission: row["mission"], period: row["period"], category: row["category"])
        guard observations.contains(key) else {
            log.error(row.position("indicator"), rule: "unknown-observation",
                      "quote for \(key), which observations.csv does not hold; remove the row or add the observation")
            return
        }
        guard let line = Int(row["line"]), line >= 0 else {
            log.error(row.position("line"), rule: "invalid-value", "line \"\(row["line"])\" must be a line number (0 when there is no quote)")
            return
        }
        if quotes[key] != nil {
            log.error(row.position("indicator"), rule: "duplicate-key", "a second quote for \(key)")
            return
        }
        quotes[key] = SeedQuote(line: line, text: row["quote"])
    }
}
