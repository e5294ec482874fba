import Foundation

/// A tidy CSV of one's own (`label,value`, optional `series,period,unit,source`; docs/own-data.md),
/// read into a small `Dataset` so every chart kind binds to it unchanged, with no second code path:
/// each label is a mission, each series an indicator, each period a reporting cycle, each source
/// text a source. Read with the dataset's CSV reader, so problems are `file:line:column` diagnostics.
public enum TidyTable {
    static let schema = (required: ["label", "value"], optional: ["series", "period", "unit", "source"])
    /// The project's value kinds that need no scale; `%` for percent, as people write it.
    static let units: [String: IndicatorUnit] = ["count": .count, "percent": .percent, "%": .percent, "ratio": .ratio,
                                                 "boolean": .boolean, "text": .text]
    /// The one priority every indicator of a tidy table belongs to (templates over priorities need one).
    public static let priority = "OWN"
    /// The period of a file without a `period` column.
    public static let onlyPeriod = "all"

    private struct Row {
        var label, series, period, source, value: String
        var unit: IndicatorUnit
        var valueAt, labelAt: SourcePosition
        var line: Int
    }

    /// Reads `url`; diagnostics name it `displayName`. The series of a file without a `series`
    /// column is the file's name without `.csv`.
    public static func load(_ url: URL, displayName: String, limits: CSVReadLimits = .standard) -> LoadResult {
        var log = DiagnosticLog()
        let stem = url.deletingPathExtension().lastPathComponent
        let file = TableSchema(file: url.lastPathComponent, required: schema.required, optional: schema.optional)
        var rows: [Row] = []
        var firstUnit: [String: (IndicatorUnit, Int)] = [:]
        var keys: [String: Set<String>] = [:], overflowed: Set<String> = []
        let found = TableReader.read(url.deletingLastPathComponent(), file, limits: limits, displayName: displayName, log: &log) { row, log in
            // A cell the header has but the row leaves empty is an error; a column the file lacks takes its default.
            func cell(_ column: String, default value: String) -> String? {
                guard row.columns[column] != nil else { return value }
                if row[column].isEmpty {
                    log.error(row.position(column), rule: "missing-field", "\(column) is empty; give every row one, or leave the column out (default: \(value))")
                    return nil
                }
                return row[column]
            }
            let label = row["label"]
            if label.isEmpty { log.error(row.position("label"), rule: "missing-field", "label is empty; name what the value is for") }
            let value = row["value"]
            if value.isEmpty {
                log.error(row.position("value"), rule: "missing-value", "value is empty; write the figure, or leave the row out")
            }
            let unitText = row.columns["unit"] == nil || row["unit"].isEmpty ? "count" : row["unit"]
            let unit = units[unitText.lowercased()]
            if unit == nil {
                log.error(row.position("unit"), rule: "invalid-value",
                          "unit \"\(unitText.prefix(40))\" is not one of: count, percent, ratio, boolean, text (it says how to read the value; what is counted goes in series)",
                          suggestion: Suggestion.closest(to: unitText, in: ["count", "percent", "ratio", "boolean", "text"]))
            }
            guard let series = cell("series", default: stem), let period = cell("period", default: onlyPeriod),
                  let source = cell("source", default: url.lastPathComponent), let unit, !label.isEmpty, !value.isEmpty else { return }
            // Past the limit a new label, series or period is an error (said once a column), not a chart of thousands.
            for (column, key) in [("label", label), ("series", series), ("period", period)] where !keys[column, default: []].contains(key) {
                guard keys[column, default: []].count < InputLimits.tidyKeys else {
                    if !overflowed.contains(column) {
                        log.error(row.position(column), rule: "too-many-keys",
                                  "more than \(InputLimits.tidyKeys) different \(column)s; a tidy table holds at most \(InputLimits.tidyKeys) (split the file)")
                    }
                    overflowed.insert(column)
                    return
                }
            }
            for (column, key) in [("label", label), ("series", series), ("period", period)] { keys[column, default: []].insert(key) }
            // One series is one indicator, and an indicator has one unit.
            if let (first, line) = firstUnit[series], first != unit {
                log.error(row.position("unit"), rule: "mixed-unit",
                          "series \"\(series.prefix(40))\" is \(first.rawValue) on line \(line) and \(unit.rawValue) here; give each series one unit")
                return
            }
            if firstUnit[series] == nil { firstUnit[series] = (unit, row.line) }
            rows.append(Row(label: label, series: series, period: period, source: source, value: value, unit: unit,
                            valueAt: row.position("value"), labelAt: row.position("label"), line: row.line))
        }
        if !found {
            log.error(SourcePosition(file: displayName, line: 1, column: 1), rule: "missing-file", "no such file")
        } else if rows.isEmpty && !log.hasErrors {
            log.error(SourcePosition(file: displayName, line: 1, column: 1), rule: "empty-file", "the file has a header but no rows; add one row per figure")
        }
        return LoadResult(dataset: dataset(rows, log: &log), log: log, rowCounts: [displayName: rows.count])
    }

