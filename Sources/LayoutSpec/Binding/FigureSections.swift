import A4PCharts
import A4PIndicators
import Foundation

/// Observations as the sections of a figure list (`figure-list`, `mission-data`): one entry per
/// indicator, one line per figure, in the page's words.
extension DataBinder {
    /// `groups` in order, each under its optional heading. An indicator with several figures gets a
    /// title line and one short line per figure; one whose figures share a period names it once in
    /// its title. Under a block title `lead`, an indicator title that repeats it is shortened
    /// ("Crimes against peacekeepers: cases reported" → "Cases reported").
    /// `labels`: an indicator's label where the block names it itself (a table's `row-labels`).
    /// `datedOnce`: a group of several indicators whose figures all share one period names it once,
    /// as its heading, instead of on every line ("Cycle 5" eight times down the crimes list, which
    /// also narrowed each label to a second line; review 4).
    func figureSections(_ groups: [(heading: String?, observations: [Observation])], lead: String?,
                        showMission: Bool, labels: [String: String] = [:], datedOnce: Bool = false) -> [FigureColumns.Section] {
        groups.map { group in
            var runs: [(indicator: Indicator, observations: [Observation])] = []
            for o in group.observations {
                guard let ind = dataset.indicator(o.indicator) else { continue }
                if runs.last?.indicator.id == ind.id { runs[runs.count - 1].observations.append(o) } else { runs.append((ind, [o])) }
            }
            let periods = Set(group.observations.map(\.period))
            let once = datedOnce && runs.count > 1 && periods.count == 1 && group.observations.count > 2
            let heading = once ? [group.heading, periodLabel(group.observations[0])].compactMap { $0 }.joined(separator: " · ") : group.heading
            return FigureColumns.Section(heading: heading, entries: runs.map { run in
                let e = entry(of: run.indicator, run.observations, lead: lead, showMission: showMission, label: labels[run.indicator.id],
                              dated: !once)
                return groups.count == 1 && runs.count == 1 ? Self.titledByLead(e, lead: lead, period: sharedPeriod(run.observations)) : e
            })
        }
    }

    /// The one entry of a list under a block title: the title names the list, so the entry's own
    /// title would say it again, and again with "(cont.)" atop each column it runs into (issue 14).
    /// It keeps its title when the block's does not name the period its figures share.
    static func titledByLead(_ e: FigureColumns.Entry, lead: String?, period: String?) -> FigureColumns.Entry {
        guard let lead, !lead.isEmpty, e.title != nil, let period, lead.localizedCaseInsensitiveContains(period) else { return e }
        return FigureColumns.Entry(lines: e.lines)
    }

    /// The indicator's title, or on one mission's page (its own figures, no mission named) its
    /// one-mission title where one is written: "Military units per mission" says "per mission"
    /// under a single mission's name (review 8).
    private func titleKey(_ ind: Indicator, _ list: [Observation], showMission: Bool) -> String {
        let general = "indicator.\(ind.id)"
        guard !showMission, !list.isEmpty, list.allSatisfy({ $0.mission != "ALL" }) else { return general }
        return text.translations.firstWritten([general + ".one-mission"]) ?? general
    }

    private func sharedPeriod(_ list: [Observation]) -> String? {
        list.count > 1 && Set(list.map(\.period)).count == 1 ? periodLabel(list[0]) : nil
    }

    private func entry(of ind: Indicator, _ list: [Observation], lead: String?, showMission: Bool, label: String? = nil,
                       dated: Bool = true) -> FigureColumns.Entry {
        var title = label ?? text.translations.label(titleKey(ind, list, showMission: showMission), language: text.language) ?? ind.title
        if let lead, !lead.isEmpty { title = Self.dropLead(lead, from: title) }
        title = withoutOtherPeriods(title, of: ind, figures: list)
        let shared = dated ? sharedPeriod(list) : nil
        if let shared, !title.localizedCaseInsensitiveContains(shared) { title += " · " + shared }
        let lines = list.map { o -> FigureColumns.Line in
            var parts = list.count > 1 ? [] : [title]
            if showMission, o.mission != "ALL" { parts.append(missionLabel(o.mission)) }
            if !o.category.isEmpty, let c = ind.breakdown.flatMap({ dataset.breakdowns[$0] })?.category(o.category) {
                parts.append(categoryLabel(c))
            }
            // What the figure measures where that differs from figure to figure (each mission's own
            // sentiment measure): a list never prints it under a title that claims more.
            if !o.scope.isEmpty { parts.append(scopeLabel(o.scope)) }
            // A line whose label already names its period ("EO threat update per mission (Oct 2023 –
            // Aug 2024)") does not print it again in the period column (review 4, UNIFIL).
            let label = parts.joined(separator: " · ")
            let period = dated && shared == nil && !label.localizedCaseInsensitiveContains(periodLabel(o)) ? periodLabel(o) : nil
            return FigureColumns.Line(label, period: period, value: figure(o, ind))
        }
        guard list.count > 1 else { return FigureColumns.Entry(lines: lines) }
        // Only reporting cycles, each the same six months, join: "2024, 2025 (to 12 Feb) · 4" would
        // read as four deaths over both years.
        let cycles = list.map { dataset.period($0.period)?.kind == .cycle }
        let merged = Self.sameFigureOnce(lines, joinable: cycles, separator: Words.listSeparator(text.language))
        // Every figure the same: one line, its periods together ("Cycle 5, Cycle 6 · 5").
        if merged.count == 1, merged[0].label.isEmpty { return FigureColumns.Entry(lines: [FigureColumns.Line(title, period: merged[0].period, value: merged[0].value)]) }
        return FigureColumns.Entry(title: title, continued: title + " " + Words.continued(text.language), lines: merged)
    }

