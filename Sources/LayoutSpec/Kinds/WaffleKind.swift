import A4PCharts
import A4PIndicators

/// A percentage as a 10×10 grid of squares.
enum WaffleKind: ChartKind {
    static let tag = "waffle"
    static let summary = "A percentage as a 10×10 grid of squares"
    static let schemaTitle = "A share as a grid"
    static let chartTypes: [any Chart.Type] = [Waffle.self]
    static let properties = [
        PropertySchema("caption", .string(), default: "the indicator's title", "Line beside the percentage"),
        BlockKinds.themeOverride,
    ]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder) = (b.block, b.binder)
        let m = binder.missionID(block)
        guard let p = binder.period(block, indicator: b.indicator.id, mission: m) else { return nil }
        return Waffle(name: b.name, value: DataBinder.chartValue(b.observation(m, p.id)),
                      caption: binder.label(block.string("caption"), block, log: &log)
                          ?? binder.text.translations.label("indicator.\(b.indicator.id)", language: binder.text.language) ?? b.indicator.title)
    }
}
