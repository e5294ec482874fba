import A4PCharts
import A4PIndicators
import Foundation

/// A chart bound to data, with the observations it shows (for the source line).
struct BoundChart {
    var chart: any Chart
    var observations: [Observation]
    /// The cycle the block shows when it asked for the publication's and fell back to an older
    /// one: `{period…}` in the block's title, message and note name it.
    var olderCycle: Period?
}

/// Turns a block's binding into chart values, for one output page (one mission in a template).
struct DataBinder {
    let dataset: Dataset
    let currentMission: Mission?
    let text: TextContext
    /// The publication's cycle: what `latest`, `previous` and `latest-N` resolve against.
    let cycle: ReportingCycle?

    // MARK: Resolution of ids

    func missionID(_ block: BlockSpec) -> String {
        let id = block.binding.mission?.0 ?? (currentMission != nil ? "current" : "ALL")
        return id == "current" ? (currentMission?.id ?? "ALL") : id
    }

    func missions(_ block: BlockSpec) -> [Mission] {
        guard let list = block.binding.missions else {
            return dataset.missions.filter { $0.kind == .mission && $0.status == .active }
        }
        if list.count == 1 {
            switch list[0].0 {
            case "all": return dataset.missions.filter { $0.kind == .mission }
            case "active": return dataset.missions.filter { $0.kind == .mission && $0.status == .active }
            case "current": return currentMission.map { [$0] } ?? []
            default: break
            }
        }
        return list.compactMap { $0.0 == "current" ? currentMission : dataset.mission($0.0) }
    }

    /// The newest period (by end date) with an available value of `indicator` for `mission`,
    /// or any mission when nil; cycles after the publication's are not its figures yet.
    func latestPeriod(_ indicator: String, mission: String?) -> Period? {
        dataset.observations(of: indicator)
            .filter { ($0.mission == mission || mission == nil) && $0.value.isAvailable }
            .compactMap { dataset.period($0.period) }
            .filter { p in !(cycle?.isNewer(p) ?? false) }
            .max { $0.end < $1.end }
    }

    /// The newest cycle, for "this figure is older than the page" labels: the publication's.
    var newestCycle: Period? { cycle?.current ?? dataset.periods.filter { $0.kind == .cycle }.max { $0.end < $1.end } }

    /// No `period`: the newest with data. `latest`: the publication's cycle, or, when the indicator
    /// has no figure there, the newest before it (named on the page; `bind` warns). `previous`,
    /// `latest-N`: that cycle. Else a period id.
    func period(_ block: BlockSpec, indicator: String, mission: String?) -> Period? {
        guard let expression = block.binding.period?.0 else { return latestPeriod(indicator, mission: mission) }
        if expression == "latest", let current = cycle?.current {
            let has = dataset.observations(of: indicator).contains {
                $0.period == current.id && $0.value.isAvailable && ($0.mission == mission || mission == nil)
            }
            return has ? current : latestPeriod(indicator, mission: mission)
        }
        if let n = ReportingCycle.offset(expression) {
            return anchor(block, indicator)?.back(n) ?? (n == 0 ? latestPeriod(indicator, mission: mission) : nil)
        }
        return dataset.period(expression)
    }

    /// A period id or relative expression of `periods`.
    func resolve(_ expression: String) -> Period? {
        cycle?.resolve(expression, dataset: dataset) ?? dataset.period(expression)
    }

    /// The cycle relative periods of a block count back from: the publication's, or, when none of
    /// the block's indicators has a figure there, their newest cycle before it, so a series slides
    /// back whole rather than end in an empty column (`bind` warns, the axis names the cycles).
    func anchor(_ block: BlockSpec, _ indicator: String) -> ReportingCycle? {
        guard var c = cycle else { return nil }
        let ids = Set([indicator] + block.binding.indicators.map(\.0) + (block.binding.indicator.map { [$0.0] } ?? []))
        let withData = Set(ids.flatMap { dataset.observations(of: $0) }.filter { $0.value.isAvailable }.map(\.period))
        if !withData.contains(c.current.id),
           let p = c.cycles.last(where: { withData.contains($0.id) && $0.start < c.current.start }) { c.current = p }
        return c
    }

    /// A binder whose `{period…}` names `p` (and the cycle before it): the words of a block that
    /// shows an older cycle than the publication's.
    func naming(_ p: Period) -> DataBinder {
        var t = text
        t.cycle = p
        t.previousCycle = dataset.previousPeriod(of: p.id)
        return DataBinder(dataset: dataset, currentMission: currentMission, text: t, cycle: cycle)
    }

    /// Series periods: the given list or range, else every cycle with data, oldest first.
    func periods(_ block: BlockSpec, indicator: String) -> [Period] {
        let from = anchor(block, indicator)
        func resolve(_ e: String) -> Period? { from?.resolve(e, dataset: dataset) ?? dataset.period(e) }
        if let given = block.binding.periods {
            if given.count == 1, given[0].0.contains("..") {
                let ends = given[0].0.components(separatedBy: "..")
                guard let a = resolve(ends[0]), let b = resolve(ends.last ?? "") else { return [] }
                return dataset.periods.filter { $0.kind == a.kind && $0.start >= a.start && $0.end <= b.end }
                    .sorted { $0.start < $1.start }
            }
            return given.compactMap { resolve($0.0) }
        }
        let used = Set(dataset.observations(of: indicator).map(\.period))
        let cycles = dataset.periods.filter { used.contains($0.id) && $0.kind == .cycle && !(cycle?.isNewer($0) ?? false) }
        let pool = cycles.isEmpty ? dataset.periods.filter { used.contains($0.id) } : cycles
        return pool.sorted { $0.start < $1.start }
    }

