import A4PCharts
import A4PIndicators

/// A mission's checklist whose answers are mostly "yes" (`form: list`): the "yes" column printed
/// five times over one "no" (UNMISS) said one thing again and again (issue 14, review 5). A designer
/// says the rule once and lists the exceptions: the rows every report answers yes become one line
/// over the list, "According to the reports — Cycle 6: articulated political strategy, …", in the form a
/// yes-only list already takes (`FigureListKind.yesOnly`: each fact once, its periods together);
/// the rows with any other answer stay lines, each period with its answer. A period no report
/// answers is in neither: it is no answer, never a "no" (the rows no report answers are said under
/// the list, `GapRules`).
enum MostlyYes {
    /// The list with the all-yes rows as its lead line, or nil where it is not a yes/no checklist of
    /// one mission, or the all-yes rows are fewer than two or no more than the others.
    static func list(_ figures: [Observation], _ b: ChartBinding, labels: [String: String], columns: Int) -> FigureColumns? {
        guard b.block.string("form") == "list",
              figures.allSatisfy({ if case .boolean = $0.value { true } else { false } }) else { return nil }
        var rows: [String] = []
        for o in figures where !rows.contains(o.indicator) { rows.append(o.indicator) }
        let yesRows = rows.filter { id in figures.allSatisfy { $0.indicator != id || b.binder.isPlainYes($0) } }
        guard yesRows.count >= 2, yesRows.count > rows.count - yesRows.count else { return nil }
        let (yes, others) = (figures.filter { yesRows.contains($0.indicator) }, figures.filter { !yesRows.contains($0.indicator) })
        guard let said = FigureListKind.yesOnly(yes, b)?.text,
              let template = b.text.translations.label("list.mostly-yes", language: b.text.language) else { return nil }
        let sections = b.binder.figureSections([(nil, others)], lead: b.block.title == nil ? nil : b.name,
                                               showMission: false, labels: labels)
        return FigureColumns(name: b.name, sections: sections, columns: columns,
                             lead: template.replacingOccurrences(of: "{facts}", with: said))
    }
}
