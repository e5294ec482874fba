import A4PCharts
import A4PIndicators

/// A pivot of the dataset for a `table` block: `rows` by `columns` (indicators, missions, periods
/// or categories), optionally repeated under column `groups`; what no axis covers comes from the
/// binding (mission, period, category). Each row or column of indicators keeps its own number
/// format. Trends: against the previous column when columns are periods, else against the period
/// before a fixed one.
struct PivotTable {
    /// What a table's rows, columns or column groups run over.
    enum Axis: String, CaseIterable {
        case indicators, missions, periods, categories
        static var names: [String] { allCases.map(\.rawValue) }
    }

    let binder: DataBinder
    let block: BlockSpec
    let first: Indicator

    /// One cell's coordinates; a nil period means the latest with data for the cell's indicator.
    private struct Coordinate {
        var indicator: Indicator
        var mission: String
        var period: Period?
        var category: String
    }

    /// One entry of a table axis: its label and how it moves a coordinate.
    private struct Entry {
        var label: String
        var isTotal = false
        var set: (inout Coordinate) -> Void
    }

    private var dataset: Dataset { binder.dataset }
    private var text: TextContext { binder.text }
    private var indicators: [Indicator] {
        block.binding.indicators.isEmpty ? [first] : block.binding.indicators.compactMap { dataset.indicator($0.0) }
    }