    // MARK: Values

    static func chartValue(_ o: Observation?) -> ChartValue {
        guard let o else { return .absent(reason: "no observation") }
        switch o.value {
        case .number(let n, _): return .number(n, qualifier(o.qualifier))
        case .absent(let state, let reason): return .absent(reason: reason, state: absence(state))
        case .boolean(let b): return .number(b ? 1 : 0)
        default: return .absent(reason: "not a number")
        }
    }

    static func absence(_ state: ValueState) -> Absence {
        switch state {
        case .none: .none
        case .notApplicable: .notApplicable
        case .notReported: .notReported
        }
    }

    /// A yes/no finding as a check-matrix mark: yes, no, not applicable or not reported (never "no"
    /// for an unknown).
    static func mark(_ o: Observation?) -> CheckMatrix.Mark {
        switch o?.value {
        case .boolean(let b)?: b ? .yes : .no
        case .absent(.notApplicable, _)?: .notApplicable
        default: .noData
        }
    }

    /// A figure's period and scope in words, for a figure shown beside an incomparable one:
    /// "Cycle 5: 203 excluding MINUSMA".
    func scopedFigure(_ o: Observation, format: ValueFormat) -> String {
        let period = dataset.period(o.period).map(shortLabel) ?? o.period
        let value = format.string(Self.chartValue(o), locale: Theme.locale(for: text.language))
        return "\(period): \(value)" + (o.scope.isEmpty ? "" : " " + scopeLabel(o.scope))
    }

    /// A scope in the page's language (`scope.<words>` in the translation table), else as written.
    func scopeLabel(_ scope: String) -> String {
        text.translations.lookup("scope.\(scope)", language: text.language) ?? scope
    }

    /// The qualifier a chart prints: none for an inferred figure (only the review appendix marks those).
    static func qualifier(_ q: Qualifier?) -> Qualifier? {
        q == .inferred ? nil : q
    }

    func format(_ block: BlockSpec, indicator: Indicator?) -> ValueFormat {
        switch block.binding.format {
        case "percent": return .percent(fractionDigits: min(block.binding.decimals, 1))
        case "abbreviated": return .abbreviated
        case "number": return .number(maxFractionDigits: block.binding.decimals)
        default:
            switch indicator?.unit {
            case .percent: return .percent()
            case .ratio: return .ratio
            default: return .number(maxFractionDigits: block.binding.decimals)
            }
        }
    }

    func label(_ text: String?, _ block: BlockSpec, log: inout DiagnosticLog) -> String? {
        text.map { self.text.expand($0, at: block.position, log: &log) }
    }

    // MARK: Charts

    /// The text value of a text indicator for the block's mission and period.
    func text(_ block: BlockSpec, log: inout DiagnosticLog) -> (text: String, observation: Observation)? {
        guard let id = block.binding.indicator?.0 else { return nil }
        let m = missionID(block)
        if let p = period(block, indicator: id, mission: m),
           let o = dataset.observation(ObservationKey(indicator: id, mission: m, period: p.id)), case .text(let t) = o.value {
            let shown = text.readable(t)
            // Prose in the dataset is English: another language prints its translation
            // (`text.<indicator>.<mission>.<period>`), or leaves the block out rather than print English.
            guard shown == t, text.language != "en" else { return (shown, o) }
            // A translation records the English it translates (`….original`); when the data's text has
            // changed since, the translation is stale and is not printed (`a4p translations check` lists it).
            let key = "text.\(id).\(m).\(p.id)"
            if let translated = text.translations.lookup(key, language: text.language) {
                let recorded = text.translations.lookup(key + ".original", language: text.language)
                if recorded == nil || recorded == t { return (translated, o) }
                log.warning(block.position, rule: "stale-translation",
                            "the \(text.language) translation '\(key)' translates an older English text; it is not printed until it is updated (a4p translations check)")
            }
            if block.string("when-empty") == "hide" { return nil }
            return (shown, o)
        }
        if block.string("when-empty") != "hide" {
            log.error(block.position, rule: "empty-binding", "text block '\(block.name)' has no text: indicator \(id) for \(m)")
        }
        return nil
    }

