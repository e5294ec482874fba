import A4PCharts
import A4PIndicators
import Foundation

/// A chart bound to data, with the observations it shows (for the source line).
struct BoundChart {
    var chart: any Chart
    var observations: [Observation]
}

/// Turns a block's binding into chart values, for one output page (one mission in a template).
struct DataBinder {
    let dataset: Dataset
    let currentMission: Mission?
    let text: TextContext

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
    /// or any mission when nil.
    func latestPeriod(_ indicator: String, mission: String?) -> Period? {
        dataset.observations(of: indicator)
            .filter { ($0.mission == mission || mission == nil) && $0.value.isAvailable }
            .compactMap { dataset.period($0.period) }
            .max { $0.end < $1.end }
    }

    func period(_ block: BlockSpec, indicator: String, mission: String?) -> Period? {
        switch block.binding.period?.0 ?? "latest" {
        case "latest": return latestPeriod(indicator, mission: mission)
        case "previous": return latestPeriod(indicator, mission: mission).flatMap { dataset.previousPeriod(of: $0.id) }
        case let id: return dataset.period(id)
        }
    }

    /// Series periods: the given list or range, else every cycle with data, oldest first.
    func periods(_ block: BlockSpec, indicator: String) -> [Period] {
        if let given = block.binding.periods {
            if given.count == 1, given[0].0.contains("..") {
                let ends = given[0].0.components(separatedBy: "..")
                guard let a = dataset.period(ends[0]), let b = dataset.period(ends.last ?? "") else { return [] }
                return dataset.periods.filter { $0.kind == a.kind && $0.start >= a.start && $0.end <= b.end }
                    .sorted { $0.start < $1.start }
            }
            return given.compactMap { dataset.period($0.0) }
        }
        let used = Set(dataset.observations(of: indicator).map(\.period))
        let cycles = dataset.periods.filter { used.contains($0.id) && $0.kind == .cycle }
        let pool = cycles.isEmpty ? dataset.periods.filter { used.contains($0.id) } : cycles
        return pool.sorted { $0.start < $1.start }
    }

    // MARK: Values

    static func chartValue(_ o: Observation?) -> ChartValue {
        guard let o else { return .absent(reason: "no observation") }
        switch o.value {
        case .number(let n, _): return .number(n, qualifier(o.qualifier))
        case .notAvailable(let reason): return .absent(reason: reason)
        case .boolean(let b): return .number(b ? 1 : 0)
        default: return .absent(reason: "not a number")
        }
    }

    static func qualifier(_ q: A4PIndicators.Qualifier?) -> A4PCharts.Qualifier? {
        switch q {
        case .approximately: .approximately
        case .over: .over
        case .nearly: .nearly
        case .atLeast: .atLeast
        case .lessThan: .under
        case .upTo: .atMost
        case .inferred, nil: nil
        }
    }

