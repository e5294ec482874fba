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
    /// Rows left out because none of their figures was reported, and those figures.
    var unreported = Unreported()
    var omitted: Set<ObservationKey> = []
    /// Text of the data printed in the project's translation.
    var translated = false
}

/// Turns a block's binding into chart values, for one output page (one mission in a template).
struct DataBinder {
    let dataset: Dataset
    let currentMission: Mission?
    let text: TextContext
    /// The publication's cycle: what `latest`, `previous` and `latest-N` resolve against.
    let cycle: ReportingCycle?
    /// The set's choice for a block without a figure in that cycle (a block may choose otherwise).
    var notCurrent: NotCurrent = .showOlder

    /// The block's `when-not-current`, else the set's.
    func notCurrent(_ block: BlockSpec) -> NotCurrent {
        block.string("when-not-current").flatMap(NotCurrent.init(rawValue:)) ?? notCurrent
    }

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

    /// The palette slot of a reporting cycle: 0 for the publication's, 1 for the one before, … so a
    /// cycle has one colour in every chart of the set; nil for other periods (years, overviews).
    func colorSlot(_ p: Period) -> Int? {
        guard p.kind == .cycle, let newest = newestCycle else { return nil }
        let back = dataset.periods.filter { $0.kind == .cycle && $0.start > p.start && $0.start <= newest.start }.count
        return p.start <= newest.start ? back : nil
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
        var named = DataBinder(dataset: dataset, currentMission: currentMission, text: t, cycle: cycle)
        named.notCurrent = notCurrent
        return named
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

    // MARK: Charts

    /// The chart for a data block, or nil with an error in `log` when the binding is empty.
    func bind(_ block: BlockSpec, kind: any ChartKind.Type, log: inout DiagnosticLog) -> BoundChart? {
        guard let indicatorID = block.binding.indicator?.0 ?? block.binding.indicators.first?.0,
              let indicator = dataset.indicator(indicatorID) else {
            log.error(block.position, rule: "no-indicator", "\(block.kind) block '\(block.name)' needs an indicator")
            return nil
        }
        // A series that slid back to an older cycle is labelled from that cycle ({latest-2.id} …).
        if block.binding.periods != nil, asksLatest(block), let from = anchor(block, indicatorID)?.current,
           from.id != cycle?.current.id, text.cycle?.id != from.id {
            return naming(from).bind(block, kind: kind, log: &log)
        }
        let name = label(block.title, block, log: &log) ?? indicator.title
        var binding = ChartBinding(binder: self, block: block, indicator: indicator, name: name, format: format(block, indicator: indicator))
        let bound = kind.bind(&binding, log: &log)
        let used = binding.observations
        guard let chart = bound, used.contains(where: { $0.value.isAvailable }) else {
            log.error(block.position, rule: "empty-binding",
                      "\(block.kind) block '\(block.name)' has no data: indicator \(indicator.id)"
                        + (block.binding.period.map { ", period \($0.0)" } ?? "") + " has no value for what it selects")
            return nil
        }
        binding.unreported.saidAsSentence(chart)
        let older = warnOlderPeriod(block, indicator, used, series: kind.showsSeries(block), log: &log)
        return BoundChart(chart: chart, observations: used, olderCycle: older, unreported: binding.unreported,
                          omitted: binding.omitted, translated: binding.translated)
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
    func warnOlderPeriod(_ block: BlockSpec, _ indicator: Indicator, _ used: [Observation], series: Bool, log: inout DiagnosticLog) -> Period? {
        guard let cycle, asksLatest(block) else { return nil }
        // A series with relative periods whose indicator has nothing in the cycle slid back whole.
        if block.binding.periods != nil {
            guard let a = anchor(block, indicator.id)?.current, a.id != cycle.current.id else { return nil }
            log.warning(block.position, rule: "older-period",
                        "\(block.kind) block '\(block.name)': \(indicator.id) has no figure for \(cycle.current.id); the series runs to \(a.id), the cycles named on its axis")
            return a
        }
        guard let before = cycle.previous, block.binding.period == nil || block.binding.period?.0 == "latest" else { return nil }
        let available = used.filter { $0.value.isAvailable }
        guard !series, !available.isEmpty, !available.contains(where: { $0.period == cycle.current.id }) else { return nil }
        // The cycle the block shows: its newest figure's (a kpi's trend baseline is older still).
        let shown = available.compactMap { dataset.period($0.period) }.max { $0.start < $1.start }
        guard let shown, shown.kind == .cycle else { return nil }
        // Listed only when the cycle before had the figure: that is what the new cycle is missing.
        if shown.id == before.id {
            let shows = notCurrent(block) == .notReported ? "the block says it was not reported in \(cycle.current.id)"
                : "the block shows \(before.id)'s, labelled with its period"
            log.warning(block.position, rule: "older-period",
                        "\(block.kind) block '\(block.name)': \(indicator.id) has no figure for \(cycle.current.id) (it had one for \(before.id)); \(shows)")
        }
        return shown
    }
}
