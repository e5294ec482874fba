import A4PCharts
import A4PScene
import A4PText

/// Lays one workload chart out on its own page: wrapped title, subtitle, the chart kind in the middle
/// with axis titles beside and under it, the source line at the foot.
public struct BenchPage {
    let meta: BenchWorkload.Meta
    let engine: TextEngine
    let margin = 24.0

    public init(meta: BenchWorkload.Meta, engine: TextEngine) { self.meta = meta; self.engine = engine }

    public func document(for c: BenchChart) -> (Document, [LayoutProblem]) {
        let w = meta.widthPt, h = meta.heightPt
        var theme = Theme.forLanguage(c.lang)
        theme.direction = c.dir == "rtl" ? .rightToLeft : .leftToRight
        // The workload's type sizes (title 14, subtitle 10, ticks and labels 8, source 7.5).
        theme.sizes.chartTitle = 14
        theme.sizes.body = 10
        theme.sizes.label = 8
        theme.sizes.axis = 8
        theme.sizes.source = 7.5
        let rtl = theme.isRightToLeft
        let contentWidth = w - 2 * margin
        // No white background shape: PNG pages are painted white by the renderer, PDF and SVG pages
        // are white in every viewer.
        var nodes: [Node] = []

        // Title wrapped by measured width, then the subtitle; both from the leading edge.
        var column = PageComposer(engine: engine, frame: Rect(x: margin, y: 16, width: contentWidth, height: h - 16))
        column.text(c.title, theme.style(.title), spaceAfter: 2)
        column.text(c.subtitle, theme.style(.caption), spaceAfter: 2)
        nodes += column.nodes
        let y = column.y
        // Source line at the foot.
        let sourceStyle = theme.style(.source)
        let source = engine.line(c.source, style: sourceStyle)
        let sourceX = rtl ? w - margin - source.width : margin
        nodes += source.runs(at: Point(sourceX, h - 12)).map(Node.text)

        let (chart, axisSideRight) = makeChart(c)
        let axisStyle = theme.style(.caption).with(size: 9)
        var box = Rect(x: margin, y: y + 10, width: contentWidth, height: h - 28 - (y + 10))
        if c.kind != .donut {
            let horizontal = c.orientation == "horizontal"
            let bottomTitle = (horizontal ? c.valueAxisLabel : c.categoryAxisLabel) ?? ""
            let sideTitle = (horizontal ? c.categoryAxisLabel : c.valueAxisLabel) ?? ""
            // Room for a rotated side title and a title under the plot.
            let side = engine.line(sideTitle, style: axisStyle)
            let sideThickness = side.ascent + side.descent + 6
            box = Rect(x: axisSideRight ? margin : margin + sideThickness, y: box.y,
                       width: contentWidth - sideThickness, height: box.height - 16)
            let bottom = engine.line(bottomTitle, style: axisStyle)
            nodes += bottom.runs(at: Point((box.x + box.width / 2) - bottom.width / 2, box.maxY + 14)).map(Node.text)
            // Rotated a quarter turn anticlockwise, reading bottom to top, centred on the plot.
            let baselineX = axisSideRight ? w - margin - side.descent : margin + side.ascent
            let turn = Transform.rotation(-Double.pi / 2).concatenating(.translation(baselineX, box.y + box.height / 2))
            nodes.append(.group(Group(transform: turn, children: side.runs(at: Point(-side.width / 2, 0)).map(Node.text))))
        }
        let rendering = chart.render(in: box, context: ChartContext(engine: engine, theme: theme))
        nodes.append(rendering.node)
        let document = Document(pages: [Page(size: Size(w, h), nodes: nodes)],
                                metadata: DocumentMetadata(title: c.title, subject: c.subtitle, keywords: ["A4P+", "benchmark"]))
        return (document, rendering.problems)
    }

    /// The project's chart kind for a workload chart, and whether its value (or category) axis sits
    /// on the right, where the rotated axis title then goes.
    func makeChart(_ c: BenchChart) -> (any Chart, Bool) {
        let rtl = c.dir == "rtl"
        let format: ValueFormat = c.unit == "percent" ? .percent(fractionDigits: 1) : .number(maxFractionDigits: 1)
        func color(_ s: BenchChart.Series) -> Color? { s.color.flatMap(Color.init(hexString:)) }
        func values(_ s: BenchChart.Series) -> [ChartValue] { s.values.map { .number($0) } }
        // Years and cycles are periods; missions are not.
        let categoriesAreTime = !c.categories.allSatisfy(meta.missions.contains)

        switch c.kind {
        case .line:
            let lines = c.series.filter { !$0.dashed }.map { ChartSeries(name: $0.name, values: values($0), color: color($0)) }
            // The dashed target series becomes the kind's target line at its final value.
            let targets = c.series.filter(\.dashed).compactMap { s in s.values.last.map { LineChart.Target(label: s.name, value: $0) } }
            return (LineChart(name: c.title, periods: c.categories, series: lines, targets: targets, format: format), false)
        case .donut:
            let s = c.series[0]
            let palette = (s.colors ?? []).compactMap(Color.init(hexString:))
            let slices = c.categories.indices.map { i in
                DonutChart.Slice(label: c.categories[i], value: .number(s.values[i]),
                                 color: palette.isEmpty ? nil : palette[i % palette.count])
            }
            // Shares of 100 % are the values themselves; counts get their share added.
            return (DonutChart(name: c.title, slices: slices, format: format, centerText: c.centerLabel,
                               showShares: c.unit != "percent"), false)
        default:
            let horizontal = c.orientation == "horizontal"
            let layout: BarChart.Layout = c.kind == .stackedBar ? .stacked : .grouped
            let series = c.series.map { ChartSeries(name: $0.name, values: values($0), color: color($0)) }
            let chart = BarChart(name: c.title, categories: c.categories, series: series,
                                 orientation: horizontal ? .horizontal : .vertical, layout: layout, format: format,
                                 showValues: true, categoriesAreTime: categoriesAreTime)
            // Horizontal bars mirror on right-to-left pages; vertical ones unless their categories are periods.
            let right = rtl && (horizontal || !categoriesAreTime)
            return (chart, right)
        }
    }
}
