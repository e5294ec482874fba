import A4PCharts
import A4PIndicators

/// Every figure (numbers, yes/no, levels) of some indicators as labelled lines in balanced columns,
/// in their order; `missions`, `periods` and `categories` narrow the selection.
enum FigureListKind: ChartKind {
    static let tag = "figure-list"
    static let summary = "Every figure of some indicators (per mission, dated, yes/no) as labelled lines in columns, with sources"
    static let schemaTitle = "Figures as a list"
    static let chartTypes: [any Chart.Type] = [FigureColumns.self]
    static let properties = [
        PropertySchema("columns", .integer(min: 1, max: 4), default: "2", "Balanced text columns"),
        PropertySchema("categories", .array(.string()), default: "all", "Only these categories (ids) of the indicators with a breakdown"),
        PropertySchema("form", .string(allowed: ["auto", "list"]), default: "auto",
                       "auto: figures that are all \"yes\" become one sentence per period, \"Cycle 6: UN radio, …\"; list: always lines"),
        PropertySchema("counted-among", .array(.string()), default: "none",
                       "Indicators counting what the other figures are counted among (hospitals, hospitals that reported): where one of them is 0 for a mission and period, the other figures of that mission and period are left out"),
    ]

    /// Every figure is printed with its period: a list is never "older" for lacking the newest cycle.
    static func showsSeries(_ block: BlockSpec) -> Bool { true }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder) = (b.block, b.binder)
        let ids = block.binding.indicators.map(\.0) + (block.binding.indicator.map { [$0.0] } ?? [])
        let missions = block.binding.missions.map { _ in Set(binder.missions(block).map(\.id)) }
            ?? block.binding.mission.map { _ in [binder.missionID(block)] }
        let periods = block.binding.periods.map { _ in Set(binder.periods(block, indicator: ids[0]).map(\.id)) }
        let categories = block.node["categories"]?.sequence.map { Set($0.compactMap(\.string)) }
        var chosen: [Observation] = []
        for id in ids {
            chosen += b.dataset.observations(of: id).filter { o in
                o.value.isAvailable && !o.value.isText && missions.map { $0.contains(o.mission) } != false
                    && periods.map { $0.contains(o.period) } != false
                    // `categories` narrows the indicators with a breakdown; one without (a count of 5
                    // posts beside shares by scope) keeps its figures.
                    && (o.category.isEmpty || categories.map { $0.contains(o.category) } != false)
            }.sorted { order($0, b.dataset) < order($1, b.dataset) }
        }
        chosen = withoutEmptyBase(chosen, b, log: &log)
        b.record(chosen)
        guard !chosen.isEmpty else { return nil }
        if block.string("form") != "list", let sentence = yesOnly(chosen, b) { return sentence }
        // A list bound to one mission (a fact sheet's module) does not repeat its name on every line.
        let sections = binder.figureSections([(nil, chosen)], lead: block.title == nil ? nil : b.name, showMission: missions?.count != 1,
                                             datedOnce: true)
        return FigureColumns(name: b.name, sections: sections, columns: block.node["columns"]?.int ?? 2)
    }

    /// Sort key inside one indicator: mission (system-wide first, then by acronym), period, category.
    static func order(_ o: Observation, _ dataset: Dataset) -> String {
        let mission = o.mission == "ALL" ? "" : o.mission
        let start = dataset.period(o.period)?.start.description ?? ""
        let category = dataset.indicator(o.indicator)?.breakdown.flatMap { dataset.breakdowns[$0]?.category(o.category) }?.order ?? 0
        return "\(mission)|\(start)|\(String(format: "%03d", category))"
    }

    /// Every figure "yes" (what a mission has or took part in): one sentence per period, newest
    /// first, led by the period, naming each by its category, else its short mission-level label
    /// (`indicator.<id>.fact`, else its title).
    static func yesOnly(_ chosen: [Observation], _ b: ChartBinding) -> Statement? {
        // A "yes" the seed qualifies (UNMOGIP's compact in lieu of a plan) keeps its line and its words.
        guard chosen.allSatisfy({ b.binder.isPlainYes($0) }) else { return nil }
        let (binder, language) = (b.binder, b.text.language)
        let periods = Set(chosen.map(\.period)).compactMap { b.dataset.period($0) }.sorted { ($0.end, $0.id) > ($1.end, $1.id) }
        let byPeriod = periods.map { p -> (period: String, labels: [String]) in
            var labels: [String] = []
            for o in chosen where o.period == p.id {
                // A breakdown's "yes" figures (the mechanisms a report ticks) are named by their category:
                // the indicator's title would say one thing six times (issue 14).
                let category = b.dataset.indicator(o.indicator)?.breakdown.flatMap { b.dataset.breakdowns[$0]?.category(o.category) }
                let label = category.map(binder.categoryLabel)
                    ?? b.text.translations.label("indicator.\(o.indicator).fact", language: language)
                    ?? b.text.translations.label("indicator.\(o.indicator)", language: language)
                    ?? b.dataset.indicator(o.indicator)?.title ?? o.indicator
                // Its scope where the figure means less than the label says ("UN radio (internet radio)").
                let scoped = o.scope.isEmpty ? label : "\(label) (\(binder.scopeLabel(o.scope)))"
                if !labels.contains(scoped) { labels.append(scoped) }
            }
            return (p.id, labels)
        }
        // A fact several reports give is said once, its periods together, and facts of the same periods
        // share a sentence ("Cycle 6: Peace Day mural campaign. Cycle 6, Cycle 5: UN radio."), so a fact
        // every report repeats is not written in each (issue 14); one true in every period the block
        // shows is said with its span ("2022 overview – 13 Aug 2024: all missions use CPAS.", `PeriodSpan`).
        var byLabel: [(label: String, periods: [String])] = []
        for entry in byPeriod {
            for label in entry.labels {
                if let i = byLabel.firstIndex(where: { $0.label == label }) { byLabel[i].periods.append(entry.period) }
                else { byLabel.append((label, [entry.period])) }
            }
        }
        var groups: [(periods: [String], labels: [String])] = []
        for (label, periods) in byLabel {
            if let i = groups.firstIndex(where: { $0.periods == periods }) { groups[i].labels.append(label) }
            else { groups.append((periods, [label])) }
        }
        // Under its block's title ("Also in the reports") the period leads: "Cycle 6: UN radio, …"; the
        // labels continue the sentence ("Cycle 4: joint analyses …, thematic working groups", not capitals mid-list).
        let span = PeriodSpan(dataset: b.dataset, text: b.text)
        let all = periods.map(\.id)
        let sentences = groups.map { Words.listSentence(span.said($0.periods, all: all), $0.labels.map(Self.sentenceCase), language) }
        return Statement(name: b.name, text: sentences.joined(separator: Words.sentenceSeparator(language)))
    }

    /// A label inside a sentence: its first word lowered when only that word's capital marks the start
    /// ("All missions use CPAS" → "all missions use CPAS", "Thematic working groups"); a name keeps it
    /// ("UN radio", "Peace Day mural campaign": a capital in the first word's rest or on the second word;
    /// "Brazil": a label of one word may be a name).
    static func sentenceCase(_ label: String) -> String {
        let words = label.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, let first = words.first, first.count >= 2, first.first?.isUppercase == true,
              !first.dropFirst().contains(where: { $0.isUppercase || $0.isNumber }),
              words[1].first?.isUppercase != true else { return label }
        return label.prefix(1).lowercased() + label.dropFirst()
    }
}

extension FigureListKind {
    /// `chosen` without the figures counted among nothing: "0 hospitals reporting interruptions" of a
    /// mission with no hospital (UNFICYP, cycle 4) or in a period none of its hospitals reported (UNDOF
    /// in cycle 5, UNISFA in cycle 6) says nothing the base's 0 does not (review 4). The base figures
    /// themselves stay. An id not in the dataset is an error.
    static func withoutEmptyBase(_ chosen: [Observation], _ b: ChartBinding, log: inout DiagnosticLog) -> [Observation] {
        guard let node = b.block.node["counted-among"], let list = node.sequence else { return chosen }
        var bases: Set<String> = []
        for item in list {
            guard let id = item.string, b.dataset.indicator(id) != nil else {
                log.error(item.position, rule: "unknown-indicator",
                          "figure-list block '\(b.block.name)': counted-among names no indicator of the dataset (\(item.string ?? "not a string"))")
                continue
            }
            bases.insert(id)
        }
        let empty = Set(bases.flatMap { b.dataset.observations(of: $0) }.filter { $0.value.number == 0 }.map { "\($0.mission)|\($0.period)" })
        return chosen.filter { bases.contains($0.indicator) || !empty.contains("\($0.mission)|\($0.period)") }
    }
}
