import A4PCharts
import A4PIndicators

/// A pivot of the dataset with trends (see `PivotTable`).
enum TableKind: ChartKind {
    static let tag = "table"
    static let summary = "A pivot: indicators, missions, periods or categories as rows, columns and column groups, with trends"
    static let schemaTitle = "A table with trends"
    static let chartTypes: [any Chart.Type] = [TrendTable.self]
    static let properties = [
        PropertySchema("rows", .string(allowed: PivotTable.Axis.names), default: "indicators", "What the rows are"),
        PropertySchema("columns", .string(allowed: PivotTable.Axis.names), default: "periods", "What the columns are"),
        PropertySchema("groups", .string(allowed: PivotTable.Axis.names), "Repeat the columns under a spanning header per group, e.g. periods"),
        PropertySchema("categories", .array(.string()), default: "all of the breakdown",
                       "The categories (ids) shown when rows, columns or groups are categories"),
        PropertySchema("row-labels", .array(.string()), default: "indicator titles, mission acronyms, …",
                       "Short labels for the rows, in order"),
        PropertySchema("column-labels", .array(.string()), default: "period, mission or category names",
                       "Short labels for the columns, in order"),
        PropertySchema("group-labels", .array(.string()), default: "period, mission, category or indicator names",
                       "Short labels for the column groups, in order"),
        PropertySchema("trend", .boolean, default: "true (false with groups)",
                       "Write \"7 (↑ from 6)\" against the period before a fixed one (columns of periods print the figure before beside it, so no arrow)"),
        PropertySchema("form", .string(allowed: ["auto", "table"]), default: "auto",
                       "auto: a table whose every figure is 0 (other cells none) becomes one line, \"None (Cycle 4, Cycle 6).\" (naming its rows when each is 0); rows of words (yes/no, a status) that read the same in every period become one sentence, \"Cycle 4, Cycle 5 — yes: A, B; no: C.\"; columns with nothing reported are named under it; a table still more than a third \"not reported\" becomes a list of its figures; table: always a table as bound"),
        BlockKinds.notReported,
        BlockKinds.themeOverride,
    ]

    static func showsSeries(_ block: BlockSpec) -> Bool {
        [block.string("rows"), block.string("columns") ?? "periods", block.string("groups")].contains("periods")
    }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        guard let pivot = PivotTable(binder: b.binder, block: b.block, first: b.indicator)
            .build(name: b.name, dropUnreported: b.dropsUnreported, log: &log) else { return nil }
        b.record(pivot.read)
        b.unreported.names += pivot.unreported
        b.omitted.formUnion(pivot.omitted.map(\.key))
        if let sentence = zeroOnly(pivot.table, b) { return sentence }
        if let sentence = SteadyAnswers.sentence(pivot.table, b) { return sentence }
        guard b.block.string("form") != "table" else { return pivot.table }
        return GapRules.apply(to: pivot.table, &b, showMission: [b.block.string("rows"), b.block.string("columns"), b.block.string("groups")].contains("missions"))
    }

    /// Every figure 0 and every other cell "none" (a mission without hospitals: "Total 0 0" under
    /// four empty levels): one sentence naming the periods, not a table of zeros. Periods with nothing
    /// reported are named as such. Only for period columns; `form: table` keeps the table.
    static func zeroOnly(_ table: TrendTable, _ b: ChartBinding) -> Statement? {
        guard b.block.string("form") != "table", (b.block.string("columns") ?? "periods") == "periods",
              b.block.string("rows") != "periods", b.block.string("groups") == nil else { return nil }
        func value(_ cell: TrendTable.Cell) -> ChartValue? {
            switch cell { case .value(let v), .trend(let v, _): v; case .text: nil }
        }
        var zero: [String] = [], unreported: [String] = []
        for (index, column) in table.columns.enumerated() {
            let values = table.rows.compactMap { index < $0.cells.count ? value($0.cells[index]) : nil }
            guard values.count == table.rows.count else { return nil }
            if values.contains(where: { $0.number != nil && $0.number != 0 }) { return nil }
            if values.contains(where: { $0.number == 0 && $0.qualifier != nil }) { return nil }
            if values.contains(where: { $0.number == 0 }) {
                // A zero beside an unknown is not "none".
                if values.contains(where: { $0.absence == .notReported }) { return nil }
                zero.append(column.title)
            } else if values.allSatisfy({ $0.absence == .notReported }) {
                unreported.append(column.title)
            } else if !values.allSatisfy({ $0.absence == nil }) {
                // Any other mix (a column of "none" without its total, or "not applicable"): a table.
                return nil
            }
        }
        guard !zero.isEmpty else { return nil }
        let language = b.text.language
        // Three cycles in a row are their span: "None (Cycles 4–6).", not "None (Cycle 4, Cycle 5, Cycle 6)." (`PeriodSpan`).
        let ids = b.binder.periods(b.block, indicator: b.indicator.id).map(\.id)
        if ids.count == table.columns.count, b.block.node["column-labels"] == nil,
           let span = PeriodSpan(dataset: b.dataset, text: b.text).span(zero.compactMap { t in table.columns.firstIndex { $0.title == t }.map { ids[$0] } }, all: ids) {
            zero = [span]
        }
        // Several rows, every one of them 0 (ratings nobody received): the line names them, "None
        // (Cycle 6): unsatisfactory, needs improvement.", not a bare "None (Cycle 6)." under a title.
        if table.rows.count >= 2, unreported.isEmpty, table.rows.allSatisfy({ $0.cells.allSatisfy { value($0)?.number == 0 } }) {
            // In the indicator's own words where the tables hold them ("Cycle 6: no FPU evaluation was
            // rated Unsatisfactory, … or Needs Improvement."), not a "None (…):" stub (issue 14).
            if let said = AnswerSentences.none(b.indicator.id, periods: zero, rows: SteadyAnswers.midSentence(table.rows.map(\.label)), b.text) {
                return Statement(name: b.name, text: said)
            }
            let lead = String(Words.noneIn(zero, language).dropLast())
            return Statement(name: b.name, text: Words.listSentence(lead, SteadyAnswers.midSentence(table.rows.map(\.label)), language))
        }
        var text = Words.noneIn(zero, language)
        if !unreported.isEmpty { text += Words.sentenceSeparator(language) + Words.notReported(in: unreported.joined(separator: Words.listSeparator(language)), language) }
        return Statement(name: b.name, text: text)
    }
}