    /// The chart for a data block, or nil with an error in `log` when the binding is empty.
    func bind(_ block: BlockSpec, log: inout DiagnosticLog) -> BoundChart? {
        guard let indicatorID = block.binding.indicator?.0 ?? block.binding.indicators.first?.0,
              let indicator = dataset.indicator(indicatorID) else {
            log.error(block.position, rule: "no-indicator", "\(block.kind) block '\(block.name)' needs an indicator")
            return nil
        }
        // A series that slid back to an older cycle is labelled from that cycle ({latest-2.id} …).
        if block.binding.periods != nil, asksLatest(block), let from = anchor(block, indicatorID)?.current,
           from.id != cycle?.current.id, text.cycle?.id != from.id {
            return naming(from).bind(block, log: &log)
        }
        let fmt = format(block, indicator: indicator)
        let name = label(block.title, block, log: &log) ?? indicator.title
        var used: [Observation] = []
        func observation(_ mission: String, _ period: String, _ category: String = "") -> Observation? {
            let o = dataset.observation(ObservationKey(indicator: indicator.id, mission: mission, period: period,
                                                       category: category.isEmpty ? (block.binding.category ?? "") : category))
            if let o { used.append(o) }
            return o
        }
        let bound: (any Chart)?
        switch block.kind {
        case "kpi":
            let mission = missionID(block)
            guard let period = period(block, indicator: indicator.id, mission: mission) else { bound = nil; break }
            let current = observation(mission, period.id)
            var previous: ChartValue?
            // Words follow the figure: a block that fell back names the cycle it shows.
            let words = period.kind == .cycle && period.id != newestCycle?.id && asksLatest(block) ? naming(period) : self
            var caption = words.label(block.string("caption"), block, log: &log) ?? indicator.title
            if block.bool("trend") ?? true, let before = dataset.previousPeriod(of: period.id),
               let o = observation(mission, before.id), o.value.isAvailable, let current {
                if current.isComparable(with: o) {
                    previous = Self.chartValue(o)
                } else if block.bool("trend") == true {
                    log.error(block.position, rule: "trend-scope",
                              "kpi block '\(block.name)' asks for a trend, but \(indicator.id) counts differently in \(o.period) "
                                + "(\(o.scope.isEmpty ? "its own definition" : o.scope)) and \(current.period) (\(current.scope.isEmpty ? "its own definition" : current.scope)); "
                                + "observations.csv:\(o.line) and :\(current.line)",
                              suggestion: "drop 'trend: true'; the tile then names the earlier figure in words")
                } else {
                    // No arrow between figures of different scope: the earlier one is named in words.
                    caption += " (" + scopedFigure(o, format: fmt) + ")"
                }
            }
            // A figure older than the publication's cycle says when it is from.
            let newest = newestCycle
            let when = shortLabel(period)
            let title = words.label(block.title, block, log: &log) ?? ""
            if let newest, period.id != newest.id, block.binding.period == nil || block.binding.period?.0 == "latest",
               !caption.localizedCaseInsensitiveContains(when), !title.localizedCaseInsensitiveContains(when) { caption += " (\(when))" }
            bound = current == nil ? nil : KPITile(name: name, value: Self.chartValue(current), caption: caption,
                                                   format: fmt, previous: previous, ringTotal: (block.bool("ring") ?? false) ? 100 : nil)
        case "bar":
            bound = bar(block, indicator, name, fmt, observation: observation)
        case "line":
            let list = block.binding.missions != nil ? missions(block).map(\.id) : [missionID(block)]
            let ps = periods(block, indicator: indicator.id)
            let series = list.map { m in LineChart.Series(name: dataset.mission(m)?.id ?? m, values: ps.map { Self.chartValue(observation(m, $0.id)) }) }
            let periodNames = periodLabels(ps, indicator: indicator.id, missions: list, category: block.binding.category ?? "")
            let targets = block.number("target").map { [LineChart.Target(label: label(block.string("target-label"), block, log: &log) ?? Words.target(text.language), value: $0)] } ?? []
            bound = LineChart(name: name, periods: periodNames, series: series, targets: targets, format: fmt)
        case "donut":
            let mission = missionID(block)
            guard let period = period(block, indicator: indicator.id, mission: mission),
                  let breakdown = indicator.breakdown.flatMap({ dataset.breakdowns[$0] }) else { bound = nil; break }
            let slices = breakdown.categories.filter { !$0.isTotal }.sorted { $0.order < $1.order }.map { c in
                DonutChart.Slice(label: text.translations.lookup("category.\(c.id)", language: text.language) ?? c.label,
                                 value: Self.chartValue(observation(mission, period.id, c.id)))
            }
            bound = DonutChart(name: name, slices: slices, format: fmt)
        case "table":
            let t = table(block, indicator, name, log: &log)
            used += t?.1 ?? []
            bound = t?.0
        case "check-matrix" where block.binding.indicators.count > 1:
            // Several yes/no indicators (rows) of one mission by period (columns): a mission's checklist.
            let m = missionID(block)
            let ps = periods(block, indicator: indicator.id)
            let inds = block.binding.indicators.compactMap { dataset.indicator($0.0) }
            var extra: [Observation] = []
            let rows = inds.map { ind in
                CheckMatrix.Row(text.translations.lookup("indicator.\(ind.id)", language: text.language) ?? ind.title, ps.map { p -> CheckMatrix.Mark in
                    guard let o = dataset.observation(ObservationKey(indicator: ind.id, mission: m, period: p.id)) else { return .noData }
                    extra.append(o)
                    return Self.mark(o)
                })
            }
            used += extra
            bound = CheckMatrix(name: name, labelHeader: "", columns: ps.map(shortLabel), rows: rows, legend: .standard(text.language))
        case "check-matrix":
            let ps = periods(block, indicator: indicator.id)
            let ms = missions(block).filter { m in dataset.observations(of: indicator.id).contains { $0.mission == m.id } }
            let rows = ms.map { m in
                CheckMatrix.Row(m.id, ps.map { p -> CheckMatrix.Mark in
                    Self.mark(observation(m.id, p.id, ""))
                })
            }
            bound = CheckMatrix(name: name, labelHeader: text.translations.lookup("mission", language: text.language) ?? "Mission",
                                columns: ps.map(shortLabel), rows: rows, legend: .standard(text.language))
        case "funnel", "waffle", "sparkline", "dot-rating", "impact-matrix", "scale-strip", "map":
            var extra: [Observation] = []
            bound = bindMore(block, indicator, name, fmt, observation: observation, extra: &extra, log: &log)
            used += extra
        default:
            bound = nil
        }
        guard let chart = bound, used.contains(where: { $0.value.isAvailable }) else {
            log.error(block.position, rule: "empty-binding",
                      "\(block.kind) block '\(block.name)' has no data: indicator \(indicator.id)"
                        + (block.binding.period.map { ", period \($0.0)" } ?? "") + " has no value for what it selects")
            return nil
        }
        let older = warnOlderPeriod(block, indicator, used, log: &log)
        return BoundChart(chart: chart, observations: used, olderCycle: older)
    }

