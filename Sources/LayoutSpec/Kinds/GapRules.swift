import A4PCharts
import A4PIndicators

/// Tables and check matrices that are mostly gaps (issue 14, "form from data"): a column in which
/// nothing was reported is named under the chart ("Nothing reported for: Cycle 5.") instead of
/// drawn as a column of ".."; a chart still more than a third "not reported" is printed as the list
/// of its figures, each with its period, and no cell for what the reports left out.
enum GapRules {
    /// The share of a chart's cells that may read "not reported" (the page review's limit).
    static let limit = 1.0 / 3

    static func mostlyGaps(_ cells: (drawn: Int, notReported: Int)) -> Bool {
        cells.drawn >= 3 && Double(cells.notReported) / Double(cells.drawn) > limit
    }

    static func apply(to table: TrendTable, _ b: inout ChartBinding, showMission: Bool) -> any Chart {
        var table = table
        if b.dropsUnreported, case let (kept, dropped) = table.droppingUnreportedColumns(), !dropped.isEmpty {
            table = kept
            b.unreported.names += dropped
        }
        return mostlyGaps(table.notReportedCells) ? list(b, showMission: showMission) ?? table : table
    }

    static func apply(to matrix: CheckMatrix, _ b: inout ChartBinding, showMission: Bool) -> any Chart {
        guard b.block.string("form") != "matrix" else { return matrix }
        var matrix = matrix
        if b.dropsUnreported, case let (kept, dropped) = matrix.droppingUnreportedColumns(), !dropped.isEmpty {
            matrix = kept
            b.unreported.names += dropped
        }
        // `form: list` prints the figures as a list on every output of a template, not only where the
        // gaps pass the limit: the fact sheets' checklist had a matrix at exactly a third "not
        // reported" on four missions and a list on the others (issue 14, review 4).
        let asList = b.block.string("form") == "list" || mostlyGaps(matrix.notReportedCells)
        return asList ? list(b, showMission: showMission) ?? matrix : matrix
    }

    /// The figures the chart read, as a figure list in its order (row by row), or, when every one is
    /// "yes", one sentence per period as a figure list says them. Rows of indicators keep the short
    /// labels the spec gave them (`row-labels`).
    static func list(_ b: ChartBinding, showMission: Bool) -> (any Chart)? {
        var seen: Set<ObservationKey> = []
        let figures = b.observations.filter { $0.value.isAvailable && !b.omitted.contains($0.key) && seen.insert($0.key).inserted }
        guard !figures.isEmpty else { return nil }
        if showMission, let sentences = byAnswer(figures, b) { return sentences }
        if let sentence = FigureListKind.yesOnly(figures, b) { return sentence }
        var labels: [String: String] = [:]
        if (b.block.string("rows") ?? "indicators") == "indicators", let given = b.block.node["row-labels"]?.sequence {
            var quiet = DiagnosticLog()   // reported where the chart bound them
            let ids = b.block.binding.indicators.map(\.0) + (b.block.binding.indicator.map { [$0.0] } ?? [])
            for (id, node) in zip(ids, given) { labels[id] = b.binder.label(node.string, b.block, log: &quiet) }
        }
        // Two columns where the spec gave the chart most of the page's width, else one (a block in a
        // stack has no span of its own and may be narrow).
        let columns = (b.block.span ?? 0) >= 9 ? 2 : 1
        if !showMission, let list = MostlyYes.list(figures, b, labels: labels, columns: columns) { return list }
        let sections = b.binder.figureSections([(nil, figures)], lead: b.block.title == nil ? nil : b.name,
                                               showMission: showMission, labels: labels)
        return FigureColumns(name: b.name, sections: sections, columns: columns)
    }

