import A4PCairoRenderers
import A4PCharts
import A4PRender
import A4PScene
import A4PText
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `a4p bench`: renders the shared peer workload (120 synthetic A4P+-style charts, one 640×400 pt
/// page each) with this project's chart kinds and renderers, in one format, and prints how long it
/// took. The same workload was rendered by matplotlib, Vega-Lite, ggplot2 and a raw Cairo+HarfBuzz
/// program (../shared/bench/RESULTS.md); `scripts/bench` times this command the same way.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Render the shared 120-chart benchmark workload in one format and print timings.",
        discussion: """
            Prints: charts, wall seconds (from the start of the command: fonts, JSON, layout, rendering,
            writing), ms/chart, output bytes, peak RSS (getrusage ru_maxrss) and the time of each phase.
            Layout problems (what a chart kind refused to draw) go to standard error.
            A developer's tool (scripts/bench drives it): hidden from `a4p --help`.
            """,
        shouldDisplay: false)

    @Option(help: "The workload JSON (default: ../shared/bench/workload.json from the project root).")
    var workload: String?

    @Option(help: "pdf, png or svg (PNG at 2×: 1280×800 px).")
    var format: String

    @Option(help: "Folder for the files (default: a new folder in the temporary directory).")
    var out: String?

    @Option(help: "Render only the chart with this id (c001-bar-en).")
    var only: String?

    func validate() throws {
        guard ["pdf", "png", "svg"].contains(format.lowercased()) else {
            throw ValidationError("--format must be pdf, png or svg")
        }
    }

    func run() throws {
        A4P.logging
        let clock = ContinuousClock()
        let start = clock.now
        var phases = BenchPhases()

        // Load: fonts (the engine is made once per process), then the workload.
        var mark = clock.now
        let engine = try TextEngine.bundled()
        let url = workload.map { URL(fileURLWithPath: $0) } ?? Self.defaultWorkload()
        guard let data = FileManager.default.contents(atPath: url.path) else {
            printError("\(url.path): cannot read the workload")
            throw ExitCode(ExitStatus.noInput)
        }
        let file: BenchWorkload
        do {
            file = try JSONDecoder().decode(BenchWorkload.self, from: data)
        } catch {
            printError("\(url.path): not a benchmark workload: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        var charts = file.charts
        if let only {
            charts = charts.filter { $0.id == only }
            guard !charts.isEmpty else {
                printError("no chart with id \(only) in \(url.path)")
                throw ExitCode(ExitStatus.dataError)
            }
        }
        let ext = format.lowercased()
        let renderer = try RendererRegistry.standard.renderer(named: ext, options: RenderOptions(scale: Double(file.meta.pngScale)))
        let directory = out.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("a4p-bench-\(ext)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        phases.load += mark.duration(to: clock.now)

        var bytes = 0, files = 0, problemCharts = 0, problemCount = 0
        let page = BenchPage(meta: file.meta, engine: engine)
        for chart in charts {
            mark = clock.now
            let (document, problems) = page.document(for: chart)
            let laidOut = clock.now
            phases.layout += mark.duration(to: laidOut)
            let rendered = try renderer.render(document)
            let drawn = clock.now
            phases.render += laidOut.duration(to: drawn)
            for r in rendered {
                let name = DocumentExport.fileName(chart.id, ext, r, of: rendered.count)
                try AtomicFile.write(r.bytes, to: directory.appendingPathComponent(name))
                bytes += r.bytes.count
                files += 1
            }
            phases.write += drawn.duration(to: clock.now)
            if !problems.isEmpty {
                problemCharts += 1
                problemCount += problems.count
                for p in problems { printError("\(chart.id): \(p)") }
            }
        }
        let wall = start.duration(to: clock.now).seconds
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMiB = Double(usage.ru_maxrss) / 1024  // Linux: KiB

        func f(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
        print("charts        \(charts.count)")
        print("format        \(ext)")
        print("wall s        \(f(wall, 3))")
        print("ms/chart      \(f(wall * 1000 / Double(charts.count), 2))")
        print("output bytes  \(bytes)")
        print("files         \(files)")
        print("peak RSS MiB  \(f(peakMiB, 1))")
        print("phases s      load \(f(phases.load.seconds, 3))  layout \(f(phases.layout.seconds, 3))  "
              + "render \(f(phases.render.seconds, 3))  write \(f(phases.write.seconds, 3))")
        print("problems      \(problemCount) in \(problemCharts) charts")
        print("out           \(directory.path)")
    }

    /// `../shared/bench/workload.json` beside the project root (the folder holding `Fonts/`).
    static func defaultWorkload() -> URL {
        ProjectPaths.fontsDirectory().deletingLastPathComponent()
            .appendingPathComponent("../shared/bench/workload.json").standardizedFileURL
    }
}

private struct BenchPhases {
    var load = Duration.zero, layout = Duration.zero, render = Duration.zero, write = Duration.zero
}

private extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}

// MARK: - The workload file (written by ../shared/bench/make_workload.py)

struct BenchWorkload: Decodable {
    var meta: Meta
    var charts: [BenchChart]

    struct Meta: Decodable {
        var widthPt: Double
        var heightPt: Double
        var pngScale: Int
        var missions: [String]
        enum CodingKeys: String, CodingKey {
            case widthPt = "width_pt", heightPt = "height_pt", pngScale = "png_scale", missions
        }
    }
}

struct BenchChart: Decodable {
    var id: String
    var kind: String            // bar, stacked_bar, grouped_bar, line, donut
    var orientation: String     // horizontal, vertical, none
    var unit: String            // percent, count
    var title: String
    var subtitle: String
    var source: String
    var categoryAxisLabel: String?
    var valueAxisLabel: String?
    var centerLabel: String?
    var categories: [String]
    var series: [Series]
    /// Whether the peers draw a legend; the chart kinds decide that themselves (bars with several
    /// series draw one, lines label their ends, donuts list their slices).
    var legend: Bool
    var lang: String
    var dir: String

    struct Series: Decodable {
        var name: String
        var color: String?
        var colors: [String]?
        var dashed: Bool
        var values: [Double]
        /// Pre-formatted value labels; the chart kinds format numbers themselves, so they are read
        /// but not drawn (see the README's Benchmarks section).
        var labels: [String]
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, orientation, unit, title, subtitle, source, categories, series, legend, lang, dir
        case categoryAxisLabel = "category_axis_label", valueAxisLabel = "value_axis_label", centerLabel = "center_label"
    }
}

// MARK: - One chart's page

/// Lays one workload chart out on its own page: wrapped title, subtitle, the chart kind in the middle
/// with axis titles beside and under it, the source line at the foot.
struct BenchPage {
    let meta: BenchWorkload.Meta
    let engine: TextEngine
    let margin = 24.0

    init(meta: BenchWorkload.Meta, engine: TextEngine) { self.meta = meta; self.engine = engine }

    func document(for c: BenchChart) -> (Document, [LayoutProblem]) {
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
        var y = 16.0
        for (text, style) in [(c.title, theme.style(.title)), (c.subtitle, theme.style(.caption))] {
            let block = engine.paragraph(text, style: style, width: contentWidth)
            nodes += block.runs(topLeft: Point(margin, y), width: contentWidth, alignment: .leading).map(Node.text)
            y += block.height + 2
        }
        // Source line at the foot.
        let sourceStyle = theme.style(.source)
        let source = engine.line(c.source, style: sourceStyle)
        let sourceX = rtl ? w - margin - source.width : margin
        nodes += source.runs(at: Point(sourceX, h - 12)).map(Node.text)

        let (chart, axisSideRight) = makeChart(c)
        let axisStyle = theme.style(.caption).with(size: 9)
        var box = Rect(x: margin, y: y + 10, width: contentWidth, height: h - 28 - (y + 10))
        if c.kind != "donut" {
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
        case "line":
            let lines = c.series.filter { !$0.dashed }.map { ChartSeries(name: $0.name, values: values($0), color: color($0)) }
            // The dashed target series becomes the kind's target line at its final value.
            let targets = c.series.filter(\.dashed).compactMap { s in s.values.last.map { LineChart.Target(label: s.name, value: $0) } }
            return (LineChart(name: c.title, periods: c.categories, series: lines, targets: targets, format: format), false)
        case "donut":
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
            let layout: BarChart.Layout = c.kind == "stacked_bar" ? .stacked : .grouped
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
