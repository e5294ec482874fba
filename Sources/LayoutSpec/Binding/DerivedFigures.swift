import A4PCharts
import A4PIndicators
import Foundation

/// Figures a page prints that no report prints. A `qualifier: inferred` row is *unstated* when the
/// seed sentence it comes from (`quotes.csv`) does not contain its number ("7" as 11 missions less
/// the 4 ceasefire-observation missions, 54 as twice 27) or when its value is a level read from the
/// order of a printed list (the 2022 overview's two groups under two labels). The chart says so in a
/// line under it, in the reader's words: `derived.<indicator>.<period>` (else `derived.<indicator>`)
/// from the translation table; without one, "Cycle 5: 7: derived from the report, not printed in it".
///
/// Not marked (the seed states the figure, only our reading of its row or column is inferred, as
/// each row's note says): a number the seed's sentence prints (a hospital count placed in its column,
/// a cycle 5 increment printed beside its label), and a yes/no read from a table row.
extension DataBinder {
    /// True for a shown figure of ours, not the report's: see the type's comment.
    func isUnstated(_ o: Observation) -> Bool {
        guard o.qualifier == .inferred else { return false }
        switch o.value {
        case .number(let n, _):
            guard let quote = dataset.quotes[o.key]?.text, !quote.isEmpty else { return true }
            return !DerivedFigures.states(quote, n)
        case .level: return true
        default: return false
        }
    }

    /// The lines under a chart showing unstated figures: one per indicator and period, in the order
    /// shown; two that read the same (one sentence explaining two figures) print once.
    func derivedNotes(_ observations: [Observation]) -> [String] {
        var groups: [(indicator: String, period: String, figures: [Observation])] = []
        var seen: Set<ObservationKey> = []
        for o in observations where isUnstated(o) && seen.insert(o.key).inserted {
            if let i = groups.firstIndex(where: { $0.indicator == o.indicator && $0.period == o.period }) {
                groups[i].figures.append(o)
            } else {
                groups.append((o.indicator, o.period, [o]))
            }
        }
        var notes: [String] = []
        for g in groups {
            let note = derivedWords(g.indicator, g.period) ?? genericDerived(g.figures)
            // Empty words: the figure reads as its source prints it (a count of the names listed
            // under a label) and takes no line of its own (issue 14: no working notes).
            if !note.isEmpty, !notes.contains(note) { notes.append(note) }
        }
        return notes
    }

    /// The reader's sentence for an indicator's derived figures of a period, in the page's language
    /// (a language without it prints the English and is listed with the untranslated labels).
    func derivedWords(_ indicator: String, _ period: String) -> String? {
        let t = text.translations
        guard let key = t.firstWritten(["derived.\(indicator).\(period)", "derived.\(indicator)"]) else { return nil }
        return t.label(key, language: text.language) ?? t.lookup(key, language: "en")
    }

    /// "Cycle 5: 54, 30: derived from the report, not printed in it." for figures nobody explained.
    private func genericDerived(_ figures: [Observation]) -> String {
        let period = dataset.period(figures[0].period).map(shortLabel) ?? figures[0].period
        let values = figures.map { figure($0, dataset.indicator($0.indicator)) }.compactMap { f -> String? in
            if case .number(let v, let format) = f { return format.string(v, locale: Theme.locale(for: text.language)) }
            return nil
        }
        let words = text.translations.lookup("review.derived", language: text.language) ?? "derived from the report, not printed in it"
        let what = values.isEmpty ? period : period + ": " + values.joined(separator: Words.listSeparator(text.language))
        return what + ": " + words + (text.language.hasPrefix("zh") ? "。" : ".")
    }
}

/// What a seed sentence states, for `isUnstated`: the forms `Data/tools/quotes.py` accepts as printing
/// a value (digits with or without thousands separators, "six", "no"/"none"/"nil" for 0, "a woman" for 1),
/// and "all" for 0.
public enum DerivedFigures {
    static let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

    /// True when `sentence` prints `value` in one of those forms. Answered once per sentence and value
    /// (`StatedFigures`): every chart layout asks again for each figure it shows.
    public static func states(_ sentence: String, _ value: Double) -> Bool {
        stated.answer(sentence, value) { findStates(sentence, value) }
    }

    /// The answers so far: a pure function of its two arguments, kept for the process.
    static let stated = StatedFigures()

    /// `states`' work: the sentence's numbers, then its words for small values.
    static func findStates(_ sentence: String, _ value: Double) -> Bool {
        if numbers(in: sentence).contains(value) { return true }
        guard value == value.rounded(), value >= 0, value < Double(words.count) else { return false }
        var forms = [words[Int(value)]]
        // A universal statement leaves no exception: "all these posts are encumbered by men" states
        // 0 women, "all FPU evaluations are satisfactory or above" 0 below it.
        if value == 0 { forms += ["no", "none", "nil", "not any", "all"] }
        if value == 1 { forms += ["another", "a single", "a woman", "a peacekeeper", "a hospital", "a unit", "a mission", "a company"] }
        let lower = sentence.lowercased()
        return forms.contains { f in lower.range(of: "\\b\(f)\\b", options: .regularExpression) != nil }
    }

    /// Every number written in a sentence ("16,984", "98.6", "27"), as values.
    public static func numbers(in sentence: String) -> Set<Double> {
        Set(sentence.matches(of: number).compactMap { m in
            Double(m.output.replacingOccurrences(of: ",", with: ""))
        })
    }

    /// A number as `numbers` reads it. Made once: a regex literal is parsed again each time it is
    /// evaluated, and that parsing was a twentieth of column balancing's CPU (perf).
    nonisolated(unsafe) private static let number = /\d[\d,]*(?:\.\d+)?/
}