    /// Consecutive lines saying the same figure of the same thing in several periods as one line, the
    /// periods together: "yes" three times down a checklist, UNTSO's 5 host countries twice, MONUSCO's
    /// 0 interruptions in three cycles (review 4: each fact once).
    /// `joinable`: per line, whether its period may join another's (a reporting cycle).
    static func sameFigureOnce(_ lines: [FigureColumns.Line], joinable: [Bool], separator: String) -> [FigureColumns.Line] {
        var out: [FigureColumns.Line] = []
        var lastJoinable = false
        for (line, join) in zip(lines, joinable) {
            if join, lastJoinable, let last = out.last, let p = last.period, let q = line.period, last.label == line.label,
               String(describing: last.value) == String(describing: line.value) {
                out[out.count - 1].period = p + separator + q
            } else {
                out.append(line)
            }
            lastJoinable = join
        }
        return out
    }

    /// `title` without a period in brackets that none of `figures` has: P4.20's title names the EO
    /// map's period ("EO threat update per mission (Oct 2023 – Aug 2024)"), but UNTSO's figure, the 3
    /// observers injured, is dated March 2024 as seed 002 dates it, and a second period beside it
    /// misdated the figure (review 5, UNTSO in en/fr/es/zh; ar and ru name no period in the title).
    func withoutOtherPeriods(_ title: String, of ind: Indicator, figures: [Observation]) -> String {
        let own = Set(figures.map(\.period))
        var result = title
        for id in Set(dataset.observations(of: ind.id).map(\.period)).subtracting(own).sorted() {
            // Only a period with its own name in the page's language can be in a translated title; asking
            // for the others' names would record them as printed in English (P4's yearly series).
            guard let p = dataset.period(id), text.hasOwnName(p) || text.translations.lookup("period.\(id).short", language: text.language) != nil
            else { continue }
            let name = shortLabel(p)
            // As a sentence writes it ("oct. 2023 – août 2024" in the title, "Oct. 2023 – …" alone).
            for bracketed in [" (\(name))", "（\(name)）", " （\(name)）", "(\(name))"] {
                result = result.replacingOccurrences(of: bracketed, with: "", options: .caseInsensitive)
            }
        }
        return result
    }

    private func periodLabel(_ o: Observation) -> String { dataset.period(o.period).map(shortLabel) ?? o.period }

    /// The value as printed: numbers in the indicator's format with their qualifier, yes/no, level names.
    func figure(_ o: Observation, _ ind: Indicator?) -> FigureColumns.Figure {
        switch o.value {
        case .number:
            let format: ValueFormat = switch ind?.unit {
            case .percent: .percent(fractionDigits: 2)
            case .ratio: .ratio
            default: .number(maxFractionDigits: 2)
            }
            return .number(Self.chartValue(o), format)
        case .boolean(let b): return .words(answerInWords(o) ?? Words.yesNo(b, text.language))
        case .level(let id): return .words(ind.map { levelLabel(id, of: $0) } ?? id)
        case .text(let s): return .words(text.readable(s))
        case .absent(let state, _): return .words(Words.absent(state, text.language))
        }
    }

    /// "Crimes against peacekeepers: cases reported" under the title "Crimes against peacekeepers"
    /// → "Cases reported"; a title that does not start with the lead and a colon is kept.
    static func dropLead(_ lead: String, from title: String) -> String {
        guard title.count > lead.count, title.lowercased().hasPrefix(lead.lowercased()) else { return title }
        var rest = Substring(title.dropFirst(lead.count))
        let spaces = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{202F}\u{00A0}"))
        rest = rest.drop { $0.unicodeScalars.allSatisfy(spaces.contains) }
        guard let colon = rest.first, [":", "：", "·"].contains(colon) else { return title }
        rest = rest.dropFirst().drop { $0.unicodeScalars.allSatisfy(spaces.contains) }
        guard let first = rest.first else { return title }
        return first.uppercased() + rest.dropFirst()
    }
}