    private static func dataset(_ rows: [Row], log: inout DiagnosticLog) -> Dataset {
        func distinct(_ key: (Row) -> String) -> [String] {
            var seen = Set<String>()
            return rows.map(key).filter { seen.insert($0).inserted }
        }
        var units: [String: IndicatorUnit] = [:]
        for row in rows where units[row.series] == nil { units[row.series] = row.unit }
        let indicators = distinct(\.series).map { Indicator(id: $0, title: $0, priority: priority, unit: units[$0]!) }
        // `ALL` is the whole, as in the A4P+ data: what a KPI without `mission:` shows, left out of bars.
        let missions = distinct(\.label).map { Mission(id: $0, kind: $0 == "ALL" ? .aggregate : .mission, name: $0 == "ALL" ? "All" : $0) }
        // Periods that all start with a year sort by their text (2023, 2024-Q1); others keep the
        // order they first appear in. Their dates only order them, so they are made up.
        var periodIDs = distinct(\.period)
        if periodIDs.allSatisfy({ $0.prefix(4).allSatisfy(\.isASCII) && $0.prefix(4).allSatisfy(\.isNumber) && $0.count >= 4 }) {
            periodIDs.sort()
        }
        let periods = periodIDs.enumerated().map { i, id in
            Period(id: id, kind: .cycle, label: id == onlyPeriod && periodIDs.count == 1 ? "All" : id,
                   start: Day(year: 1000 + i, month: 1, day: 1), end: Day(year: 1000 + i, month: 1, day: 1))
        }
        let sources = distinct(\.source).map { Source(id: $0, seed: "", report: $0, period: "", section: "") }
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parser = ObservationValidator(reference: ReferenceTables())
        var observations: [Observation] = []
        var firstLine: [ObservationKey: Int] = [:]
        for row in rows {
            let key = ObservationKey(indicator: row.series, mission: row.label, period: row.period)
            if let first = firstLine[key] {
                // Cells are quoted short: a message repeats what it needs to find the row, not a 1 MB field.
                let when = row.period == onlyPeriod ? "" : " in \(row.period.prefix(40))"
                log.error(row.labelAt, rule: "duplicate-key",
                          "\(row.label.prefix(40)) has a value for \(row.series.prefix(40))\(when) on line \(first) already; give each label one value per series and period")
                continue
            }
            switch parser.parse(row.value, as: byID[row.series]!) {
            case .success(let value):
                firstLine[key] = row.line
                observations.append(Observation(key: key, value: value, source: row.source, line: row.line))
            case .failure(let problem):
                log.error(row.valueAt, rule: problem.rule, problem.message, suggestion: problem.suggestion)
            }
        }
        return Dataset(priorities: [Priority(id: priority, kind: .priority, title: "Own data", order: 1)], missions: missions,
                       periods: periods, indicators: indicators, sources: sources, observations: observations, publisher: nil)
    }
}
