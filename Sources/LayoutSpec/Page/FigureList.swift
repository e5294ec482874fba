import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// Lists of figures as short labelled lines in balanced columns: `mission-data` (every number of a
/// template's mission, by priority) and `figure-list` (every figure of some indicators, the odds
/// and ends a priority page must still show: per-mission counts, dated figures, yes/no findings).
extension PageBuilder {
    /// Every number the dataset holds for the template's mission, grouped by priority.
    mutating func missionData(_ block: BlockSpec, width: Double, theme t: Theme) -> BlockFrame {
        guard let mission = context.mission else {
            log.error(block.position, rule: "no-template", "mission-data needs a mission template")
            return .empty
        }
        let observations = dataset.observations.filter { $0.mission == mission.id && $0.value.number != nil }
        guard !observations.isEmpty else { return paragraph(Words.notReported(context.language), t.style(.caption), width: width) }
        var groups: [(heading: String?, observations: [Observation])] = []
        for p in dataset.priorities.sorted(by: { $0.order < $1.order }) {
            let rows = observations.filter { dataset.indicator($0.indicator)?.priority == p.id }
            guard !rows.isEmpty else { continue }
            let heading = context.translations.label("priority.\(p.id)", language: context.language) ?? "\(p.id) · \(p.title)"
            groups.append((heading, rows.sorted { ($0.indicator, order($0)) < ($1.indicator, order($1)) }))
        }
        let (nodes, height) = figures(groups, block, width: width, columns: block.node["columns"]?.int ?? 2, showMission: false, theme: t)
        return BlockFrame(nodes, height)
    }

    /// Every available figure (numbers, yes/no, levels) of the block's indicators, in their order;
    /// `missions` and `periods` narrow the selection.
    mutating func figureList(_ block: BlockSpec, width: Double, theme t: Theme) -> BlockFrame {
        let ids = block.binding.indicators.map(\.0) + (block.binding.indicator.map { [$0.0] } ?? [])
        guard !ids.isEmpty else {
            log.error(block.position, rule: "no-indicator", "figure-list block '\(block.name)' needs indicators")
            return .empty
        }
        let missions = block.binding.missions.map { _ in Set(binder.missions(block).map(\.id)) }
            ?? block.binding.mission.map { _ in [binder.missionID(block)] }
        let periods = block.binding.periods.map { _ in Set(binder.periods(block, indicator: ids[0]).map(\.id)) }
        let categories = block.node["categories"]?.sequence.map { Set($0.compactMap(\.string)) }
        var chosen: [Observation] = []
        for id in ids {
            chosen += dataset.observations(of: id).filter { o in
                o.value.isAvailable && !o.value.isText && missions.map { $0.contains(o.mission) } != false
                    && periods.map { $0.contains(o.period) } != false && categories.map { $0.contains(o.category) } != false
            }.sorted { order($0) < order($1) }
        }
        guard !chosen.isEmpty else {
            if block.string("when-empty") != "hide" {
                log.error(block.position, rule: "empty-binding", "figure-list block '\(block.name)' has no figures for what it selects")
            }
            return .empty
        }
        var nodes: [Node] = []
        var y = 0.0
        func put(_ text: String, _ style: TextStyle, gap: Double) {
            let b = engine.paragraph(text, style: style, width: width)
            nodes += b.runs(topLeft: Point(0, y), width: width).map(Node.text)
            y += b.height + gap
        }
        if let tt = block.title { put(expand(tt, block.position), t.style(.title), gap: 1) }
        if let msg = block.message { put(expand(msg, block.position), t.style(.caption), gap: 3) }
        y += block.title != nil ? 3 : 0
        let columns = block.node["columns"]?.int ?? 2
        // A list bound to one mission (a fact sheet's module) does not repeat its name on every line.
        let (list, h) = figures([(nil, chosen)], block, width: width, columns: columns, showMission: missions?.count != 1, theme: t)
        nodes.append(.group(Group(transform: .translation(0, y), children: list)))
        y += h
        if let note = block.note { put(expand(note, block.position), t.style(.source), gap: 1) }
        return BlockFrame(nodes, y)
    }

    /// Sort key inside one indicator: mission (system-wide first, then by acronym), period, category.
    private func order(_ o: Observation) -> String {
        let mission = o.mission == "ALL" ? "" : o.mission
        let start = dataset.period(o.period)?.start.description ?? ""
        let category = dataset.indicator(o.indicator)?.breakdown.flatMap { dataset.breakdowns[$0]?.category(o.category) }?.order ?? 0
        return "\(mission)|\(start)|\(String(format: "%03d", category))"
    }

