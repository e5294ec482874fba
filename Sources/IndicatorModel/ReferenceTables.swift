/// Reference tables as they are read, with the row-level checks that keep ids clean.
struct ReferenceTables {
    var priorities: [Priority] = []
    var scaleLevels: [String: [Scale.Level]] = [:]
    var scaleOrder: [String] = []
    var categories: [String: [Breakdown.Category]] = [:]
    var breakdownOrder: [String] = []
    var missions: [Mission] = []
    var periods: [Period] = []
    var sources: [Source] = []
    var indicators: [Indicator] = []

    private var seen: [String: [String: Int]] = [:]   // file → id → first line

    /// Reports an empty required cell; returns the cell otherwise.
    func required(_ row: TableRow, _ column: String, log: inout DiagnosticLog) -> String? {
        let value = row[column]
        if value.isEmpty {
            log.error(row.position(column), rule: "missing-field", "\(column) is empty")
            return nil
        }
        return value
    }

    func parse<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ row: TableRow, _ column: String,
                                                   log: inout DiagnosticLog) -> E? where E.RawValue == String {
        let text = row[column]
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        log.error(row.position(column), rule: "invalid-value",
                  "\(column) \"\(text)\" is not one of: \(allowed.joined(separator: ", "))",
                  suggestion: Suggestion.closest(to: text, in: allowed))
        return nil
    }

    func integer(_ row: TableRow, _ column: String, log: inout DiagnosticLog) -> Int? {
        guard let n = Int(row[column]) else {
            log.error(row.position(column), rule: "type-mismatch", "\(column) \"\(row[column].prefix(40))\" is not a whole number")
            return nil
        }
        // Orders and ranks are small: a bound keeps arithmetic on them (spreads, sums) from overflowing.
        guard abs(n) <= 1_000_000 else {
            log.error(row.position(column), rule: "value-range", "\(column) \(n) is out of range; write a whole number from -1000000 to 1000000")
            return nil
        }
        return n
    }

    /// First occurrence wins; a repeat is a `duplicate-id` error naming the first line.
    mutating func unique(_ id: String, _ row: TableRow, column: String, log: inout DiagnosticLog) -> Bool {
        if let first = seen[row.file]?[id] {
            log.error(row.position(column), rule: "duplicate-id", "\(column) \"\(id)\" is already defined on line \(first)")
            return false
        }
        seen[row.file, default: [:]][id] = row.line
        return true
    }

    mutating func addPriority(_ row: TableRow, log: inout DiagnosticLog) {
        guard let id = required(row, "id", log: &log), let title = required(row, "title", log: &log),
              let kind = parse(Priority.Kind.self, row, "kind", log: &log),
              let order = integer(row, "order", log: &log),
              unique(id, row, column: "id", log: &log) else { return }
        priorities.append(Priority(id: id, kind: kind, title: title, order: order))
    }

    mutating func addScaleLevel(_ row: TableRow, log: inout DiagnosticLog) {
        guard let scale = required(row, "scale", log: &log), let level = required(row, "level", log: &log),
              let label = required(row, "label", log: &log), let rank = integer(row, "rank", log: &log),
              unique("\(scale)/\(level)", row, column: "level", log: &log) else { return }
        // Ranks order the levels: two levels of one scale at the same rank cannot be told apart.
        if let same = scaleLevels[scale]?.first(where: { $0.rank == rank }) {
            log.error(row.position("rank"), rule: "duplicate-rank",
                      "rank \(rank) of scale \(scale) is already the rank of level \(same.id); give each level its own rank")
        }
        if scaleLevels[scale] == nil { scaleOrder.append(scale) }
        scaleLevels[scale, default: []].append(Scale.Level(id: level, label: label, rank: rank))
    }

    mutating func addCategory(_ row: TableRow, log: inout DiagnosticLog) {
        guard let breakdown = required(row, "breakdown", log: &log),
              let category = required(row, "category", log: &log),
              let label = required(row, "label", log: &log), let order = integer(row, "order", log: &log),
              unique("\(breakdown)/\(category)", row, column: "category", log: &log) else { return }
        let isTotal = row["is_total"] == "yes"
        if !["", "yes", "no"].contains(row["is_total"]) {
            log.error(row.position("is_total"), rule: "invalid-value", "is_total must be yes, no or empty")
        }
        if categories[breakdown] == nil { breakdownOrder.append(breakdown) }
        categories[breakdown, default: []].append(
            Breakdown.Category(id: category, label: label, order: order, isTotal: isTotal))
    }

    mutating func addMission(_ row: TableRow, log: inout DiagnosticLog) {
        guard let id = required(row, "id", log: &log), let name = required(row, "name", log: &log),
              let kind = parse(Mission.Kind.self, row, "kind", log: &log),
              let status = parse(Mission.Status.self, row, "status", log: &log),
              let political = parse(Mission.Flag.self, row, "political_process", log: &log),
              let ceasefire = parse(Mission.Flag.self, row, "ceasefire_observation", log: &log),
              let agreement = parse(Mission.Agreement.self, row, "agreement", log: &log),
              unique(id, row, column: "id", log: &log) else { return }
        func coordinate(_ column: String, _ range: ClosedRange<Double>) -> Double? {
            let text = row[column]
            guard !text.isEmpty else { return nil }
            guard let v = Double(text), range.contains(v) else {
                log.error(row.position(column), rule: "type-mismatch",
                          "\(column) \"\(text.prefix(40))\" must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)) (decimal degrees)")
                return nil
            }
            return v
        }
        missions.append(Mission(id: id, kind: kind, name: name, location: row["location"], status: status,
                                politicalProcessMandate: political, ceasefireObservationMandate: ceasefire,
                                agreement: agreement, latitude: coordinate("latitude", -90...90),
                                longitude: coordinate("longitude", -180...180), note: row["note"]))
    }

    mutating func addPeriod(_ row: TableRow, log: inout DiagnosticLog) {
        guard let id = required(row, "id", log: &log), let label = required(row, "label", log: &log),
              let kind = parse(Period.Kind.self, row, "kind", log: &log) else { return }
        func day(_ column: String) -> Day? {
            guard let d = Day(iso: row[column]) else {
                log.error(row.position(column), rule: "invalid-date", "\(column) \"\(row[column])\" is not a date YYYY-MM-DD")
                return nil
            }
            return d
        }
        guard let start = day("start"), let end = day("end") else { return }
        if end < start {
            log.error(row.position("end"), rule: "invalid-date", "end \(end) is before start \(start)")
            return
        }
        guard unique(id, row, column: "id", log: &log) else { return }
        periods.append(Period(id: id, kind: kind, label: label, start: start, end: end, note: row["note"]))
    }

    mutating func addSource(_ row: TableRow, log: inout DiagnosticLog) {
        guard let id = required(row, "id", log: &log), let seed = required(row, "seed", log: &log),
              let report = required(row, "report", log: &log), unique(id, row, column: "id", log: &log) else { return }
        let period = row["period"]
        if !period.isEmpty, !periods.contains(where: { $0.id == period }) {
            log.error(row.position("period"), rule: "unknown-period", "unknown period \"\(period)\"",
                      suggestion: Suggestion.closest(to: period, in: periods.map(\.id)))
        }
        sources.append(Source(id: id, seed: seed, report: report, period: period, section: row["section"],
                              note: row["note"]))
    }

    mutating func addIndicator(_ row: TableRow, log: inout DiagnosticLog) {
        guard let id = required(row, "id", log: &log), let title = required(row, "title", log: &log),
              let priority = required(row, "priority", log: &log),
              let unit = parse(IndicatorUnit.self, row, "unit", log: &log),
              unique(id, row, column: "id", log: &log) else { return }
        if !priorities.contains(where: { $0.id == priority }) {
            log.error(row.position("priority"), rule: "unknown-priority", "unknown priority \"\(priority)\"",
                      suggestion: Suggestion.closest(to: priority, in: priorities.map(\.id)))
        }
        let scale = row["scale"]
        if unit == .rating || unit == .category {
            if scale.isEmpty {
                log.error(row.position("scale"), rule: "missing-field", "a \(unit.rawValue) indicator needs a scale")
            } else if scaleLevels[scale] == nil {
                log.error(row.position("scale"), rule: "unknown-scale", "unknown scale \"\(scale)\"",
                          suggestion: Suggestion.closest(to: scale, in: scaleOrder))
            }
        }
        let breakdown = row["breakdown"]
        if !breakdown.isEmpty, categories[breakdown] == nil {
            log.error(row.position("breakdown"), rule: "unknown-breakdown", "unknown breakdown \"\(breakdown)\"",
                      suggestion: Suggestion.closest(to: breakdown, in: breakdownOrder))
        }
        let forms = row["forms"].split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," }).map(String.init)
        indicators.append(Indicator(id: id, title: title, priority: priority, unit: unit,
                                    scale: scale.isEmpty ? nil : scale, breakdown: breakdown.isEmpty ? nil : breakdown,
                                    description: row["description"], forms: forms, flags: row["flags"]))
    }

    mutating func c34Recommendation(_ row: TableRow, seenParagraphs: inout [Int: Int],
                                    log: inout DiagnosticLog) -> C34Recommendation? {
        guard let paragraph = integer(row, "paragraph", log: &log),
              let section = required(row, "section", log: &log),
              let status = parse(C34Status.self, row, "status", log: &log),
              let summary = required(row, "summary", log: &log) else { return nil }
        if let first = seenParagraphs[paragraph] {
            log.error(row.position("paragraph"), rule: "duplicate-key",
                      "paragraph \(paragraph) is already listed on line \(first)")
            return nil
        }
        seenParagraphs[paragraph] = row.line
        let source = row["source"]
        if source.isEmpty {
            log.error(row.position("source"), rule: "missing-source", "the recommendation has no source")
        } else if !sources.contains(where: { $0.id == source }) {
            log.error(row.position("source"), rule: "unknown-source", "unknown source \"\(source)\"",
                      suggestion: Suggestion.closest(to: source, in: sources.map(\.id)))
        }
        return C34Recommendation(paragraph: paragraph, section: section, sectionTitle: row["section_title"],
                                 onlineDetail: row["online_detail"] == "yes", status: status, summary: summary,
                                 source: source, locator: row["locator"])
    }
}
