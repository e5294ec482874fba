import A4PCharts
import A4PScene

/// Colour swatches with names, coloured with the palette in order.
enum LegendKind: BlockKind {
    static let tag = "legend"
    static let summary = "Colour swatches with names, where direct labels cannot do the job"
    static let schemaTitle = "A legend"
    static let properties = [
        PropertySchema("items", .array(.string()), required: true, "Names, coloured with the palette in order"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        let t = page.theme(for: block)
        let items = (block.node["items"]?.sequence ?? []).enumerated().map { i, n in
            (page.expand(n.string ?? "", n.position), t.color(series: i))
        }
        var canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: 200), context: ChartContext(engine: page.engine, theme: t),
                            chartName: "legend")
        let h = Legend.swatches(items, on: &canvas)
        return BlockFrame(canvas.nodes, h)
    }
}