    /// The block asks for the newest figure (no period, latest, or relative periods).
    func asksLatest(_ block: BlockSpec) -> Bool {
        if let given = block.binding.periods {
            return given.contains { $0.0.components(separatedBy: "..").contains { ReportingCycle.offset($0) != nil } }
        }
        return block.binding.period == nil || block.binding.period.map { ReportingCycle.offset($0.0) != nil } == true
    }

    /// A block that asks for the newest figure but shows one from before the publication's cycle,
    /// where the cycle before had one: the new cycle is missing it (export lists these; --strict fails).
    @discardableResult
    func warnOlderPeriod(_ block: BlockSpec, _ indicator: Indicator, _ used: [Observation], log: inout DiagnosticLog) -> Period? {
        guard let cycle, asksLatest(block) else { return nil }
        // A series with relative periods whose indicator has nothing in the cycle slid back whole.
        if block.binding.periods != nil {
            guard let a = anchor(block, indicator.id)?.current, a.id != cycle.current.id else { return nil }
            log.warning(block.position, rule: "older-period",
                        "\(block.kind) block '\(block.name)': \(indicator.id) has no figure for \(cycle.current.id); the series runs to \(a.id), the cycles named on its axis")
            return a
        }
        guard let before = cycle.previous, block.binding.period == nil || block.binding.period?.0 == "latest" else { return nil }
        let series = ["line", "sparkline", "check-matrix"].contains(block.kind)
            || (block.kind == "bar" && block.string("by") == "period")
            || (block.kind == "table" && [block.string("rows"), block.string("columns") ?? "periods", block.string("groups")].contains("periods"))
        let available = used.filter { $0.value.isAvailable }
        guard !series, !available.isEmpty, !available.contains(where: { $0.period == cycle.current.id }) else { return nil }
        // The cycle the block shows: its newest figure's (a kpi's trend baseline is older still).
        let shown = available.compactMap { dataset.period($0.period) }.max { $0.start < $1.start }
        guard let shown, shown.kind == .cycle else { return nil }
        // Listed only when the cycle before had the figure: that is what the new cycle is missing.
        if shown.id == before.id {
            log.warning(block.position, rule: "older-period",
                        "\(block.kind) block '\(block.name)': \(indicator.id) has no figure for \(cycle.current.id) (it had one for \(before.id)); the block shows \(before.id)'s, labelled with its period")
        }
        return shown
    }

    /// The categories of an indicator's breakdown in order, without the total.
    func categories(_ indicator: Indicator) -> [Breakdown.Category] {
        (indicator.breakdown.flatMap { dataset.breakdowns[$0] }?.categories ?? []).filter { !$0.isTotal }.sorted { $0.order < $1.order }
    }

    /// A level's name on the indicator's scale ("Completed", "SOMA"), translated when the table has it.
    /// `short` prefers the table's `level.<scale>.<id>.short` ("SOMA" for "Status of Mission Agreement").
    func levelLabel(_ id: String, of indicator: Indicator, short: Bool = false) -> String {
        levelLabel(id, scale: indicator.scale ?? "", short: short)
    }

    func levelLabel(_ id: String, scale: String, short: Bool = false) -> String {
        if short, let t = text.translations.lookup("level.\(scale).\(id).short", language: text.language) { return t }
        return text.translations.lookup("level.\(scale).\(id)", language: text.language)
            ?? dataset.scales[scale]?.level(id)?.label ?? id
    }

    /// A mission's acronym; "All missions" for the system-wide aggregate.
    func missionLabel(_ id: String) -> String {
        if let t = text.translations.lookup("mission.\(id).short", language: text.language) { return t }
        return id == "ALL" ? Words.allMissions(text.language) : id
    }