    /// The value as text: numbers in the indicator's format with their qualifier, yes/no, level names.
    func figureText(_ o: Observation, theme t: Theme) -> String {
        let ind = dataset.indicator(o.indicator)
        switch o.value {
        case .number:
            let format: ValueFormat = switch ind?.unit {
            case .percent: .percent(fractionDigits: 2)
            case .ratio: .ratio
            default: .number(maxFractionDigits: 2)
            }
            return format.string(DataBinder.chartValue(o), locale: t.numberLocale)
        case .boolean(let b): return Words.yesNo(b, context.language)
        case .level(let id): return ind.map { binder.levelLabel(id, of: $0) } ?? id
        case .text(let s): return context.readable(s)
        case .absent(let state, _): return Words.absent(state, context.language)
        }
    }

    /// Groups of figures (an optional heading, then one entry per indicator: its title and one line
    /// per value with period and figure) laid out in `columns` balanced columns, and a source line.
    /// Columns break between lines, never right after a heading or an indicator's title.
    mutating func figures(_ groups: [(heading: String?, observations: [Observation])], _ block: BlockSpec, width: Double,
                          columns: Int, showMission: Bool, theme t: Theme) -> ([Node], Double) {
        let all = groups.flatMap(\.observations)
        markShown(all)
        let gap = page.gutter
        let columns = max(1, columns)
        let columnWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let rowStyle = t.style(.axis).with(color: t.ink), valueStyle = t.style(.value).with(size: t.sizes.axis)
        let periodStyle = t.style(.axis), groupStyle = t.style(.title).with(size: 8.5)
        func periodLabel(_ o: Observation) -> String { dataset.period(o.period).map { binder.shortLabel($0) } ?? o.period }

        // One title per indicator; several values of it (missions, periods, categories) as short lines under it.
        // An indicator whose values share one period names it once, in its title line.
        struct Entry { var indicator: Indicator; var observations: [Observation]; var sharedPeriod: String? }
        var grouped: [(heading: String?, entries: [Entry])] = []
        for group in groups {
            var entries: [Entry] = []
            for o in group.observations {
                guard let ind = dataset.indicator(o.indicator) else { continue }
                if entries.last?.indicator.id == ind.id { entries[entries.count - 1].observations.append(o) }
                else { entries.append(Entry(indicator: ind, observations: [o], sharedPeriod: nil)) }
            }
            for i in entries.indices where entries[i].observations.count > 1 {
                let periods = Set(entries[i].observations.map(\.period))
                if periods.count == 1 { entries[i].sharedPeriod = periodLabel(entries[i].observations[0]) }
            }
            grouped.append((group.heading, entries))
        }
        let perLine = grouped.flatMap { $0.entries.filter { $0.sharedPeriod == nil }.flatMap(\.observations) }
        // The period column is as wide as its widest label, up to a quarter of the column (then it wraps).
        let periodWidth = perLine.isEmpty ? 0
            : min(columnWidth * 0.25, perLine.map { engine.width(of: periodLabel($0), style: periodStyle) }.max() ?? 30)
        let values = Dictionary(all.map { ($0.key, figureText($0, theme: t)) }, uniquingKeysWith: { a, _ in a })
        let valueWidth = max(40, values.values.map { engine.width(of: $0, style: valueStyle) }.max() ?? 0)
        let labelWidth = columnWidth - valueWidth - (periodWidth > 0 ? periodWidth + 10 : 5)

        // Lines drawn at the origin with their heights; `keep` binds a line to the one after it;
        // `entry` numbers an indicator's lines; `resume` is its title to repeat atop a new column.
        typealias Item = (nodes: [Node], height: Double, keep: Bool, entry: Int, resume: [Node]?, resumeHeight: Double)
        var items: [Item] = []
        var entryNumber = 0
        for group in grouped {
            if let heading = group.heading {
                let head = engine.paragraph(heading, style: groupStyle, width: columnWidth)
                items.append((head.runs(topLeft: Point(0, 2), width: columnWidth).map(Node.text), head.height + 3, true, -1, nil, 0))
            }
            for entry in group.entries {
                entryNumber += 1
                let ind = entry.indicator, list = entry.observations
                var title = context.translations.label("indicator.\(ind.id)", language: context.language) ?? ind.title
                // Under a block title the indicator's title repeats ("Crimes against peacekeepers: …"), the rest says it.
                if let lead = block.title.map({ expand($0, block.position) }), !lead.isEmpty { title = Self.dropLead(lead, from: title) }
                if let p = entry.sharedPeriod, !title.localizedCaseInsensitiveContains(p) { title += " · " + p }
                let indent = list.count > 1 ? 8.0 : 0
                var resume: ([Node], Double)?
                if list.count > 1 {
                    let head = engine.paragraph(title, style: rowStyle, width: columnWidth)
                    items.append((head.runs(topLeft: Point(0, 1), width: columnWidth).map(Node.text), head.height + 1, true, entryNumber, nil, 0))
                    let again = engine.paragraph(title + " " + Words.continued(context.language), style: rowStyle, width: columnWidth)
                    resume = (again.runs(topLeft: Point(0, 1), width: columnWidth).map(Node.text), again.height + 1)
                }
                for (k, o) in list.enumerated() {
                    var nodes: [Node] = []
                    let y = list.count > 1 ? 0.0 : 1
                    var parts = list.count > 1 ? [] : [title]
                    if showMission, o.mission != "ALL" { parts.append(binder.missionLabel(o.mission)) }
                    if !o.category.isEmpty, let c = ind.breakdown.flatMap({ dataset.breakdowns[$0] })?.category(o.category) {
                        parts.append(binder.categoryLabel(c))
                    }
                    let text = parts.joined(separator: " · ")
                    let label = engine.paragraph(text, style: rowStyle.with(color: list.count > 1 ? t.secondary : t.ink),
                                                 width: labelWidth - indent)
                    let vl = engine.line(values[o.key] ?? "–", style: valueStyle)
                    var height = text.isEmpty ? vl.ascent + vl.descent : label.height
                    let first = text.isEmpty ? vl.ascent : label.firstBaseline
                    if !text.isEmpty {
                        nodes += label.runs(topLeft: Point(rtl ? columnWidth - labelWidth : indent, y), width: labelWidth - indent).map(Node.text)
                    }
                    if entry.sharedPeriod == nil && periodWidth > 0 {
                        let periodBlock = engine.paragraph(periodLabel(o), style: periodStyle, width: periodWidth)
                        nodes += periodBlock.runs(topLeft: Point(rtl ? valueWidth + 5 : labelWidth + 5, y + first - periodBlock.firstBaseline),
                                                  width: periodWidth, alignment: .leading).map(Node.text)
                        height = max(height, periodBlock.height)
                    }
                    nodes += vl.runs(at: Point(rtl ? valueWidth - vl.width : columnWidth - vl.width, y + first)).map(Node.text)
                    height += y + 1
                    if k == list.count - 1 {
                        height += 1
                        nodes.append(.shape(Shape(path: .line(from: Point(0, height), to: Point(columnWidth, height)),
                                                  stroke: Stroke(color: t.grid, width: 0.5))))
                        height += 1
                    }
                    items.append((nodes, height, k < list.count - 1, entryNumber, k > 0 ? resume?.0 : nil, resume?.1 ?? 0))
                }
            }
        }
        // An indicator's lines stay together unless the entry alone is longer than half a column's
        // share (and 60 pt); then it may break between lines, its title repeated atop the next column.
        let total = items.reduce(0) { $0 + $1.height }
        var entryHeight: [Int: Double] = [:]
        for item in items where item.entry >= 0 { entryHeight[item.entry, default: 0] += item.height }
        let long = max(total / Double(columns) / 2, 60)
        for i in items.indices where items[i].entry >= 0 && (entryHeight[items[i].entry] ?? 0) > long
            && items[i].keep && i + 1 < items.count && items[i + 1].resume != nil {
            items[i].keep = false
        }
        // Chunks: a line with the lines bound to it. Columns fill in order, each up to an even share.
        var chunks: [[Item]] = [[]]
        for item in items {
            chunks[chunks.count - 1].append(item)
            if !item.keep { chunks.append([]) }
        }
        var nodes: [Node] = []
        var y = 0.0, column = 0, tallest = 0.0
        for chunk in chunks where !chunk.isEmpty {
            let h = chunk.reduce(0) { $0 + $1.height }
            if column < columns - 1 && y > 0 && y + h > total / Double(columns) + h / 2 {
                tallest = max(tallest, y)
                column += 1
                y = 0
            }
            let slot = rtl ? columns - 1 - column : column
            let x = Double(slot) * (columnWidth + gap)
            if y == 0, let resume = chunk.first?.resume {
                nodes.append(.group(Group(transform: .translation(x, y), children: resume)))
                y += chunk.first?.resumeHeight ?? 0
            }
            for item in chunk {
                nodes.append(.group(Group(transform: .translation(x, y), children: item.nodes)))
                y += item.height
            }
        }
        var height = max(tallest, y)
        if let line = sourceLine(block, all) {
            let b = engine.paragraph(line, style: t.style(.source), width: width)
            nodes += b.runs(topLeft: Point(0, height + 4), width: width).map(Node.text)
            height += b.height + 4
        }
        return (nodes, height)
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
