import A4PCharts
import A4PIndicators

/// The periods a fact holds in, said as a reader says them (issue 14, FigureListKind rule: a fact
/// true in every period is said once with its span). "As of 13 Aug 2024, Cycle 5, Cycle 4, 2022
/// overview: all missions use CPAS." lists four reports to say one thing; a designer writes
/// "2022 overview – 13 Aug 2024: …", and "Cycles 4–6" for three cycles in a row.
///
/// - Three or more reporting cycles in a row: `period-span.cycles` ("Cycles {from}–{to}").
/// - Three or more periods that are every period the block shows: `period-span` ("{from} – {to}"),
///   oldest to newest, each end by `period.<id>.span` where a label reads wrong at a span's end
///   ("As of 13 Aug 2024" → "13 Aug 2024"), else its short label; `period-span.reported` ("{from} –
///   {to}, each period reported") where a cycle inside the span is not among them, so the span
///   claims no period the reports are silent on.
/// - Anything else (two periods, or some of the block's): the list, in the order given.
/// A language without the span's words keeps the list: a span in English on a French page is worse.
struct PeriodSpan {
    let dataset: Dataset
    let text: TextContext

    /// `periods` (ids) as one phrase; `all` the ids of every period the block shows.
    func said(_ periods: [String], all: [String]) -> String {
        span(periods, all: all) ?? periods.map(label).joined(separator: Words.listSeparator(text.language))
    }

    /// The span of `periods`, or nil where they are said as a list.
    func span(_ periods: [String], all: [String]) -> String? {
        let known = periods.compactMap { dataset.period($0) }.sorted { $0.start < $1.start }
        guard known.count == periods.count, known.count >= 3, let first = known.first, let last = known.last else { return nil }
        if let numbers = consecutiveCycles(known), let t = words("period-span.cycles") {
            return t.replacingOccurrences(of: "{from}", with: String(numbers.from)).replacingOccurrences(of: "{to}", with: String(numbers.to))
        }
        guard Set(periods) == Set(all) else { return nil }
        // A reporting cycle inside the span that the block does not show (UGPS targets: the 5th report
        // gives none) is not claimed: the span says it covers only the periods reported.
        let skipped = dataset.periods.contains { $0.kind == .cycle && !periods.contains($0.id) && $0.start >= first.start && $0.end <= last.end }
        guard let t = words(skipped ? "period-span.reported" : "period-span") else { return nil }
        return t.replacingOccurrences(of: "{from}", with: end(first)).replacingOccurrences(of: "{to}", with: end(last))
    }

    /// The numbers of reporting cycles that follow each other with no cycle of the dataset between
    /// them ("C4, C5, C6" → 4…6); nil for anything else.
    func consecutiveCycles(_ sorted: [Period]) -> (from: Int, to: Int)? {
        guard sorted.allSatisfy({ $0.kind == .cycle }) else { return nil }
        let cycles = dataset.periods.filter { $0.kind == .cycle }.sorted { $0.start < $1.start }.map(\.id)
        let numbers = sorted.compactMap { Int($0.id.drop { !$0.isNumber }) }
        guard numbers.count == sorted.count, let i = cycles.firstIndex(of: sorted[0].id),
              Array(cycles.dropFirst(i).prefix(sorted.count)) == sorted.map(\.id) else { return nil }
        return (numbers[0], numbers[numbers.count - 1])
    }

    private func label(_ id: String) -> String { dataset.period(id).map { text.periodName($0, short: true) } ?? id }

    private func end(_ p: Period) -> String { text.translations.lookup("period.\(p.id).span", language: text.language) ?? label(p.id) }

    private func words(_ key: String) -> String? { text.translations.lookup(key, language: text.language) }
}
