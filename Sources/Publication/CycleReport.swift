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
    /// The manifest's known gaps for this cycle, told rather than listed block by block.
    public var knownGaps: [String]
    /// Labels printed in another language than their document's (a key the table lacks): per language and
    /// key, the language printed and the documents, in export order.
    public var fallbacks: [Fallback]

    public struct Fallback: Sendable, Hashable {
        public var language: String
        public var key: String
        public var printed: String
        public var documents: [String]
    }

    /// Rules of the warnings that belong to the report rather than to the spec check.
    /// (`untranslated-period` is listed once per language, from the tables, not per spec.)
    public static let rules: Set<String> = ["older-period", "stale-prose", "untranslated-period", "missing-translation"]

    public init?(dataset: Dataset, cycle name: String?, items: [PublicationItem], translations: Translations, log: DiagnosticLog,
                 knownGaps: [String: [String]] = [:]) {
        guard let reporting = ReportingCycle(named: name, dataset: dataset) else { return nil }
        cycle = reporting.current
        let shown = items.reduce(into: Set<ObservationKey>()) { $0.formUnion($1.output.shown) }
        unshown = Coverage(dataset: dataset, shown: shown, priorities: []).missing.filter { $0.period == reporting.current.id }
        var fallbacks: [Fallback] = []
        for item in items {
            for (key, printed) in item.output.fallbacks.sorted(by: { $0.key < $1.key }) {
                if let i = fallbacks.firstIndex(where: { $0.language == item.output.language && $0.key == key }) {
                    fallbacks[i].documents.append(item.output.name)
                } else {
                    fallbacks.append(Fallback(language: item.output.language, key: key, printed: printed, documents: [item.output.name]))
                }
            }
        }
        // A new cycle's name is told once per language (untranslated-period), not once per document.
        self.fallbacks = fallbacks.filter { $0.key != "period.\(reporting.current.id)" }
            .sorted { ($0.language, $0.key) < ($1.language, $1.key) }
        let languages = Set(items.map(\.output.language)).subtracting(["en"])
        untranslated = languages.filter { translations.tables[$0]?["period.\(reporting.current.id)"] == nil }.sorted()
        // A template repeats a block per mission and language: one line per spec position.
        var seen = Set<String>()
        // Gaps the manifest lists for this cycle were checked by hand: their blocks are not listed.
        self.knownGaps = knownGaps[reporting.current.id] ?? []
        let known = self.knownGaps.map { "': \($0) has no figure for \(reporting.current.id)" }
        warnings = log.sorted.filter { d in
            d.rule != "untranslated-period" && d.rule != "missing-translation" && Self.rules.contains(d.rule) && !known.contains { d.message.contains($0) }
                && seen.insert("\(d.position) \(d.message)").inserted
        }
    }

    public var isEmpty: Bool { unshown.isEmpty && untranslated.isEmpty && warnings.isEmpty && fallbacks.isEmpty }

    /// The report's lines; `strict` words them as errors.
    public func lines(strict: Bool = false) -> [String] {
        let gaps = knownGaps.isEmpty ? "no block falls back" : "no block falls back but for the known gaps (\(knownGaps.joined(separator: ", ")))"
        guard !isEmpty else { return ["\(cycle.id): every figure is shown, every language names it, \(gaps)"] }
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
        for f in fallbacks {
            let printed = f.printed == "en" ? "in English" : f.printed == "its key" ? "as its key" : "in '\(f.printed)'"
            out.append("  \(kind): \(f.language): '\(f.key)' is not in Translations/\(f.language).yaml; printed \(printed) in "
                       + "\(f.documents.joined(separator: ", ")) [fallback-translation]")
        }
        out += warnings.map { "  \(kind): \($0.position): \($0.message) [\($0.rule)]" }
        return out
    }
}
