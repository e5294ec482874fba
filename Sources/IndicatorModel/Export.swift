import CSV
import Foundation

/// The tidy table: one observation a row, with the indicator's title, priority and unit beside it.
extension Dataset {
    /// Exactly the columns of `a4p data export --format csv`.
    public static let exportColumns = ["indicator", "title", "priority", "mission", "period", "category", "value",
                                       "qualifier", "unit", "source"]

    public struct ExportRow: Sendable, Codable, Hashable {
        public var indicator, title, priority, mission, period, category: String
        /// The value as written in the data; empty when not available.
        public var value: String
        /// The qualifier, or the absent state (`none`, `not_applicable`, `not_reported`).
        public var qualifier: String
        public var unit: String
        /// Full citation: seed file | report | section | locator.
        public var source: String
        /// The numeric value (counts, percents, ratios); nil otherwise.
        public var number: Double?
        public var note: String

        var csvFields: [String] { [indicator, title, priority, mission, period, category, value, qualifier, unit, source] }
    }

    /// Rows in file order of indicators.csv, then mission-table order, then period start, then category.
    public func exportRows() -> [ExportRow] {
        let periodStart = Dictionary(periods.map { ($0.id, $0.start) }, uniquingKeysWith: { a, _ in a })
        return indicators.flatMap { indicator -> [ExportRow] in
            let unit = indicator.unit == .rating || indicator.unit == .category
                ? "\(indicator.unit.rawValue):\(indicator.scale ?? "")" : indicator.unit.rawValue
            let categoryOrder = Dictionary(
                (indicator.breakdown.flatMap { breakdowns[$0] }?.categories ?? []).map { ($0.id, $0.order) },
                uniquingKeysWith: { a, _ in a })
            return observations(of: indicator.id)
                .sorted {
                    (missionOrder($0.mission), periodStart[$0.period] ?? Day(year: 0, month: 1, day: 1),
                     categoryOrder[$0.category] ?? 0)
                        < (missionOrder($1.mission), periodStart[$1.period] ?? Day(year: 0, month: 1, day: 1),
                           categoryOrder[$1.category] ?? 0)
                }
                .map { o in
                    ExportRow(indicator: indicator.id, title: indicator.title, priority: indicator.priority,
                              mission: o.mission, period: o.period, category: o.category, value: o.value.text,
                              qualifier: o.value.state?.rawValue ?? (o.qualifier?.rawValue ?? ""),
                              unit: unit, source: citation(for: o), number: o.value.number, note: o.note)
                }
        }
    }

    /// The tidy table as CSV (quoting by CSV.swift's writer), header first, newline-terminated.
    public func exportCSV() throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: Self.exportColumns)
        for row in exportRows() { try writer.write(row: row.csvFields) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The tidy table as a JSON array of objects (the CSV columns plus `number` and `note`).
    public func exportJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(exportRows()), as: UTF8.self) + "\n"
    }
}
