import A4PCharts
import A4PIndicators

/// Bars per mission, per period or per category; several periods grouped or stacked.
enum BarKind: ChartKind {
    static let tag = "bar"
    static let summary = "Bars per mission or per category; grouped by period or stacked by breakdown"
    static let schemaTitle = "Bars"
    static let chartTypes: [any Chart.Type] = [BarChart.self, BigNumbers.self]
    static let properties = [
        PropertySchema("orientation", .string(allowed: ["horizontal", "vertical"]), default: "horizontal", "Bar direction"),
        PropertySchema("layout", .string(allowed: ["grouped", "stacked", "percent"]), default: "grouped",
                       "How several series combine"),
        PropertySchema("by", .string(allowed: ["mission", "period", "category"]), default: "mission",
                       "What the bars stand for"),
        PropertySchema("labels", .string(allowed: ["wrap", "ellipsis"]), default: "wrap", "Long category labels"),
        PropertySchema("categories", .array(.string()), default: "all but the total",
                       "With by: category, the categories (ids) drawn, in this order"),
        PropertySchema("form", .string(allowed: ["auto", "bar", "numbers"]), default: "auto",
                       "auto: two or three bars of one series, in a block without a given height, are shown as big numbers side by side (with the change between periods); bar: always bars; numbers: big numbers for up to four values, for categories that count different things (states, projects) and so share no axis"),
        // As a key figure's: a row whose message already says the change keeps each number's label
        // to its period ("Cycle 6", not "Cycle 6 ↓ from 10" wrapped under a narrow number).
        PropertySchema("trend", .boolean, default: "true",
                       "With big numbers by period: print the change from the figure before (\"↓ from 10\")"),
        BlockKinds.themeOverride,
    ]

    static func showsSeries(_ block: BlockSpec) -> Bool { block.string("by") == "period" }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator, name, fmt) = (b.block, b.binder, b.indicator, b.name, b.format)
        let orientation: BarChart.Orientation = block.string("orientation") == "vertical" ? .vertical : .horizontal
        let layout: BarChart.Layout = switch block.string("layout") { case "stacked": .stacked; case "percent": .percentStacked; default: .grouped }
        var chart: BarChart
        switch block.string("by") ?? "mission" {
        case "period":
            let m = binder.missionID(block)
            let ps = binder.periods(block, indicator: indicator.id)
            let scoped = binder.periodLabels(ps, indicator: indicator.id, missions: [m], category: block.binding.category ?? "")
            chart = BarChart(name: name, categories: scoped,
                             series: [.init(name: name, values: ps.map { DataBinder.chartValue(b.observation(m, $0.id)) })],
                             orientation: orientation, layout: layout, format: fmt, categoriesAreTime: true)
        case "category":
            let m = binder.missionID(block)
            guard let p = binder.period(block, indicator: indicator.id, mission: m),
                  let breakdown = indicator.breakdown.flatMap({ b.dataset.breakdowns[$0] }) else { return nil }
            var cats = breakdown.categories.filter { !$0.isTotal }.sorted { $0.order < $1.order }
            if let chosen = block.node["categories"]?.sequence?.compactMap(\.string) {
                cats = chosen.compactMap { id in breakdown.categories.first { $0.id == id } }
            }
            var bars = cats.map { c in (c, DataBinder.chartValue(b.observation(m, p.id, c.id))) }
            // sort and top as for missions; ties and missing values keep the breakdown's (or the listed) order.
            switch block.binding.sort {
            case "ascending": bars.sort { ($0.1.number ?? .infinity) < ($1.1.number ?? .infinity) }
            case "descending": bars.sort { ($0.1.number ?? -.infinity) > ($1.1.number ?? -.infinity) }
            default: break
            }
            if let top = block.binding.top { bars = Array(bars.prefix(top)) }
            chart = BarChart(name: name, categories: bars.map { binder.categoryLabel($0.0) },
                             series: [.init(name: name, values: bars.map(\.1))],
                             orientation: orientation, layout: layout, format: fmt)
        default:
            let ms = binder.missions(block)
            let ps: [Period] = block.binding.periods != nil ? binder.periods(block, indicator: indicator.id)
                : [binder.period(block, indicator: indicator.id, mission: nil)].compactMap { $0 }
            var rows = ms.map { m in (m.id, ps.map { DataBinder.chartValue(b.observation(m.id, $0.id)) }) }
            // Missions the indicator does not cover at all are left out rather than shown as gaps.
            let covered = Set(b.dataset.observations(of: indicator.id).map(\.mission))
            rows = rows.filter { row in row.1.contains { !$0.isAbsent } || covered.contains(row.0) }
            switch block.binding.sort {
            case "ascending": rows.sort { ($0.1.last?.number ?? .infinity) < ($1.1.last?.number ?? .infinity) }
            case "descending": rows.sort { ($0.1.last?.number ?? -.infinity) > ($1.1.last?.number ?? -.infinity) }
            default: break
            }
            if let top = block.binding.top { rows = Array(rows.prefix(top)) }
            chart = BarChart(name: name, categories: rows.map(\.0),
                             series: ps.enumerated().map { i, p in
                                 .init(name: binder.shortLabel(p), values: rows.map { $0.1[i] }, slot: binder.colorSlot(p))
                             },
                             orientation: orientation, layout: layout, format: fmt)
        }
        chart.ellipsizeLabels = block.string("labels") == "ellipsis"
        // Two or three values read better as big numbers than as a bar chart (a block given a height
        // was sized as a chart by its author: it stays one).
        let form = block.string("form")
        let asNumbers = form == "numbers" ? (2...4).contains(chart.categories.count)
            : form != "bar" && block.height == nil && (2...3).contains(chart.categories.count)
        if asNumbers, chart.series.count == 1, layout == .grouped,
           let values = chart.series.first?.values, values.count == chart.categories.count {
            let byPeriod = block.string("by") == "period" && block.bool("trend") != false
            let items = chart.categories.indices.map { i in
                BigNumbers.Item(chart.categories[i], values[i], comparable: byPeriod && i > 0 && comparable(b, i))
            }
            return BigNumbers(name: name, items: items, format: fmt)
        }
        return chart
    }

    /// Figures `i - 1` and `i` of a series over periods count the same thing (same scope).
    static func comparable(_ b: ChartBinding, _ i: Int) -> Bool {
        let ps = b.binder.periods(b.block, indicator: b.indicator.id)
        guard ps.indices.contains(i) else { return false }
        let m = b.binder.missionID(b.block), category = b.block.binding.category ?? ""
        func o(_ p: Period) -> Observation? {
            b.dataset.observation(ObservationKey(indicator: b.indicator.id, mission: m, period: p.id, category: category))
        }
        guard let now = o(ps[i]), let before = o(ps[i - 1]) else { return false }
        return now.isComparable(with: before)
    }
}