    /// What a numbered category ("Mechanism 1") stands for at one mission: the text of a companion
    /// text indicator with the same breakdown and priority (P7.08n names P7.08's mechanisms).
    func slotName(_ indicator: Indicator, mission: String, period: String, category: Breakdown.Category) -> String? {
        guard let breakdown = indicator.breakdown else { return nil }
        for names in dataset.indicators where names.unit == .text && names.breakdown == breakdown && names.priority == indicator.priority {
            if let o = dataset.observation(ObservationKey(indicator: names.id, mission: mission, period: period, category: category.id)),
               case .text(let t) = o.value { return t }
        }
        return nil
    }

    func categoryLabel(_ c: Breakdown.Category) -> String {
        text.translations.lookup("category.\(c.id)", language: text.language) ?? c.label
    }

    /// The rank of a rating observation on its scale (nil when absent or not a level).
    func rank(_ o: Observation?, scale: Scale?) -> Int? {
        guard let o, case .level(let id) = o.value else { return nil }
        return scale?.level(id)?.rank
    }

    private func bindMore(_ block: BlockSpec, _ indicator: Indicator, _ name: String, _ fmt: ValueFormat,
                          observation: (String, String, String) -> Observation?, extra extraObservations: inout [Observation],
                          log: inout DiagnosticLog) -> (any Chart)? {
        let scale = indicator.scale.flatMap { dataset.scales[$0] }
        switch block.kind {
        case "funnel" where block.binding.indicators.count > 1:
            // Stages are the listed indicators (e.g. detained → tried → convicted), in order.
            let m = missionID(block)
            guard let p = period(block, indicator: indicator.id, mission: m) else { return nil }
            let stages = block.binding.indicators.compactMap { dataset.indicator($0.0) }.map { ind -> Funnel.Stage in
                let o = ind.id == indicator.id ? observation(m, p.id, "")
                    : dataset.observation(ObservationKey(indicator: ind.id, mission: m, period: p.id))
                if let o, ind.id != indicator.id { extraObservations.append(o) }
                return Funnel.Stage(text.translations.lookup("indicator.\(ind.id).short", language: text.language)
                                   ?? text.translations.lookup("indicator.\(ind.id)", language: text.language) ?? ind.title, Self.chartValue(o))
            }
            return Funnel(name: name, stages: stages, format: fmt)
        case "funnel":
            let m = missionID(block)
            guard let p = period(block, indicator: indicator.id, mission: m) else { return nil }
            return Funnel(name: name, stages: categories(indicator).map { Funnel.Stage(categoryLabel($0), Self.chartValue(observation(m, p.id, $0.id))) },
                          format: fmt)
        case "waffle":
            let m = missionID(block)
            guard let p = period(block, indicator: indicator.id, mission: m) else { return nil }
            return Waffle(name: name, value: Self.chartValue(observation(m, p.id, "")),
                          caption: label(block.string("caption"), block, log: &log) ?? indicator.title)
        case "sparkline":
            let m = missionID(block)
            let ps = periods(block, indicator: indicator.id)
            return Sparkline(name: name, periods: periodLabels(ps, indicator: indicator.id, missions: [m], category: block.binding.category ?? ""), values: ps.map { Self.chartValue(observation(m, $0.id, "")) }, format: fmt)
        case "dot-rating":
            let ms = block.binding.missions != nil ? missions(block).map(\.id) : [missionID(block)]
            let levels = (scale?.levels ?? []).sorted { $0.rank < $1.rank }
            let top = levels.last?.rank ?? 3
            var rows: [DotRating.Row] = []
            for m in ms {
                guard let p = period(block, indicator: indicator.id, mission: m) else { continue }
                for c in categories(indicator) {
                    guard let o = observation(m, p.id, c.id) else { continue }
                    let r = rank(o, scale: scale)
                    rows.append(DotRating.Row(slotName(indicator, mission: m, period: p.id, category: c) ?? categoryLabel(c),
                                              rating: r.map { .number(Double($0)) } ?? Self.chartValue(o), group: ms.count > 1 ? m : nil))
                }
            }
            return DotRating(name: name, scale: top, rows: rows,
                             levels: levels.map { levelLabel($0.id, scale: indicator.scale ?? "") })
        case "impact-matrix":
            let ms = block.binding.missions != nil ? missions(block) : [dataset.mission(missionID(block))].compactMap { $0 }
            let cats = categories(indicator)
            let maxRank = scale?.levels.map(\.rank).max() ?? 3
            var rows: [ImpactMatrix.Row] = []
            for m in ms {
                guard let p = period(block, indicator: indicator.id, mission: m.id) else { continue }
                let levels = cats.map { c -> ImpactMatrix.Level? in
                    guard let r = rank(observation(m.id, p.id, c.id), scale: scale) else { return nil }
                    // Ranks 1…n spread over low…high; a scale starting at 0 keeps 0 as "no impact".
                    // A scale whose ranks are all 0 or less has no "high": everything is level 0 (r / 0 trapped).
                    let step = max(1, maxRank) == 3 ? r : maxRank > 0 ? Int((Double(r) / Double(maxRank) * 3).rounded()) : 0
                    return ImpactMatrix.Level(rawValue: max(0, min(3, step)))
                }
                if levels.contains(where: { $0 != nil }) || dataset.observations(of: indicator.id).contains(where: { $0.mission == m.id }) {
                    rows.append(ImpactMatrix.Row(m.id, levels))
                }
            }
            // The legend names the data's own levels ("No/Low impact") when the scale has three or four.
            var legend: ImpactMatrix.LevelWords?
            if let scale, maxRank == 3, scale.levels.count >= 3 {
                // `Scale` keeps its levels in rank order.
                let named = scale.levels.map { levelLabel($0.id, scale: scale.id) }
                let zero = scale.levels.first?.rank == 0 ? named.first : nil
                let rest = Array(named.suffix(3))
                legend = ImpactMatrix.LevelWords(none: zero, low: rest[0], medium: rest[1], high: rest[2])
            }
            return ImpactMatrix(aspects: cats.map(categoryLabel), rows: rows, legend: legend)
        case "scale-strip":
            let levels = (scale?.levels ?? []).sorted { $0.rank < $1.rank }
            let labels = levels.map { levelLabel($0.id, scale: indicator.scale ?? "") }
            if block.binding.missions == nil, block.binding.mission != nil || currentMission != nil {
                let m = missionID(block)
                guard let p = period(block, indicator: indicator.id, mission: m), let r = rank(observation(m, p.id, ""), scale: scale),
                      let index = levels.firstIndex(where: { $0.rank == r }) else { return nil }
                return ScaleStrip(name: name, categories: labels, selected: index)
            }
            let ms = missions(block)
            guard let p = period(block, indicator: indicator.id, mission: nil) else { return nil }
            var counts = [Double](repeating: 0, count: levels.count)
            for m in ms {
                if let r = rank(observation(m.id, p.id, ""), scale: scale), let i = levels.firstIndex(where: { $0.rank == r }) { counts[i] += 1 }
            }
            return ScaleStrip(name: name, categories: labels, counts: counts.map { .number($0) })
        case "map":
            let ms = missions(block)
            let p = period(block, indicator: indicator.id, mission: nil)
            let template = block.string("callout")
            let places = ms.map { m -> MissionMap.Place in
                var callout: String?
                if let p { _ = observation(m.id, p.id, "") }  // what the map shows per mission, for its source line
                if let template {
                    // A call-out written in the spec, filled in per mission ({mission.mandate}, …).
                    var each = text
                    each.mission = m
                    callout = each.expand(template, at: block.position, log: &log)
                } else if let p, let o = observation(m.id, p.id, ""), case .text(let t) = o.value {
                    callout = t
                }
                return MissionMap.Place(m.id, latitude: m.latitude, longitude: m.longitude, callout: callout,
                                        status: m.status == .closed ? .closed : .active)
            }
            return MissionMap(name: name, places: places)
        default:
            return nil
        }
    }

