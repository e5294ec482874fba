import A4PCharts
import A4PScene
import Foundation
import Testing

/// Every chart kind, fed extreme numbers (0, negative, ±1e308, NaN, ±infinity), extreme boxes and
/// large or empty series, must return (with problems reported) instead of trapping or looping.
@Suite struct ExtremeInputTests {
    static let numbers: [Double] = [0, -1, 1e-308, 1e308, -1e308, .nan, .infinity, -.infinity, 1e18, -1e18]
    static let sizes: [Size] = [
        Size(255, 170), Size(0, 0), Size(-50, -50), Size(1e308, 1e308), Size(-1e308, 40), Size(255, 1e308),
        Size(.nan, .nan), Size(.infinity, .infinity), Size(-.infinity, 100), Size(1, 1),
    ]

    static func values(_ v: Double, count: Int = 4) -> [ChartValue] {
        (0..<count).map { $0 == 1 ? .absent(reason: nil) : .number(v) }
    }

    /// One of each kind, its numbers all `v`.
    static func charts(_ v: Double) -> [any Chart] {
        let cats = ["A", "B", "C", "D"]
        let vals = values(v)
        let series = [ChartSeries(name: "S1", values: vals), ChartSeries(name: "S2", values: values(-v))]
        return [
            BarChart(name: "bar", categories: cats, values: vals),
            BarChart(name: "bar v", categories: cats, values: vals, orientation: .vertical),
            BarChart(name: "grouped", categories: cats, series: series),
            BarChart(name: "stacked", categories: cats, series: series, orientation: .vertical, layout: .stacked),
            BarChart(name: "percent", categories: cats, series: series, layout: .percentStacked),
            LineChart(name: "line", periods: cats, series: series, targets: [.init(label: "T", value: v)]),
            DonutChart(name: "donut", slices: cats.enumerated().map { .init(label: $1, value: vals[$0]) }),
            KPITile(value: .number(v), caption: "kpi", previous: .number(-v), ringTotal: v),
            KPITile(value: .number(v), caption: "kpi percent", format: .percent(), ringTotal: 100),
            Sparkline(periods: cats, values: vals),
            Funnel(stages: cats.enumerated().map { .init($1, vals[$0]) }),
            Waffle(value: .number(v), caption: "waffle", second: .init(.number(-v), caption: "second")),
            DotRating(scale: 3, rows: cats.enumerated().map { .init($1, rating: vals[$0], group: "g") }),
            ScaleStrip(categories: cats, selected: v.isFinite ? Int(max(-5, min(99, v))) : nil, counts: vals),
            TrendTable(columns: [.init("C1"), .init("C2", format: .percent())],
                       rows: cats.enumerated().map { .init($1, [.value(vals[$0]), .trend(.number(v), previous: .number(-v))]) }),
            MissionMap(name: "map", places: [
                .init("X", latitude: v, longitude: v, callout: "callout"),
                .init("Y", latitude: -v, longitude: v),
                .init("Z", latitude: 10, longitude: 20, callout: "ok"),
            ]),
            CheckMatrix(columns: cats, rows: [.init("row", [.yes, .no, .noData, .yes])]),
            ImpactMatrix(aspects: cats, rows: [.init("row", [.low, nil, .high, .medium])]),
            TextBox(heading: "h", paragraphs: ["p"]),
            BulletChart(name: "bullet", rows: cats.enumerated().map {
                .init($1, value: vals[$0], target: $0 == 2 ? .range(-v, v) : .value(v), band: .init(0, v, label: "band"))
            }, maxValue: v),
        ]
    }

    @Test("every kind survives extreme values", arguments: numbers)
    func extremeValues(_ v: Double) {
        for chart in Self.charts(v) {
            let r = chart.render(in: Rect(x: 10, y: 10, width: 255, height: 170), context: ChartHarness.context())
            ChartHarness.expectInside(r)
        }
    }

