import A4PCharts
import A4PScene
import Testing

@Suite("Bar charts")
struct BarChartTests {
    // Seed 002 (cycle 5), P7.03: new SOFA/SOMA incidents in the last six months.
    let missions = ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMISS"]
    let incidents: [ChartValue] = [0, 10, 27, 0, 0, 43, 1, 125]
    let size = Size(260, 170)

    @Test("horizontal: labels, values, inside the box, reference image")
    func horizontal() throws {
        let chart = BarChart(name: "New SOFA/SOMA incidents", categories: missions, values: incidents)
        let (r, doc) = ChartHarness.render(chart, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        for m in missions { #expect(texts.contains(m), "label \(m) missing") }
        #expect(texts.contains("125") && texts.contains("43"))
        try ChartHarness.expectMatchesReference(doc, "bar-horizontal")
    }

    @Test("grouped columns too narrow for their labels turn every label a quarter: none dropped, none overlapping")
    func rotatedGroupedLabels() {
        // Seed-like shares with one decimal, French formatting ("87,3 %") wider than the columns.
        let values1: [ChartValue] = [99.9, 82.2, 96, 83, 85.9, 72, 73.8, 74.9, 57.8, 71.2, 61.8]
        let values2: [ChartValue] = [99.2, 72.2, 100, 92.7, 90.8, 62.9, 76.2, 90.6, 50.9, 63.3, 57.7]
        let chart = BarChart(name: "grouped", categories: ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA",
                                                           "UNMIK", "UNMISS", "UNMOGIP", "UNTSO"],
                             series: [.init(name: "Cycle 4", values: values1), .init(name: "Cycle 5", values: values2)],
                             orientation: .vertical, format: .percent(fractionDigits: 1))
        let (r, _) = ChartHarness.render(chart, size: Size(600, 280), language: "fr")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let labels = ChartHarness.texts(r).filter { $0.contains("%") && $0.contains(",") }
        #expect(labels.count == 22, "\(labels)")
        #expect(labels.contains("99,9\u{00A0}%"))
        #expect(labels.contains("96,0\u{00A0}%"), "uniform decimals")
        // Rotated labels are groups with a quarter-turn transform; their boxes must not overlap.
        var boxes: [Rect] = []
        func collect(_ nodes: [Node]) {
            for n in nodes {
                if case .group(let g) = n {
                    if abs(g.transform.b + 1) < 1e-9, let b = n.bounds { boxes.append(b) } else { collect(g.children) }
                }
            }
        }
        collect(r.nodes)
        #expect(boxes.count == 22)
        for i in boxes.indices { for j in boxes.indices where j > i {
            #expect(!boxes[i].insetBy(dx: 0.2, dy: 0.2).intersects(boxes[j].insetBy(dx: 0.2, dy: 0.2)), "labels \(i) and \(j) overlap")
        } }
    }

    @Test("bar lengths are proportional to values from a zero baseline")
    func proportional() {
        let chart = BarChart(name: "t", categories: ["a", "b"], values: [50, 100])
        let (r, _) = ChartHarness.render(chart, size: size)
        let bars = r.nodes.compactMap { n -> Rect? in
            if case .shape(let s) = n, s.fill == Theme().accent { return s.path.bounds }
            return nil
        }
        #expect(bars.count == 2)
        if bars.count == 2 {
            #expect(abs(bars[0].minX - bars[1].minX) < 0.01, "same baseline")
            #expect(abs(bars[1].width / bars[0].width - 2) < 0.01)
        }
    }

    @Test("a missing value is drawn as absent with 'not reported', never as a zero bar")
    func missing() throws {
        let chart = BarChart(name: "Totals", categories: ["MINURSO", "UNIFIL"], values: [2, .absent(reason: "under validation")])
        let (r, _) = ChartHarness.render(chart, size: Size(260, 60))
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("not reported"))
        #expect(!texts.contains("0"))
    }

    @Test("Arabic: labels on the right, bars grow leftwards, numbers stay digits")
    func arabic() throws {
        let chart = BarChart(name: "حوادث", categories: ["مينوسكا", "أنميس"], values: [10, 125])
        let (r, doc) = ChartHarness.render(chart, size: Size(260, 80), language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        var labelX: Double = 0, valueX: Double = .infinity
        for n in r.nodes {
            guard case .text(let run) = n else { continue }
            if run.text.contains("أنميس") { labelX = run.origin.x }
            if run.text == "125" { valueX = run.origin.x }
        }
        #expect(labelX > valueX, "label right of the bar's value")
        try ChartHarness.expectMatchesReference(doc, "bar-arabic")
    }

    @Test("long labels wrap to two lines, or end with an ellipsis when asked")
    func longLabels() {
        let long = "Triangular Partnership Programme trainees deployed to field missions"
        var chart = BarChart(name: "t", categories: [long, "Short"], values: [367, 20])
        let (r1, _) = ChartHarness.render(chart, size: Size(260, 80))
        #expect(r1.problems.isEmpty, "\(r1.problems)")
        ChartHarness.expectInside(r1)
        chart.ellipsizeLabels = true
        let (r2, _) = ChartHarness.render(chart, size: Size(260, 80))
        #expect(ChartHarness.texts(r2).contains { $0.hasSuffix("…") })
    }

    @Test("grouped, stacked and 100 % stacked stay in the box and label their parts",
          arguments: [BarChart.Layout.grouped, .stacked, .percentStacked], [BarChart.Orientation.horizontal, .vertical])
    func layouts(layout: BarChart.Layout, orientation: BarChart.Orientation) throws {
        // Seeds 000, 002, 001: PKI Academy trainees, uniformed and civilian.
        let chart = BarChart(name: "PKI Academy", categories: ["Cycle 4", "Cycle 5", "Cycle 6"],
                             series: [.init(name: "Uniformed", values: [44, 29, 85]), .init(name: "Civilian", values: [43, 15, 46])],
                             orientation: orientation, layout: layout, categoriesAreTime: true)
        let (r, doc) = ChartHarness.render(chart, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("Uniformed") && texts.contains("Civilian"), "legend")
        switch layout {
        case .grouped: #expect(texts.contains("85") && texts.contains("46"))
        case .stacked: #expect(texts.contains("131"), "stack total 85 + 46")
        case .percentStacked: #expect(texts.contains("65%"), "85 of 131")
        }
        try ChartHarness.expectMatchesReference(doc, "bar-\(layout.rawValue)-\(orientation.rawValue)")
    }

    @Test("too many categories for the box is reported, naming the chart")
    func tooSmall() {
        let chart = BarChart(name: "Crowded", categories: (1...40).map { "Mission \($0)" }, values: Array(repeating: 3, count: 40))
        let (r, _) = ChartHarness.render(chart, size: Size(200, 60))
        #expect(r.problems.first?.description.hasPrefix("bar chart 'Crowded': 40 categories need") == true, "\(r.problems)")
        ChartHarness.expectInside(r)
    }
}