    func format(_ block: BlockSpec, indicator: Indicator?) -> ValueFormat {
        switch block.binding.format {
        case "percent": return .percent(fractionDigits: min(block.binding.decimals, 1))
        case "abbreviated": return .abbreviated
        case "number": return .number(maxFractionDigits: block.binding.decimals)
        default: return indicator?.unit == .percent ? .percent() : .number(maxFractionDigits: block.binding.decimals)
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
            return (t, o)
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
            if block.bool("trend") ?? true, let before = dataset.previousPeriod(of: period.id),
               let o = observation(mission, before.id), o.value.isAvailable {
                previous = Self.chartValue(o)
            }
            // A figure older than the newest cycle says when it is from.
            var caption = label(block.string("caption"), block, log: &log) ?? indicator.title
            let newest = dataset.periods.filter { $0.kind == .cycle }.max { $0.end < $1.end }
            let when = shortLabel(period)
            let title = label(block.title, block, log: &log) ?? ""
            if let newest, period.id != newest.id, block.binding.period == nil,
               !caption.localizedCaseInsensitiveContains(when), !title.localizedCaseInsensitiveContains(when) { caption += " (\(when))" }
            bound = current == nil ? nil : KPITile(name: name, value: Self.chartValue(current), caption: caption,
                                                   format: fmt, previous: previous, ringTotal: (block.bool("ring") ?? false) ? 100 : nil)
        case "bar":
            bound = bar(block, indicator, name, fmt, observation: observation)
        case "line":
            let list = block.binding.missions != nil ? missions(block).map(\.id) : [missionID(block)]
            let ps = periods(block, indicator: indicator.id)
            let series = list.map { m in LineChart.Series(name: dataset.mission(m)?.id ?? m, values: ps.map { Self.chartValue(observation(m, $0.id)) }) }
            let targets = block.number("target").map { [LineChart.Target(label: label(block.string("target-label"), block, log: &log) ?? Words.target(text.language), value: $0)] } ?? []
            bound = LineChart(name: name, periods: ps.map(shortLabel), series: series, targets: targets, format: fmt)
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
            let (t, more) = table(block, indicator, name, observation: observation)
            used += more
            bound = t
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
                    if case .boolean(let b) = o.value { return b ? .yes : .no }
                    return .noData
                })
            }
            used += extra
            bound = CheckMatrix(name: name, labelHeader: "", columns: ps.map(shortLabel), rows: rows, legend: .standard(text.language))
        case "check-matrix":
            let ps = periods(block, indicator: indicator.id)
            let ms = missions(block).filter { m in dataset.observations(of: indicator.id).contains { $0.mission == m.id } }
            let rows = ms.map { m in
                CheckMatrix.Row(m.id, ps.map { p -> CheckMatrix.Mark in
                    guard let o = observation(m.id, p.id, "") else { return .noData }
                    if case .boolean(let b) = o.value { return b ? .yes : .no }
                    return .noData
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
        return BoundChart(chart: chart, observations: used)
    }

    /// The categories of an indicator's breakdown in order, without the total.
    func categories(_ indicator: Indicator) -> [Breakdown.Category] {
        (indicator.breakdown.flatMap { dataset.breakdowns[$0] }?.categories ?? []).filter { !$0.isTotal }.sorted { $0.order < $1.order }
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
            return Sparkline(name: name, periods: ps.map(shortLabel), values: ps.map { Self.chartValue(observation(m, $0.id, "")) }, format: fmt)
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
                    rows.append(DotRating.Row(categoryLabel(c), rating: r.map { .number(Double($0)) } ?? .absent(), group: ms.count > 1 ? m : nil))
                }
            }
            return DotRating(name: name, scale: top, rows: rows,
                             levels: levels.map { text.translations.lookup("level.\($0.id)", language: text.language) ?? $0.label })
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
                    let step = max(1, maxRank) == 3 ? r : Int((Double(r) / Double(maxRank) * 3).rounded())
                    return ImpactMatrix.Level(rawValue: max(0, min(3, step)))
                }
                if levels.contains(where: { $0 != nil }) || dataset.observations(of: indicator.id).contains(where: { $0.mission == m.id }) {
                    rows.append(ImpactMatrix.Row(m.id, levels))
                }
            }
            return ImpactMatrix(aspects: cats.map(categoryLabel), rows: rows)
        case "scale-strip":
            let levels = (scale?.levels ?? []).sorted { $0.rank < $1.rank }
            let labels = levels.map { text.translations.lookup("level.\($0.id)", language: text.language) ?? $0.label }
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

    /// "C6" → "Cycle 6": period labels without their dates, for axes.
    func shortLabel(_ p: Period) -> String {
        if let t = text.translations.lookup("period.\(p.id).short", language: text.language) { return t }
        let label = text.translations.lookup("period.\(p.id)", language: text.language) ?? p.label
        if let paren = label.firstIndex(of: "(") { return label[..<paren].trimmingCharacters(in: .whitespaces) }
        return label
    }

    /// Indicators as rows; periods (with trends) or missions as columns.
    private func table(_ block: BlockSpec, _ first: Indicator, _ name: String,
                       observation firstObservation: (String, String, String) -> Observation?) -> (TrendTable, [Observation]) {
        let indicators = block.binding.indicators.isEmpty ? [first] : block.binding.indicators.compactMap { dataset.indicator($0.0) }
        let withTrend = block.bool("trend") ?? true
        var extra: [Observation] = []
        // Each row reads its own indicator.
        func value(_ ind: Indicator, _ mission: String, _ period: String) -> Observation? {
            if ind.id == first.id { return firstObservation(mission, period, "") }
            let o = dataset.observation(ObservationKey(indicator: ind.id, mission: mission, period: period,
                                                       category: block.binding.category ?? ""))
            if let o { extra.append(o) }
            return o
        }
        func rowLabel(_ i: Indicator) -> String { text.translations.lookup("indicator.\(i.id)", language: text.language) ?? i.title }
        if block.string("columns") == "missions" {
            let ms = missions(block)
            let rows = indicators.map { ind -> TrendTable.Row in
                let p = period(block, indicator: ind.id, mission: nil)
                return TrendTable.Row(rowLabel(ind), ms.map { m -> TrendTable.Cell in
                    guard let p else { return .value(.absent()) }
                    let now = Self.chartValue(value(ind, m.id, p.id))
                    guard withTrend, let before = dataset.previousPeriod(of: p.id), let o = value(ind, m.id, before.id),
                          o.value.isAvailable else { return .value(now) }
                    return .trend(now, previous: Self.chartValue(o))
                })
            }
            return (TrendTable(name: name, columns: ms.map { TrendTable.Column($0.id, format: format(block, indicator: first)) }, rows: rows), extra)
        }
        let m = missionID(block)
        let ps = periods(block, indicator: first.id)
        let rows = indicators.map { ind in
            TrendTable.Row(rowLabel(ind), ps.enumerated().map { k, p -> TrendTable.Cell in
                let now = Self.chartValue(value(ind, m, p.id))
                guard withTrend, k > 0, let o = value(ind, m, ps[k - 1].id), o.value.isAvailable else { return .value(now) }
                return .trend(now, previous: Self.chartValue(o))
            })
        }
        return (TrendTable(name: name, columns: ps.map { TrendTable.Column(shortLabel($0), format: format(block, indicator: first)) },
                           rows: rows), extra)
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
            chart = BarChart(name: name, categories: ps.map(shortLabel),
                             series: [.init(name: name, values: ps.map { Self.chartValue(observation(m, $0.id, "")) })],
                             orientation: orientation, layout: layout, format: fmt, categoriesAreTime: true)
        case "category":
            let m = missionID(block)
            guard let p = period(block, indicator: indicator.id, mission: m),
                  let breakdown = indicator.breakdown.flatMap({ dataset.breakdowns[$0] }) else { return nil }
            let cats = breakdown.categories.filter { !$0.isTotal }.sorted { $0.order < $1.order }
            chart = BarChart(name: name, categories: cats.map { text.translations.lookup("category.\($0.id)", language: text.language) ?? $0.label },
                             series: [.init(name: name, values: cats.map { Self.chartValue(observation(m, p.id, $0.id)) })],
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