    /// The table, the observations its cells read and the rows left out because none of their
    /// cells was reported (when `dropUnreported`), or nil with an error in `log`.
    func build(name: String, dropUnreported: Bool = false, log: inout DiagnosticLog)
        -> (table: TrendTable, read: [Observation], unreported: [String], omitted: [Observation])? {
        let indicators = self.indicators
        let rowAxis = Axis(rawValue: block.string("rows") ?? "") ?? .indicators
        let columnAxis = Axis(rawValue: block.string("columns") ?? "") ?? .periods
        let groupAxis = block.string("groups").flatMap(Axis.init(rawValue:))
        let axes = [rowAxis, columnAxis] + (groupAxis.map { [$0] } ?? [])
        guard Set(axes).count == axes.count else {
            log.error(block.position, rule: "table-axes",
                      "table block '\(block.name)': rows, columns and groups must run over different things (\(axes.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        var used: [Observation] = []
        func observation(_ c: Coordinate) -> Observation? {
            guard let p = c.period ?? binder.period(block, indicator: c.indicator.id, mission: nil) else { return nil }
            // An indicator without a breakdown ignores the category the others are read at.
            let category = c.indicator.breakdown == nil ? "" : c.category
            let o = dataset.observation(ObservationKey(indicator: c.indicator.id, mission: c.mission, period: p.id, category: category))
            if let o { used.append(o) }
            return o
        }
        var rows = relabel(entries(rowAxis), "row-labels", log: &log)
        // Rows of indicators read at their latest period say when that is, if not the newest cycle.
        if rowAxis == .indicators, !axes.contains(.periods), block.binding.period == nil || block.binding.period?.0 == "latest",
           let newest = binder.newestCycle {
            for (i, ind) in indicators.enumerated() where i < rows.count {
                if let p = binder.period(block, indicator: ind.id, mission: nil), p.id != newest.id,
                   !rows[i].label.localizedCaseInsensitiveContains(binder.shortLabel(p)) {
                    rows[i].label += " (\(binder.shortLabel(p)))"
                }
            }
        }
        let columns = relabel(entries(columnAxis), "column-labels", log: &log)
        let groups = groupAxis.map { relabel(entries($0), "group-labels", log: &log) } ?? [Entry(label: "") { _ in }]
        let base = Coordinate(indicator: first, mission: binder.missionID(block), period: nil, category: block.binding.category ?? "")
        let withTrend = block.bool("trend") ?? (groupAxis == nil)
        let fixedPeriod = !axes.contains(.periods)

        func cells(_ row: Entry) -> [TrendTable.Cell] {
            groups.flatMap { g in
                return columns.map { col -> TrendTable.Cell in
                    var c = base
                    g.set(&c); row.set(&c); col.set(&c)
                    let o = observation(c)
                    // Yes/no findings and levels (SOFA, SOMA, none) are written as words.
                    switch o?.value {
                    case .boolean(let b): return .text(Words.yesNo(b, text.language))
                    case .level(let id): return .text(binder.levelLabel(id, of: c.indicator, short: true))
                    default: break
                    }
                    let now = DataBinder.chartValue(o)
                    guard withTrend, !now.isAbsent else { return .value(now) }
                    // Columns of periods print the figure before in the cell beside: "29 (↓ from 44)" next
                    // to the 44 says it twice (review 5), so only a fixed period's cell names the one before.
                    if columnAxis == .periods { return .value(now) }
                    if fixedPeriod, let o, let p = dataset.previousPeriod(of: o.period) {
                        var b = c
                        b.period = p
                        if let before = observation(b), before.value.isAvailable, o.isComparable(with: before) {
                            return .trend(now, previous: DataBinder.chartValue(before))
                        }
                    }
                    return .value(now)
                }
            }
        }
        // Each row with its cells and its own number format (rows of indicators).
        let formats: [ValueFormat?] = rowAxis == .indicators ? indicators.map { binder.format(block, indicator: $0) } : rows.map { _ in nil }
        // Each row's cells and the observations they read.
        var table = rows.indices.map { i -> (Entry, [TrendTable.Cell], ValueFormat?, [Observation]) in
            let before = used.count
            let c = cells(rows[i])
            return (rows[i], c, formats.indices.contains(i) ? formats[i] : nil, Array(used[before...]))
        }
        // Rows and columns of missions or categories that hold nothing are dropped unless listed.
        if rowAxis == .missions || rowAxis == .categories, block.node[rowAxis == .missions ? "missions" : "categories"] == nil {
            table = table.filter { $0.1.contains { if case .value(let v) = $0 { !v.isAbsent } else { true } } }
        }
        // Rows with nothing reported are named under the table rather than printed as a row of "..".
        var unreported: [String] = [], omitted: [Observation] = []
        if dropUnreported {
            let blank = { (cells: [TrendTable.Cell]) in
                cells.allSatisfy { if case .value(let v) = $0 { v.absence == .notReported } else { false } }
            }
            if table.contains(where: { !blank($0.1) }) {
                unreported = table.filter { blank($0.1) }.map(\.0.label)
                omitted = table.filter { blank($0.1) }.flatMap(\.3)
                table = table.filter { !blank($0.1) }
            }
        }
        let columnFormats = columnAxis == .indicators ? indicators.map { binder.format(block, indicator: $0) }
                                                      : columns.map { _ in binder.format(block, indicator: first) }
        let tableColumns = groups.flatMap { g in
            columns.indices.map { j in TrendTable.Column(columns[j].label, format: columnFormats[j], group: groupAxis == nil ? nil : g.label) }
        }
        let tableRows = table.map { entry in TrendTable.Row(entry.0.label, entry.1, isTotal: entry.0.isTotal, format: entry.2) }
        return (TrendTable(name: name, columns: tableColumns, rows: tableRows), used, unreported, omitted)
    }

    private func has(_ filter: (Observation) -> Bool) -> Bool {
        indicators.contains { ind in dataset.observations(of: ind.id).contains(where: filter) }
    }

    private func entries(_ axis: Axis) -> [Entry] {
        switch axis {
        case .indicators:
            return indicators.map { ind in
                Entry(label: text.translations.label("indicator.\(ind.id)", language: text.language) ?? ind.title) { $0.indicator = ind }
            }
        case .missions:
            var ms = binder.missions(block)
            // Missions the indicators do not cover are left out unless listed by name.
            if block.binding.missions == nil { ms = ms.filter { m in has { $0.mission == m.id } } }
            return ms.map { m in Entry(label: binder.missionLabel(m.id), isTotal: m.id == "ALL") { $0.mission = m.id } }
        case .periods:
            return binder.periods(block, indicator: first.id).map { p in Entry(label: binder.shortLabel(p)) { $0.period = p } }
        case .categories:
            let all = (first.breakdown.flatMap { dataset.breakdowns[$0] }?.categories ?? []).sorted { $0.order < $1.order }
            let chosen = block.node["categories"]?.sequence.map { list in list.compactMap { n in all.first { $0.id == n.string } } } ?? all
            return chosen.map { c in Entry(label: binder.categoryLabel(c), isTotal: c.isTotal) { $0.category = c.id } }
        }
    }

    private func relabel(_ list: [Entry], _ key: String, log: inout DiagnosticLog) -> [Entry] {
        guard let labels = block.node[key]?.sequence else { return list }
        guard labels.count == list.count else {
            log.error(block.node[key]!.position, rule: "label-count",
                      "table block '\(block.name)': \(key) has \(labels.count) labels for \(list.count) entries (\(list.map(\.label).joined(separator: ", ")))")
            return list
        }
        return zip(list, labels).map { e, l in var e = e; e.label = binder.label(l.string, block, log: &log) ?? e.label; return e }
    }
}
