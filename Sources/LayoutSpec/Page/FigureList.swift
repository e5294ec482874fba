import A4PCharts
import A4PIndicators

/// `mission-data`: every number of a template's mission, by priority, as a figure list.
extension PageBuilder {
    /// Every number the dataset holds for the template's mission, grouped by priority, drawn as a
    /// chart block (its size measured, its words around it).
    mutating func missionData(_ block: BlockSpec, width: Double) -> BlockFrame {
        let t = theme(for: block)
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
            groups.append((heading, rows.sorted { ($0.indicator, FigureListKind.order($0, dataset)) < ($1.indicator, FigureListKind.order($1, dataset)) }))
        }
        let chart = FigureColumns(name: block.title.map { expand($0, block.position) } ?? mission.id,
                                  sections: binder.figureSections(groups, lead: nil, showMission: false),
                                  columns: block.node["columns"]?.int ?? 2)
        let size = chart.size(for: width, in: chartContext(t))
        let all = groups.flatMap(\.observations)
        let height = block.height.map { $0 - frameExtra(block, width: width, theme: t, observations: all, chart: chart) } ?? size.height
        return draw(chart, block, width: width, height: height, theme: t, title: true, observations: all)
    }
}