    /// Period labels of a series; when the figures count different things in different periods
    /// (a change of scope), each period whose figure has a scope names it: "Cycle 5 (excluding
    /// MINUSMA)", so a cycle-over-cycle chart says where its figures are not comparable.
    func periodLabels(_ ps: [Period], indicator: String, missions: [String], category: String) -> [String] {
        let scopes = ps.map { p in
            missions.compactMap { dataset.observation(ObservationKey(indicator: indicator, mission: $0, period: p.id, category: category))?.scope }.first ?? ""
        }
        guard Set(scopes).count > 1 else { return ps.map(shortLabel) }
        return zip(ps, scopes).map { p, s in s.isEmpty ? shortLabel(p) : "\(shortLabel(p)) (\(scopeLabel(s)))" }
    }

    /// The short label of an observation's period when it is not the newest cycle ("Cycle 5",
    /// "2022 overview"), for figures and quotes that must say they are older than the page.
    func olderPeriodLabel(_ o: Observation) -> String? {
        let newest = newestCycle
        guard let p = dataset.period(o.period), let newest, p.end < newest.start else { return nil }
        return shortLabel(p)
    }

    /// "C6" → "Cycle 6": period labels without their dates, for axes.
    func shortLabel(_ p: Period) -> String { text.periodName(p, short: true) }

    /// What a table's rows, columns or column groups run over.
    enum TableAxis: String, CaseIterable { case indicators, missions, periods, categories }

    /// One cell's coordinates; a nil period means the latest with data for the cell's indicator.
    private struct Coordinate {
        var indicator: Indicator
        var mission: String
        var period: Period?
        var category: String
    }

    /// One entry of a table axis: its label and how it moves a coordinate.
    private struct AxisEntry {
        var label: String
        var isTotal = false
        var set: (inout Coordinate) -> Void
    }

