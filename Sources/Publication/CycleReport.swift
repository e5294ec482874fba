import A4PIndicators
import A4PLayoutSpec
import Foundation

/// What the publication's cycle is missing, told after an export's summary: its figures that no
/// page shows, languages printing the cycle's name in English, blocks showing an older period,
/// prose written about an earlier cycle. `--strict` makes each an error.
public struct CycleReport: Sendable {
    public var cycle: Period
    /// Available figures of the cycle that no exported page shows.
    public var unshown: [Observation]
    /// Languages of the set with no `period.<cycle>` in their translation table.
    public var untranslated: [String]
    /// The warnings of blocks showing an older period and of stale prose (one per spec line).
    public var warnings: [Diagnostic]

    /// Rules of the warnings that belong to the report rather than to the spec check.
    /// (`untranslated-period` is listed once per language, from the tables, not per spec.)
    public static let rules: Set<String> = ["older-period", "stale-prose", "untranslated-period"]

    public init?(dataset: Dataset, cycle name: String?, items: [PublicationItem], translations: Translations, log: DiagnosticLog) {
        guard let reporting = ReportingCycle(named: name, dataset: dataset) else { return nil }
        cycle = reporting.current
        let shown = items.reduce(into: Set<ObservationKey>()) { $0.formUnion($1.output.shown) }
        unshown = Coverage(dataset: dataset, shown: shown, priorities: []).missing.filter { $0.period == reporting.current.id }
        let languages = Set(items.map(\.output.language)).subtracting(["en"])
        untranslated = languages.filter { translations.tables[$0]?["period.\(reporting.current.id)"] == nil }.sorted()
        // A template repeats a block per mission and language: one line per spec position.
        var seen = Set<String>()
        warnings = log.sorted.filter { $0.rule != "untranslated-period" && Self.rules.contains($0.rule) && seen.insert("\($0.position) \($0.message)").inserted }
    }

    public var isEmpty: Bool { unshown.isEmpty && untranslated.isEmpty && warnings.isEmpty }

    /// The report's lines; `strict` words them as errors.
    public func lines(strict: Bool = false) -> [String] {
        guard !isEmpty else { return ["\(cycle.id): every figure is shown, every language names it, no block falls back"] }
        let kind = strict ? "error" : "warning"
        var out = ["\(cycle.id) (\(cycle.label)) is missing:"]
        if !unshown.isEmpty {
            out.append("  \(kind): \(unshown.count) figure\(unshown.count == 1 ? "" : "s") of \(cycle.id) on no page [unshown-figure]:")
            out += unshown.map { "    \($0.key)  \($0.value.text)  [observations.csv:\($0.line)]" }
        }
        for language in untranslated {
            out.append("  \(kind): \(language): no 'period.\(cycle.id)' in Translations/\(language).yaml; its pages print "
                       + "\"\(cycle.label)\" in English [untranslated-period]")
        }
        out += warnings.map { "  \(kind): \($0.position): \($0.message) [\($0.rule)]" }
        return out
    }
}