    @Test("every kind survives extreme boxes", arguments: sizes)
    func extremeBoxes(_ size: Size) {
        for chart in Self.charts(42) + GalleryEntry.all.flatMap({ $0.samples.map(\.chart) }) {
            _ = chart.render(in: Rect(x: 10, y: 10, width: size.width, height: size.height), context: ChartHarness.context())
        }
    }

    @Test("every kind measures extreme widths and values without trapping", arguments: sizes)
    func extremeMeasures(_ size: Size) {
        for chart in Self.charts(42) + Self.charts(size.height) + GalleryEntry.all.flatMap({ $0.samples.map(\.chart) }) {
            _ = chart.size(for: size.width, in: ChartHarness.context())
        }
    }

    @Test("issue 12 crashes: bars 1e308 pt high, a line target of -1e18 (both SIGILL before)")
    func issue12Crashes() {
        let bars = BarChart(name: "bars", categories: ["A", "B"], values: [1, 2])
            .render(in: Rect(x: 0, y: 0, width: 300, height: 1e308), context: ChartHarness.context())
        #expect(bars.box.height == 1e308)
        let line = LineChart(name: "line", periods: ["C4", "C5"], series: [.init(name: "s", values: [1, 2])],
                             targets: [.init(label: "Target", value: -1e18)])
            .render(in: Rect(x: 0, y: 0, width: 300, height: 200), context: ChartHarness.context())
        ChartHarness.expectInside(line)
    }

    @Test("a huge box does not turn a huge count into work")
    func hugeBoxHugeCount() {
        let r = DotRating(scale: Int.max, rows: [.init("a", rating: 2)])
            .render(in: Rect(x: 0, y: 0, width: 1e300, height: 1e300), context: ChartHarness.context())
        #expect(r.nodes.count < 10_000)
    }

    @Test("every kind survives extreme box origins")
    func extremeOrigins() {
        for origin in [1e308, -1e308, Double.nan, Double.infinity] {
            for chart in Self.charts(7) {
                _ = chart.render(in: Rect(x: origin, y: origin, width: 200, height: 150), context: ChartHarness.context())
            }
        }
    }

