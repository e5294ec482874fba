import A4PCharts
import A4PScene
import Testing

@Suite("Bullet chart")
struct BulletChartTests {
    typealias Row = BulletChart.Row
    static let ink = Theme().ink, accent = Theme().accent

    /// Value bars (accent fills), in row order.
    static func bars(_ r: ChartRendering) -> [Rect] {
        ChartHarness.shapes(r).filter { $0.fill == accent }.compactMap(\.path.bounds)
    }
    /// Target ticks in the rows (ink fills as tall as the track; the key's mark is shorter).
    static func ticks(_ r: ChartRendering) -> [Rect] {
        ChartHarness.shapes(r).filter { $0.fill == ink }.compactMap(\.path.bounds).filter { $0.height > 12 && $0.width < 3 }
    }

    static let halfAndFull = BulletChart(name: "shares", rows: [
        Row("Category A", value: 25, target: .value(50)), Row("Category B", value: 50, target: .value(50)),
    ], format: .percent(), maxValue: 100)

    @Test("bars are proportional from one baseline; the target tick sits at the target's x; one key names it")
    func geometry() throws {
        let (r, _) = ChartHarness.render(Self.halfAndFull, size: Size(260, 80))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let bars = Self.bars(r), ticks = Self.ticks(r)
        try #require(bars.count == 2 && ticks.count == 2)
        #expect(abs(bars[0].minX - bars[1].minX) < 0.01, "same baseline")
        #expect(abs(bars[1].width / bars[0].width - 2) < 0.01)
        // Target 50 of 100: where the value-50 bar ends, and half way along the scale.
        for t in ticks { #expect(abs(t.midX - bars[1].maxX) < 0.01) }
        // The tick crosses the bar: taller than it, centred on it.
        #expect(ticks[0].height > bars[0].height)
        #expect(abs(ticks[0].midY - bars[0].midY) < 0.01)
        let texts = ChartHarness.texts(r)
        #expect(texts.filter { $0.hasPrefix("Target") }.count == 1, "\(texts)")
        #expect(texts.contains("Target 50%"))
        #expect(texts.contains("25%") && texts.contains("50%"))
    }

    @Test("right to left: labels on the right, bars grow leftwards from one baseline, the tick mirrored")
    func mirrored() throws {
        let (r, _) = ChartHarness.render(Self.halfAndFull, size: Size(260, 80), language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let bars = Self.bars(r), ticks = Self.ticks(r)
        try #require(bars.count == 2 && ticks.count == 2)
        #expect(abs(bars[0].maxX - bars[1].maxX) < 0.01, "baseline on the right")
        #expect(abs(bars[1].width / bars[0].width - 2) < 0.01)
        for t in ticks { #expect(abs(t.midX - bars[1].minX) < 0.01) }
        let label = try #require(ChartHarness.tableRun(r, "Category A"))
        #expect(label.bounds.minX > bars[0].maxX)
        // Bars start on the right of the box's middle and the key's "الهدف 50%" mark is there too.
        #expect(bars[0].maxX > r.box.midX)
    }

    @Test("a value too short for its label inside prints it past the bar end, clear of the target tick")
    func labelClearOfTick() throws {
        let chart = BulletChart(name: "t", rows: [Row("A", value: 4, target: .value(6))], format: .percent(), maxValue: 100)
        let (r, _) = ChartHarness.render(chart, size: Size(260, 50))
        #expect(r.problems.isEmpty, "\(r.problems)")
        let tick = try #require(Self.ticks(r).first), bar = try #require(Self.bars(r).first)
        let label = try #require(ChartHarness.tableRun(r, "4%"))
        #expect(label.bounds.minX > bar.maxX)
        #expect(label.bounds.minX > tick.maxX, "the label would cross the tick at 6%")
    }

    @Test("text never crosses a tick: past it when there is room, otherwise a problem", arguments: [0.0, 50, 95])
    func neverCrossesTick(value: Double) {
        for t in stride(from: 0.0, through: 100, by: 2.5) {
            let v: ChartValue = value == 0 ? .absent() : .number(value)
            let chart = BulletChart(name: "t", rows: [Row("A", value: v, target: .value(t))], format: .percent(), maxValue: 100)
            let (r, _) = ChartHarness.render(chart, size: Size(100, 50))
            ChartHarness.expectInside(r)
            guard let tick = Self.ticks(r).first else { Issue.record("no tick at \(t)"); continue }
            let text = ChartHarness.tableRuns(r).filter { $0.text.contains("%") || $0.text.contains("not") }
                .filter { !$0.text.hasPrefix("Target") }
            for run in text {
                #expect(run.bounds.maxX <= tick.minX + 0.01 || run.bounds.minX >= tick.maxX - 0.01,
                        "'\(run.text)' crosses the tick at \(t)")
            }
            if text.isEmpty { #expect(r.problems.contains { $0.message.contains("would cross") }, "target \(t): \(r.problems)") }
        }
    }

    @Test("an absent value draws no bar and its words, never 0; the target still shows")
    func absent() throws {
        let chart = BulletChart(name: "t", rows: [
            Row("Reported", value: 12, target: .value(15)),
            Row("Unknown", value: .absent(reason: "chart lost"), target: .value(15)),
            Row("None", value: .absent(state: .none), target: .value(15)),
        ], format: .percent())
        let (r, _) = ChartHarness.render(chart, size: Size(260, 100))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        #expect(Self.bars(r).count == 1)
        #expect(Self.ticks(r).count == 3)
        let texts = ChartHarness.texts(r)
        #expect(texts.joined(separator: " ").contains("not reported"))
        #expect(texts.contains("none"))
        #expect(!texts.contains("0%") && !texts.contains("0"))
        #expect(r.altText?.contains("Unknown not reported (target 15%)") == true, "\(r.altText ?? "")")
    }

    @Test("targets that differ per row go in one 'Target' column; ranges print low–high")
    func targetColumn() throws {
        let chart = BulletChart(name: "t", rows: [
            Row("A", value: 9.9, target: .value(15)), Row("B", value: 12, target: .range(10, 20)), Row("C", value: 3),
        ], format: .percent(fractionDigits: 1))
        let (r, _) = ChartHarness.render(chart, size: Size(300, 100))
        #expect(r.problems.isEmpty, "\(r.problems)")
        let texts = ChartHarness.texts(r)
        #expect(texts.filter { $0 == "Target" }.count == 1, "\(texts)")
        #expect(texts.contains("15%") && texts.contains("10%–20%"))
        #expect(texts.contains("9.9%") && texts.contains("12.0%"), "uniform decimals on the values")
        #expect(Self.ticks(r).count == 3, "one tick for 15, two for the range")
    }

    @Test("no problems at the natural height; a box a few points shorter reports the height it needs")
    func naturalHeight() {
        let charts = [Self.halfAndFull] + GalleryEntry.all.filter { ObjectIdentifier($0.chart) == ObjectIdentifier(BulletChart.self) }.flatMap(\.samples)
            .compactMap { $0.chart as? BulletChart }
        #expect(charts.count >= 4)
        for (i, chart) in charts.enumerated() {
            for language in ["en", "ar", "fr"] {
                let h = chart.size(for: 255, in: ChartHarness.context(language)).height
                let (r, _) = ChartHarness.render(chart, size: Size(255, h), language: language)
                #expect(r.problems.isEmpty, "chart \(i) \(language) at \(h) pt: \(r.problems)")
                ChartHarness.expectInside(r)
                let (short, _) = ChartHarness.render(chart, size: Size(255, h - 4), language: language)
                #expect(short.problems.contains { $0.message.contains("need") }, "chart \(i) \(language): \(short.problems)")
            }
        }
    }

    @Test("too narrow a box is reported, naming the chart, and nothing leaves the box")
    func tooNarrow() {
        let (r, _) = ChartHarness.render(Self.halfAndFull, size: Size(70, 80))
        #expect(r.problems.contains { $0.chart == "bullet chart 'shares'" && $0.message.contains("no room") }, "\(r.problems)")
        ChartHarness.expectInside(r)
        #expect(Self.bars(r).isEmpty)
    }

    @Test("alt text names the kind, the chart and every row with value and target")
    func altText() {
        let chart = BulletChart(name: "Women deployed", rows: [
            Row("Category A", value: 9.9, target: .value(15)), Row("Category B", value: .number(26, .over), target: .value(10)),
        ], format: .percent(fractionDigits: 1))
        let (r, _) = ChartHarness.render(chart, size: Size(260, 80))
        #expect(r.altText == "Bullet chart: Women deployed: Category A 9.9% (target 15%), Category B >26.0% (target 10%)")
        let (fr, _) = ChartHarness.render(chart, size: Size(260, 80), language: "fr")
        #expect(fr.altText?.contains("(objectif 15\u{00A0}%)") == true, "\(fr.altText ?? "")")
    }

    @Test("negative values and no rows are reported, not drawn")
    func refused() {
        let (neg, _) = ChartHarness.render(BulletChart(name: "n", rows: [Row("A", value: -3, target: .value(5))]), size: Size(260, 60))
        #expect(neg.problems.contains { $0.message.contains("negative") })
        let (empty, _) = ChartHarness.render(BulletChart(name: "e", rows: []), size: Size(260, 60))
        #expect(empty.problems.contains { $0.message.contains("no data") })
    }

    @Test("matches its reference images, left to right and right to left")
    func references() throws {
        let chart = BulletChart(name: "ref", rows: [
            Row("Reported", value: .number(26, .over), target: .value(10)),
            Row("Range", value: 42, target: .range(40, 60), band: .init(0, 40, label: "Below range")),
            Row("Unknown", value: .absent(), target: .value(35)),
        ], format: .percent(), maxValue: 100)
        for (language, name) in [("en", "bullet-basic"), ("ar", "bullet-arabic")] {
            let (r, doc) = ChartHarness.render(chart, size: Size(260, 110), language: language)
            #expect(r.problems.isEmpty, "\(r.problems)")
            try ChartHarness.expectMatchesReference(doc, name)
        }
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(BulletChart.self) }
}

private extension Rect {
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }
}
