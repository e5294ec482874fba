/// Checks each row of observations.csv against the reference tables and turns it into an `Observation`.
/// Rule ids (in brackets in every message) are listed in docs/data.md.
struct ObservationValidator {
    private let indicators: [String: Indicator]
    private let missionIDs: Set<String>
    private let periodIDs: Set<String>
    private let sourceIDs: Set<String>
    private let scales: [String: [Scale.Level]]
    private let categories: [String: [Breakdown.Category]]
    private let reference: ReferenceTables

    private(set) var observations: [Observation] = []
    private var firstLine: [ObservationKey: Int] = [:]

    /// For the parts-versus-total check: running sums of parts and the stated totals.
    private struct GroupKey: Hashable { var indicator, mission, period: String }
    private var partSums: [GroupKey: (sum: Double, count: Int)] = [:]
    private var totals: [GroupKey: (value: Double, position: SourcePosition)] = [:]

    init(reference: ReferenceTables) {
        self.reference = reference
        indicators = Dictionary(reference.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        missionIDs = Set(reference.missions.map(\.id))
        periodIDs = Set(reference.periods.map(\.id))
        sourceIDs = Set(reference.sources.map(\.id))
        scales = reference.scaleLevels
        categories = reference.categories
    }

    mutating func add(_ row: TableRow, log: inout DiagnosticLog) {
        var ok = true
        func error(_ column: String, _ rule: String, _ message: String, suggestion: String? = nil) {
            log.error(row.position(column), rule: rule, message, suggestion: suggestion)
            ok = false
        }

        // Identity: indicator × mission × period × category.
        let indicatorID = row["indicator"], missionID = row["mission"], periodID = row["period"]
        let categoryID = row["category"]
        let indicator = indicators[indicatorID]
        if indicator == nil {
            error("indicator", "unknown-indicator", "unknown indicator \"\(indicatorID)\"",
                  suggestion: Suggestion.closest(to: indicatorID, in: indicators.keys.sorted()))
        }
        if !missionIDs.contains(missionID) {
            error("mission", "unknown-mission", "unknown mission \"\(missionID)\"",
                  suggestion: Suggestion.closest(to: missionID, in: missionIDs.sorted()))
        }
        if !periodIDs.contains(periodID) {
            error("period", "unknown-period", "unknown period \"\(periodID)\"",
                  suggestion: Suggestion.closest(to: periodID, in: periodIDs.sorted()))
        }
        if let indicator {
            if let breakdown = indicator.breakdown {
                let allowed = (categories[breakdown] ?? []).map(\.id)
                if !allowed.contains(categoryID) {
                    error("category", "unknown-category",
                          categoryID.isEmpty
                            ? "\(indicator.id) is broken down by \(breakdown); category must be one of: \(allowed.joined(separator: ", "))"
                            : "unknown category \"\(categoryID)\" for breakdown \(breakdown) (\(allowed.joined(separator: ", ")))",
                          suggestion: Suggestion.closest(to: categoryID, in: allowed))
                }
            } else if !categoryID.isEmpty {
                error("category", "unknown-category",
                      "unknown category \"\(categoryID)\": \(indicator.id) has no breakdown; leave category empty")
            }
        }

        // Status, qualifier, source.
        // ok, or one of the absent states (Absence); not_available was split into the three.
        let status = row["status"].isEmpty ? "ok" : row["status"]
        let states = ["ok"] + Absence.allCases.map(\.rawValue)
        let absentState = Absence(rawValue: status)
        if status != "ok" && absentState == nil {
            let hint = status == "not_available"
                ? "not_available was split: not_reported (unknown), not_applicable (does not apply) or none (the source states none)"
                : "status \"\(status)\" must be one of \(states.joined(separator: ", "))"
            error("status", "invalid-value", hint,
                  suggestion: status == "not_available" ? "did you mean not_reported?" : Suggestion.closest(to: status, in: states))
        }
        var qualifier: Qualifier?
        if !row["qualifier"].isEmpty {
            qualifier = Qualifier(rawValue: row["qualifier"])
            if qualifier == nil {
                error("qualifier", "unknown-qualifier",
                      "unknown qualifier \"\(row["qualifier"])\" (\(Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))",
                      suggestion: Suggestion.closest(to: row["qualifier"], in: Qualifier.allCases.map(\.rawValue)))
            }
        }
        let sourceID = row["source"]
        if sourceID.isEmpty {
            error("source", "missing-source", "the value has no source; every observation must cite one")
        } else if !sourceIDs.contains(sourceID) {
            error("source", "unknown-source", "unknown source \"\(sourceID)\"",
                  suggestion: Suggestion.closest(to: sourceID, in: sourceIDs.sorted()))
        }

        // The value, typed by the indicator's unit.
        let text = row["value"]
        var value: ObservationValue?
        if let absentState {
            if absentState == .none, let unit = indicator?.unit, [.boolean, .text, .rating, .category].contains(unit) {
                error("status", "invalid-value",
                      "none is for counts and shares; a \(unit.rawValue) finding is a value, not_applicable or not_reported")
            }
            if !text.isEmpty {
                error("value", "type-mismatch", "a \(status) row carries no value (found \"\(text)\")")
            }
            if row["note"].isEmpty {
                error("note", "missing-reason", "a \(status) row needs its reason in note")
            }
            value = .absent(absentState, reason: row["note"])
        } else if status != "ok" {
            // Reported above.
        } else if text.isEmpty {
            error("value", "missing-value", "value is empty; write it, or give status not_reported, not_applicable or none with a reason")
        } else if let indicator {
            switch parse(text, as: indicator) {
            case .success(let v): value = v
            case .failure(let problem): error("value", problem.rule, problem.message, suggestion: problem.suggestion)
            }
        }

        let key = ObservationKey(indicator: indicatorID, mission: missionID, period: periodID, category: categoryID)
        if let first = firstLine[key] {
            error("indicator", "duplicate-key", "duplicate observation \(key); first given on line \(first)")
        }
        guard ok, let value, let indicator else { return }
        firstLine[key] = row.line
        observations.append(Observation(key: key, value: value, qualifier: qualifier, source: sourceID,
                                        locator: row["locator"], note: row["note"], scope: row["scope"], line: row.line))

        // Remember parts and totals of count breakdowns.
        if indicator.unit == .count, let breakdown = indicator.breakdown, let n = value.number,
           let category = categories[breakdown]?.first(where: { $0.id == categoryID }),
           categories[breakdown]?.contains(where: \.isTotal) == true {
            let group = GroupKey(indicator: indicatorID, mission: missionID, period: periodID)
            if category.isTotal {
                totals[group] = (n, row.position("value"))
            } else {
                partSums[group, default: (0, 0)].sum += n
                partSums[group, default: (0, 0)].count += 1
            }
        }
    }

    /// Parts that do not add up to the stated total: a warning with both numbers (the reports do print
    /// wrong totals; the data keeps what they print and says so in the note).
    func checkTotals(log: inout DiagnosticLog) {
        for (group, total) in totals.sorted(by: { $0.value.position < $1.value.position }) {
            guard let parts = partSums[group], let breakdown = indicators[group.indicator]?.breakdown,
                  let expected = categories[breakdown]?.filter({ !$0.isTotal }).count,
                  parts.count == expected else { continue }
            if abs(parts.sum - total.value) > 1e-9 {
                log.warning(total.position, rule: "sum-mismatch",
                            "parts of \(group.indicator) × \(group.mission) × \(group.period) add up to \(Self.format(parts.sum)) but the stated total is \(Self.format(total.value))")
            }
        }
    }

    struct Problem: Error {
        var rule: String
        var message: String
        var suggestion: String?
    }

    func parse(_ text: String, as indicator: Indicator) -> Result<ObservationValue, Problem> {
        switch indicator.unit {
        case .count, .percent:
            guard let n = Self.number(text) else {
                if let problem = Self.notPlain(text, unit: indicator.unit.rawValue) { return .failure(problem) }
                let hint = text.contains(",") ? "; write numbers without thousands separators" : ""
                return .failure(Problem(rule: "type-mismatch",
                                        message: "\(indicator.unit.rawValue) value \"\(text)\" is not a number\(hint)"))
            }
            if let problem = Self.outOfRange(n, text) { return .failure(problem) }
            if indicator.unit == .count {
                if n < 0 {
                    return .failure(Problem(rule: "negative-count", message: "count \(text) is negative"))
                }
                if n.rounded() != n {
                    return .failure(Problem(rule: "type-mismatch", message: "count \(text) is not a whole number"))
                }
            } else if !(0...100).contains(n) {
                return .failure(Problem(rule: "percent-range", message: "percent \(text) is outside 0–100"))
            }
            return .success(.number(n, text: text))
        case .ratio:
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 2, let a = Self.number(String(parts[0])), let b = Self.number(String(parts[1])), b != 0 {
                if let problem = Self.outOfRange(a / b, text) { return .failure(problem) }
                return .success(.number(a / b, text: text))
            }
            if parts.count == 1, let a = Self.number(text) {
                if let problem = Self.outOfRange(a, text) { return .failure(problem) }
                return .success(.number(a, text: text))
            }
            return .failure(Problem(rule: "type-mismatch", message: "ratio \"\(text)\" is not a:b or a number"))
        case .boolean:
            switch text {
            case "yes": return .success(.boolean(true))
            case "no": return .success(.boolean(false))
            default:
                return .failure(Problem(rule: "type-mismatch", message: "boolean value \"\(text)\" must be yes or no"))
            }
        case .rating, .category:
            let levels = (indicator.scale.flatMap { scales[$0] } ?? []).map(\.id)
            guard levels.contains(text) else {
                return .failure(Problem(rule: "type-mismatch",
                                        message: "\"\(text)\" is not a level of scale \(indicator.scale ?? "?") (\(levels.joined(separator: ", ")))",
                                        suggestion: Suggestion.closest(to: text, in: levels)))
            }
            return .success(.level(text))
        case .text:
            return .success(.text(text))
        }
    }

    /// A plain decimal: optional minus, digits, optional fraction. No exponents, no separators.
    static func number(_ text: String) -> Double? {
        var digits = 0, dots = 0
        for (i, c) in text.enumerated() {
            if c == "-" && i == 0 { continue }
            if c == "." { dots += 1; continue }
            guard c.isASCII, c.isNumber else { return nil }
            digits += 1
        }
        guard digits > 0, dots <= 1, !text.hasSuffix("."), !text.hasPrefix(".") else { return nil }
        return Double(text)
    }

    /// A number written another way than plain digits ("1e308", "inf"): say what to write instead.
    static func notPlain(_ text: String, unit: String) -> Problem? {
        guard let d = Double(text) else { return nil }
        if !d.isFinite {
            return Problem(rule: "type-mismatch", message: "\(unit) value \"\(text)\" is not a finite number; write plain digits")
        }
        return Problem(rule: "type-mismatch",
                       message: "\(unit) value \"\(text)\" is written with an exponent or sign the data format does not take; write plain digits such as 1500000")
    }

    /// Values beyond ±InputLimits.maxValue: no indicator reaches them, and charts could not draw them.
    static func outOfRange(_ n: Double, _ text: String) -> Problem? {
        guard !(abs(n) <= InputLimits.maxValue) else { return nil }
        return Problem(rule: "value-range",
                       message: "value \"\(text.prefix(40))\" is out of range; values stay within ±\(Int(InputLimits.maxValue)) (1e15)")
    }

    static func format(_ n: Double) -> String {
        n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)
    }
}