    /// Yes/no figures of several missions: one sentence per period, newest first, naming the missions
    /// of each answer — the matrix's marks without its gaps. In the indicator's own words where the
    /// translations hold them ("Cycle 6: MINUSCA had one; UNFICYP did not.", `AnswerSentences`),
    /// else neutrally, "Cycle 6 — yes: MINUSCA, UNMISS; no: UNTSO.". A mission whose figure means
    /// less than the title carries its scope ("UNISFA (internet radio)").
    static func byAnswer(_ figures: [Observation], _ b: ChartBinding) -> Statement? {
        guard figures.allSatisfy({ if case .boolean = $0.value { true } else { false } }) else { return nil }
        let language = b.text.language
        let chinese = language.hasPrefix("zh")
        let periods = Set(figures.map(\.period)).compactMap { b.dataset.period($0) }.sorted { ($0.end, $0.id) > ($1.end, $1.id) }
        func missions(_ p: Period, _ answer: Bool) -> [String] {
            figures.filter { $0.period == p.id && $0.value == .boolean(answer) }.map { o in
                o.scope.isEmpty ? b.binder.missionLabel(o.mission) : "\(b.binder.missionLabel(o.mission)) (\(b.binder.scopeLabel(o.scope)))"
            }
        }
        // The indicator's own words where the tables hold them: a reader's sentence per period.
        if Set(figures.map(\.indicator)).count == 1, let t = AnswerSentences.templates(figures[0].indicator, b.text) {
            let sentences = periods.compactMap { p in
                AnswerSentences.sentence(t, period: b.binder.shortLabel(p), yes: missions(p, true), no: missions(p, false), b.text)
            }
            return Statement(name: b.name, text: sentences.joined(separator: Words.sentenceSeparator(language)))
        }
        let sentences = periods.map { p -> String in
            let answers = [true, false].compactMap { answer -> String? in
                let missions = missions(p, answer)
                guard !missions.isEmpty else { return nil }
                return Words.yesNo(answer, language) + (chinese ? "：" : ": ") + missions.joined(separator: Words.listSeparator(language))
            }
            return b.binder.shortLabel(p) + (chinese ? "——" : " — ") + answers.joined(separator: Words.listSeparator(language, strong: true))
                + (chinese ? "。" : ".")
        }
        return Statement(name: b.name, text: sentences.joined(separator: Words.sentenceSeparator(language)))
    }
}

extension GapRules {
    /// The columns (in order) in which every row's cell is a gap; none when that is every column or
    /// there is no row (a chart keeps at least one column).
    static func emptyColumns<Cell>(_ count: Int, _ rows: [[Cell]], isGap: (Cell) -> Bool) -> [Int] {
        let empty = (0..<count).filter { j in rows.allSatisfy { j < $0.count && isGap($0[j]) } }
        return rows.isEmpty || empty.count == count ? [] : empty
    }

    /// `list` without the elements at `indices`.
    static func removing<T>(_ indices: [Int], from list: [T]) -> [T] {
        let drop = Set(indices)
        return list.indices.filter { !drop.contains($0) }.map { list[$0] }
    }
}

/// A chart drawn as cells (a table, a check matrix): how many it draws and how many of them say
/// "not reported" — what the page review measures, read without knowing the chart's type.
protocol GapCounting {
    var notReportedCells: (drawn: Int, notReported: Int) { get }
}

extension TrendTable: GapCounting {
    /// The cells drawn and those of them that read "not reported" (".."): the page review's measure.
    var notReportedCells: (drawn: Int, notReported: Int) {
        let cells = rows.flatMap(\.cells)
        return (cells.count, cells.filter(Self.isGap).count)
    }

    static func isGap(_ cell: Cell) -> Bool { if case .value(let v) = cell { v.absence == .notReported } else { false } }

    /// The table without the columns whose every cell is "not reported", and those columns' names
    /// ("Cycle 5 · %" under a group); unchanged when that would leave no column.
    func droppingUnreportedColumns() -> (TrendTable, [String]) {
        let drop = GapRules.emptyColumns(columns.count, rows.map(\.cells), isGap: Self.isGap)
        var t = self
        t.columns = GapRules.removing(drop, from: columns)
        t.rows = rows.map { row in var r = row; r.cells = GapRules.removing(drop, from: row.cells); return r }
        return (t, drop.map { j in columns[j].group.map { "\($0) · \(columns[j].title)" } ?? columns[j].title })
    }
}

extension CheckMatrix: GapCounting {
    /// The marks drawn and those of them that say "not reported" (the page review's measure).
    var notReportedCells: (drawn: Int, notReported: Int) {
        let marks = rows.flatMap(\.marks)
        return (marks.count, marks.filter { $0 == .noData }.count)
    }

    /// The matrix without the columns whose every mark is "not reported", and those columns' names.
    func droppingUnreportedColumns() -> (CheckMatrix, [String]) {
        let drop = GapRules.emptyColumns(columns.count, rows.map(\.marks)) { $0 == .noData }
        var m = self
        m.columns = GapRules.removing(drop, from: columns)
        m.rows = rows.map { row in var r = row; r.marks = GapRules.removing(drop, from: row.marks); return r }
        return (m, drop.map { columns[$0] })
    }
}