    @Test("empty and large series")
    func counts() {
        let many = (0..<600).map { "C\($0)" }
        let manyValues: [ChartValue] = many.indices.map { .number(Double($0)) }
        let charts: [any Chart] = [
            BarChart(name: "empty", categories: [], values: []),
            BarChart(name: "mismatch", categories: ["A", "B"], values: [1, 2, 3, 4]),
            BarChart(name: "mismatch 2", categories: ["A", "B", "C"], values: [1]),
            BarChart(name: "no series", categories: ["A"], series: []),
            BarChart(name: "many", categories: many, values: manyValues),
            BarChart(name: "many v", categories: many, values: manyValues, orientation: .vertical),
            LineChart(name: "empty", periods: [], series: []),
            LineChart(name: "one", periods: ["A"], series: [.init(name: "s", values: [1])]),
            LineChart(name: "many", periods: many, series: [.init(name: "s", values: manyValues)]),
            LineChart(name: "mismatch", periods: ["A", "B", "C"], series: [.init(name: "s", values: [1])]),
            LineChart(name: "domain", periods: ["A", "B"], series: [.init(name: "s", values: [1, 2])], domain: 5...5),
            LineChart(name: "huge domain", periods: ["A", "B"], series: [.init(name: "s", values: [1, 2])], domain: -1e308...1e308),
            LineChart(name: "near", periods: ["A", "B"], series: [.init(name: "s", values: [.number(1e20), .number(1e20 + 16384)])]),
            DonutChart(name: "empty", slices: []),
            DonutChart(name: "many", slices: many.map { .init(label: $0, value: 1) }),
            Sparkline(periods: [], values: []),
            Sparkline(periods: ["A"], values: [1, 2, 3]),
            Sparkline(periods: many, values: manyValues),
            Funnel(stages: []),
            Funnel(stages: many.map { .init($0, 1) }),
            DotRating(scale: 0, rows: []),
            DotRating(scale: Int.max, rows: [.init("a", rating: 2)]),
            DotRating(scale: -5, rows: [.init("a", rating: 1e308)]),
            ScaleStrip(categories: [], selected: 3),
            ScaleStrip(categories: ["a"], selected: Int.max, counts: []),
            ScaleStrip(categories: ["a", "b"], selected: Int.min, counts: [1, 2, 3]),
            ScaleStrip(categories: many, counts: manyValues),
            TrendTable(columns: [], rows: []),
            TrendTable(columns: [.init("c")], rows: [.init("r", [])]),
            TrendTable(columns: [.init("c", format: .number(maxFractionDigits: -3))], rows: [.init("r", [.value(1.5)])]),
            TrendTable(columns: [.init("c", format: .number(maxFractionDigits: 1000))], rows: [.init("r", [.value(1.5)])]),
            TrendTable(columns: [.init("c", format: .percentExactly(fractionDigits: -1))], rows: [.init("r", [.value(1.5)])]),
            TrendTable(columns: [.init("c")], rows: many.map { .init($0, [.value(1)]) }),
            CheckMatrix(columns: [], rows: []),
            CheckMatrix(columns: ["a"], rows: [.init("r", [.yes, .no, .yes])]),
            CheckMatrix(columns: many, rows: [.init("r", [])]),
            ImpactMatrix(aspects: [], rows: []),
            ImpactMatrix(aspects: ["a"], rows: [.init("r", [.low, .high, nil])]),
            MissionMap(name: "empty", places: []),
            MissionMap(name: "none", places: [.init("x", latitude: nil, longitude: nil)]),
            MissionMap(name: "many", places: many.prefix(200).enumerated().map { .init($1, latitude: Double($0 % 60), longitude: Double($0)) }),
            MissionMap(name: "region", places: [.init("x", latitude: 1, longitude: 1)],
                       region: GeoBox(west: -.infinity, south: .nan, east: 0, north: 1e308)),
            Waffle(value: .absent(reason: nil), caption: ""),
            TextBox(heading: nil, paragraphs: []),
            TextBox(heading: "", paragraphs: [String(repeating: "word ", count: 3000)]),
            KPITile(value: 1, caption: "", format: .number(maxFractionDigits: Int.max)),
            KPITile(value: 1, caption: "", format: .percent(fractionDigits: Int.min)),
        ]
        for chart in charts {
            let r = chart.render(in: Rect(x: 10, y: 10, width: 255, height: 170), context: ChartHarness.context())
            ChartHarness.expectInside(r)
        }
    }

    @Test("arcs survive extreme angles, radii and centres", arguments: numbers)
    func arcs(_ v: Double) {
        var p = Path()
        p.addArc(center: Point(0, 0), radius: 10, start: 0, end: v)
        p.addArc(center: Point(v, v), radius: v, start: v, end: -v, connect: true)
        p.addArc(center: Point(5, 5), radius: 1, start: -v, end: 1)
    }

    @Test("number formats and scales survive extremes", arguments: numbers)
    func formatsAndScales(_ v: Double) {
        for format: ValueFormat in [.number(), .percent(), .abbreviated, .ratio, .numberExactly(fractionDigits: 2),
                                    .number(maxFractionDigits: -1), .percentExactly(fractionDigits: 99)] {
            _ = format.string(v, locale: .init(identifier: "en"))
            _ = format.uniform(for: [v, 1.5, -v])
        }
        _ = LinearScale.zeroBased(max: v)
        _ = LinearScale.nice(v, -v)
        _ = LinearScale.nice(-v, v)
        _ = LinearScale.nice(v, v)
        _ = LinearScale.niceStep(span: v, count: 5)
        for domain in [LinearScale.nice(-abs(v), abs(v)), LinearScale.zeroBased(max: v)] {
            _ = LinearScale(domain: domain, range: 0...100).ticks(5)
        }
    }
}
