import A4PCharts
import A4PIndicators

/// A key figure: a big number, its caption, and the change from the previous period.
enum KPIKind: ChartKind {
    static let tag = "kpi"
    static let fillsRow = true
    static let summary = "A big number with caption and the trend against the previous period"
    static let schemaTitle = "A key figure"
    static let chartTypes: [any Chart.Type] = [KPITile.self]
    static let properties = [
        PropertySchema("caption", .string(), default: "the indicator's title", "Line under the number"),
        PropertySchema("ring", .boolean, default: "false", "Draw a progress ring (percentages)"),
        PropertySchema("trend", .boolean, default: "true", "Show the change from the previous period"),
        PropertySchema("aside", .string(), "Another indicator of the tile's mission and period that the caption names in words "
                       + "(one tile for two counts of one fact: '174 SOFA/SOMA incidents on record; 10 new in the last six months')",
                       example: "P7.03"),
        PropertySchema("aside-caption", .string(), "The caption where the aside has a figure other than 0; {figure} is that figure"),
        PropertySchema("aside-none", .string(), "The caption where the aside's figure is 0 ('…; none new in the last six months')"),
        PropertySchema("yields-to", .string(), "The tile is left out where the mission has a figure other than 0 of this indicator "
                       + "in the tile's period: the tile whose aside names this one's figure", example: "P7.04"),
        BlockKinds.themeOverride,
    ]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator, dataset) = (b.block, b.binder, b.indicator, b.dataset)
        let mission = binder.missionID(block)
        checkNames(block, dataset, log: &log)
        guard let period = binder.period(block, indicator: indicator.id, mission: mission) else { return nil }
        if yields(block, dataset, mission, period.id) { return nil }
        let current = b.observation(mission, period.id)
        var previous: ChartValue?
        // Words follow the figure: a block that fell back names the cycle it shows.
        let words = period.kind == .cycle && period.id != binder.newestCycle?.id && binder.asksLatest(block) ? binder.naming(period) : binder
        var caption = words.label(block.string("caption"), block, log: &log)
            ?? binder.text.translations.label("indicator.\(indicator.id)", language: binder.text.language) ?? indicator.title
        if let aside = asideCaption(&b, words, mission, period.id, log: &log) { caption = aside }
        if block.bool("trend") ?? true, let before = dataset.previousPeriod(of: period.id),
           let o = b.observation(mission, before.id), o.value.isAvailable, let current {
            if current.isComparable(with: o) {
                previous = DataBinder.chartValue(o)
            } else if block.bool("trend") == true {
                log.error(block.position, rule: "trend-scope",
                          "kpi block '\(block.name)' asks for a trend, but \(indicator.id) counts differently in \(o.period) "
                            + "(\(o.scope.isEmpty ? "its own definition" : o.scope)) and \(current.period) (\(current.scope.isEmpty ? "its own definition" : current.scope)); "
                            + "observations.csv:\(o.line) and :\(current.line)",
                          suggestion: "drop 'trend: true'; the tile then names the earlier figure in words")
            } else {
                // No arrow between figures of different scope: the earlier one is named in words.
                caption += " (" + binder.scopedFigure(o, format: b.format) + ")"
            }
        }
        // A figure older than the publication's cycle says when it is from.
        let when = binder.shortLabel(period)
        let title = words.label(block.title, block, log: &log) ?? ""
        if let newest = binder.newestCycle, period.id != newest.id, block.binding.period == nil || block.binding.period?.0 == "latest",
           !caption.localizedCaseInsensitiveContains(when), !title.localizedCaseInsensitiveContains(when) { caption += " (\(when))" }
        guard let current else { return nil }
        return KPITile(name: b.name, value: DataBinder.chartValue(current), caption: caption,
                       format: b.format, previous: previous, ringTotal: (block.bool("ring") ?? false) ? 100 : nil)
    }
}