    /// A pivot of the dataset: `rows` by `columns` (indicators, missions, periods or categories),
    /// optionally repeated under column `groups`; what no axis covers comes from the binding
    /// (mission, period, category). Each row or column of indicators keeps its own number format.
    /// Trends: against the previous column when columns are periods, else against the period
    /// before a fixed one.
    private func table(_ block: BlockSpec, _ first: Indicator, _ name: String,
                       log: inout DiagnosticLog) -> (TrendTable, [Observation])? {
        let indicators = block.binding.indicators.isEmpty ? [first] : block.binding.indicators.compactMap { dataset.indicator($0.0) }
        let rowAxis = TableAxis(rawValue: block.string("rows") ?? "") ?? .indicators
        let columnAxis = TableAxis(rawValue: block.string("columns") ?? "") ?? .periods
        let groupAxis = block.string("groups").flatMap(TableAxis.init(rawValue:))
        let axes = [rowAxis, columnAxis] + (groupAxis.map { [$0] } ?? [])
        guard Set(axes).count == axes.count else {
            log.error(block.position, rule: "table-axes",
                      "table block '\(block.name)': rows, columns and groups must run over different things (\(axes.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        var used: [Observation] = []
        func observation(_ c: Coordinate) -> Observation? {
            guard let p = c.period ?? period(block, indicator: c.indicator.id, mission: nil) else { return nil }
            // An indicator without a breakdown ignores the category the others are read at.
            let category = c.indicator.breakdown == nil ? "" : c.category
            let o = dataset.observation(ObservationKey(indicator: c.indicator.id, mission: c.mission, period: p.id, category: category))
            if let o { used.append(o) }
            return o
        }
        func has(_ filter: (Observation) -> Bool) -> Bool {
            indicators.contains { ind in dataset.observations(of: ind.id).contains(where: filter) }
        }
        func entries(_ axis: TableAxis) -> [AxisEntry] {
            switch axis {
            case .indicators:
                return indicators.map { ind in
                    AxisEntry(label: text.translations.lookup("indicator.\(ind.id)", language: text.language) ?? ind.title) { $0.indicator = ind }
                }
            case .missions:
                var ms = missions(block)
                // Missions the indicators do not cover are left out unless listed by name.
                if block.binding.missions == nil { ms = ms.filter { m in has { $0.mission == m.id } } }
                return ms.map { m in AxisEntry(label: missionLabel(m.id), isTotal: m.id == "ALL") { $0.mission = m.id } }
            case .periods:
                return periods(block, indicator: first.id).map { p in AxisEntry(label: shortLabel(p)) { $0.period = p } }
            case .categories:
                let all = (first.breakdown.flatMap { dataset.breakdowns[$0] }?.categories ?? []).sorted { $0.order < $1.order }
                let chosen = block.node["categories"]?.sequence.map { list in list.compactMap { n in all.first { $0.id == n.string } } } ?? all
                return chosen.map { c in AxisEntry(label: categoryLabel(c), isTotal: c.isTotal) { $0.category = c.id } }
            }
        }
        func relabel(_ list: [AxisEntry], _ key: String) -> [AxisEntry] {
            guard let labels = block.node[key]?.sequence else { return list }
            guard labels.count == list.count else {
                log.error(block.node[key]!.position, rule: "label-count",
                          "table block '\(block.name)': \(key) has \(labels.count) labels for \(list.count) entries (\(list.map(\.label).joined(separator: ", ")))")
                return list
            }
            return zip(list, labels).map { e, l in var e = e; e.label = self.label(l.string, block, log: &log) ?? e.label; return e }
        }
        var rows = relabel(entries(rowAxis), "row-labels")
        // Rows of indicators read at their latest period say when that is, if not the newest cycle.
        if rowAxis == .indicators, !axes.contains(.periods), block.binding.period == nil || block.binding.period?.0 == "latest",
           let newest = newestCycle {
            for (i, ind) in indicators.enumerated() where i < rows.count {
                if let p = period(block, indicator: ind.id, mission: nil), p.id != newest.id,
                   !rows[i].label.localizedCaseInsensitiveContains(shortLabel(p)) {
                    rows[i].label += " (\(shortLabel(p)))"
                }
            }
        }
        let columns = relabel(entries(columnAxis), "column-labels")
        let groups = groupAxis.map { relabel(entries($0), "group-labels") } ?? [AxisEntry(label: "") { _ in }]
        let base = Coordinate(indicator: first, mission: missionID(block), period: nil, category: block.binding.category ?? "")
        let withTrend = block.bool("trend") ?? (groupAxis == nil)
        let fixedPeriod = !axes.contains(.periods)

        func cells(_ row: AxisEntry) -> [TrendTable.Cell] {
            groups.flatMap { g in
                var previous: Observation?
                return columns.map { col -> TrendTable.Cell in
                    var c = base
                    g.set(&c); row.set(&c); col.set(&c)
                    let o = observation(c)
                    defer { previous = o }
                    // Yes/no findings and levels (SOFA, SOMA, none) are written as words.
                    switch o?.value {
                    case .boolean(let b): return .text(Words.yesNo(b, text.language))
                    case .level(let id): return .text(levelLabel(id, of: c.indicator, short: true))
                    default: break
                    }
                    let now = Self.chartValue(o)
                    guard withTrend, !now.isAbsent else { return .value(now) }
                    // Arrows join only figures that count the same thing (same scope).
                    if columnAxis == .periods, let before = previous, before.value.isAvailable, let o, o.isComparable(with: before) {
                        return .trend(now, previous: Self.chartValue(before))
                    }
                    if fixedPeriod, let o, let p = dataset.previousPeriod(of: o.period) {
                        var b = c
                        b.period = p
                        if let before = observation(b), before.value.isAvailable, o.isComparable(with: before) {
                            return .trend(now, previous: Self.chartValue(before))
                        }
                    }
                    return .value(now)
                }
            }
        }
        var table = rows.map { ($0, cells($0)) }
        // Rows and columns of missions or categories that hold nothing are dropped unless listed.
        if rowAxis == .missions || rowAxis == .categories, block.node[rowAxis == .missions ? "missions" : "categories"] == nil {
            table = table.filter { $0.1.contains { if case .value(let v) = $0 { !v.isAbsent } else { true } } }
            rows = table.map(\.0)
        }
        let rowFormats: [ValueFormat?] = rowAxis == .indicators ? indicators.map { format(block, indicator: $0) } : rows.map { _ in nil }
        let columnFormats = columnAxis == .indicators ? indicators.map { format(block, indicator: $0) }
                                                      : columns.map { _ in format(block, indicator: first) }
        let tableColumns = groups.flatMap { g in
            columns.indices.map { j in TrendTable.Column(columns[j].label, format: columnFormats[j], group: groupAxis == nil ? nil : g.label) }
        }
        let tableRows = table.enumerated().map { i, entry in
            TrendTable.Row(entry.0.label, entry.1, isTotal: entry.0.isTotal, format: rowFormats.indices.contains(i) ? rowFormats[i] : nil)
        }
        return (TrendTable(name: name, columns: tableColumns, rows: tableRows), used)
    }

    private func bar(_ block: BlockSpec, _ indicator: Indicator, _ name: String, _ fmt: ValueFormat,
                     observation: (String, String, String) -> Observation?) -> BarChart? {
        let orientation: BarChart.Orientation = block.string("orientation") == "vertical" ? .vertical : .horizontal
        let layout: BarChart.Layout = switch block.string("layout") { case "stacked": .stacked; case "percent": .percentStacked; default: .grouped }
        var chart: BarChart
        switch block.string("by") ?? "mission" {
        case "period":
            let m = missionID(block)
            let ps = periods(block, indicator: indicator.id)
            let scoped = periodLabels(ps, indicator: indicator.id, missions: [m], category: block.binding.category ?? "")
            chart = BarChart(name: name, categories: scoped,
                             series: [.init(name: name, values: ps.map { Self.chartValue(observation(m, $0.id, "")) })],
                             orientation: orientation, layout: layout, format: fmt, categoriesAreTime: true)
        case "category":
            let m = missionID(block)
            guard let p = period(block, indicator: indicator.id, mission: m),
                  let breakdown = indicator.breakdown.flatMap({ dataset.breakdowns[$0] }) else { return nil }
            var cats = breakdown.categories.filter { !$0.isTotal }.sorted { $0.order < $1.order }
            if let chosen = block.node["categories"]?.sequence?.compactMap(\.string) {
                cats = chosen.compactMap { id in breakdown.categories.first { $0.id == id } }
            }
            var bars = cats.map { c in (c, Self.chartValue(observation(m, p.id, c.id))) }
            // sort and top as for missions; ties and missing values keep the breakdown's (or the listed) order.
            switch block.binding.sort {
            case "ascending": bars.sort { ($0.1.number ?? .infinity) < ($1.1.number ?? .infinity) }
            case "descending": bars.sort { ($0.1.number ?? -.infinity) > ($1.1.number ?? -.infinity) }
            default: break
            }
            if let top = block.binding.top { bars = Array(bars.prefix(top)) }
            chart = BarChart(name: name, categories: bars.map { text.translations.lookup("category.\($0.0.id)", language: text.language) ?? $0.0.label },
                             series: [.init(name: name, values: bars.map(\.1))],
                             orientation: orientation, layout: layout, format: fmt)
        default:
            let ms = missions(block)
            let ps: [Period] = block.binding.periods != nil ? periods(block, indicator: indicator.id)
                : [period(block, indicator: indicator.id, mission: nil)].compactMap { $0 }
            var rows = ms.map { m in (m.id, ps.map { Self.chartValue(observation(m.id, $0.id, "")) }) }
            // Missions the indicator does not cover at all are left out rather than shown as gaps.
            rows = rows.filter { row in row.1.contains { !$0.isAbsent } || dataset.observations(of: indicator.id).contains { $0.mission == row.0 } }
            switch block.binding.sort {
            case "ascending": rows.sort { ($0.1.last?.number ?? .infinity) < ($1.1.last?.number ?? .infinity) }
            case "descending": rows.sort { ($0.1.last?.number ?? -.infinity) > ($1.1.last?.number ?? -.infinity) }
            default: break
            }
            if let top = block.binding.top { rows = Array(rows.prefix(top)) }
            chart = BarChart(name: name, categories: rows.map(\.0),
                             series: ps.enumerated().map { i, p in .init(name: shortLabel(p), values: rows.map { $0.1[i] }) },
                             orientation: orientation, layout: layout, format: fmt)
        }
        chart.ellipsizeLabels = block.string("labels") == "ellipsis"
        return chart
    }
}
