import A4PCharts
import A4PScene
import Testing

@Suite("Line charts")
struct LineChartTests {
    // Seeds 000, 002, 001: trainees by programme and cycle.
    let periods = ["Cycle 4", "Cycle 5", "Cycle 6"]
    let size = Size(260, 160)

    @Test("lines with a dashed target and direct end labels; reference image")
    func basic() throws {
        let chart = LineChart(name: "Women in senior leadership", periods: periods, series: [.init(name: "Women", values: [29, 37, 37])],
                              targets: [.init(label: "Parity", value: 50)], format: .percent(), domain: 0...60)
        let (r, doc) = ChartHarness.render(chart, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("37%"), "end label")
        #expect(texts.contains("Parity 50%"))
        let dashed = r.nodes.contains { if case .shape(let s) = $0 { return s.stroke?.dash == [3, 2] } else { return false } }
        #expect(dashed, "target line is dashed")
        try ChartHarness.expectMatchesReference(doc, "line-target")
    }

    @Test("end labels of close series never overlap")
    func labelsApart() {
        let chart = LineChart(name: "Close", periods: periods, series: [
            .init(name: "A", values: [10, 20, 30]), .init(name: "B", values: [10, 20, 30.5]), .init(name: "C", values: [10, 20, 31])])
        let (r, _) = ChartHarness.render(chart, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        let labels = r.nodes.compactMap { n -> Rect? in
            if case .text(let run) = n, ["A  30", "B  30.5", "C  31"].contains(run.text) { return run.bounds }
            return nil
        }
        #expect(labels.count == 3)
        for i in labels.indices { for j in labels.indices where i < j {
            let a = labels[i].insetBy(dx: 0, dy: 1), b = labels[j].insetBy(dx: 0, dy: 1)
            #expect(!a.intersects(b), "\(a) overlaps \(b)")
        } }
    }

    @Test("a missing value breaks the line and is marked, not drawn at zero")
    func missing() throws {
        let chart = LineChart(name: "FPU evaluations", periods: periods, series: [.init(name: "FPU", values: [51, .absent(), 54])])
        let (r, _) = ChartHarness.render(chart, size: size)
        ChartHarness.expectInside(r)
        let lines = r.nodes.filter { if case .shape(let s) = $0 { return s.stroke?.width == 1.75 } else { return false } }
        #expect(lines.isEmpty, "no segment joins across the gap")
        let hollow = r.nodes.contains { if case .shape(let s) = $0 { return s.fill == .white && s.stroke?.width == 0.75 } else { return false } }
        #expect(hollow, "an open marker shows the missing period")
    }

    @Test("Arabic keeps time left to right and the end label on the right")
    func arabic() throws {
        let chart = LineChart(name: "النساء", periods: ["الدورة ٤", "الدورة ٥", "الدورة ٦"],
                              series: [.init(name: "النساء", values: [29, 37, 37])], format: .percent())
        let (r, doc) = ChartHarness.render(chart, size: size, language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        // Runs split where direction or face changes; find them by a distinctive part.
        func x(_ part: String) -> Double {
            r.nodes.compactMap { n -> Double? in
                if case .text(let run) = n, run.text.contains(part) { return run.origin.x }
                return nil
            }.min() ?? .nan
        }
        #expect(x("٤") < x("٦"), "first period on the left")
        #expect(x("37") > x("٦"), "end label right of the last period")
        try ChartHarness.expectMatchesReference(doc, "line-arabic")
    }

    @Test("a box too small is reported")
    func tooSmall() {
        let (r, _) = ChartHarness.render(LineChart(name: "Tiny", periods: periods, series: [.init(name: "x", values: [1, 2, 3])]),
                                         size: Size(60, 30))
        #expect(r.problems.first?.description.hasPrefix("line chart 'Tiny': no room") == true, "\(r.problems)")
    }
}

@Suite("Donut charts")
struct DonutChartTests {
    let size = Size(260, 130)

    @Test("slices with '6 (55%)' labels; reference image")
    func basic() throws {
        // Seed 001: agreements of the 11 missions.
        let chart = DonutChart(name: "Agreements", slices: [.init(label: "SOFA", value: 6), .init(label: "SOMA", value: 1),
                                                            .init(label: "Other arrangements", value: 4)], centerText: "11")
        let (r, doc) = ChartHarness.render(chart, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r).joined(separator: "|")
        #expect(texts.contains("6 (55%)") && texts.contains("1 (9%)") && texts.contains("4 (36%)"))
        try ChartHarness.expectMatchesReference(doc, "donut")
    }

    @Test("labels of tiny slices do not collide; a missing slice says 'not reported'")
    func tinyAndMissing() {
        let chart = DonutChart(name: "Mixed", slices: [.init(label: "Large", value: 1000), .init(label: "Tiny", value: 1),
                                                       .init(label: "Tiny too", value: 1), .init(label: "Unknown", value: .absent())])
        let (r, _) = ChartHarness.render(chart, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let boxes = r.nodes.compactMap { n -> Rect? in if case .text(let run) = n { return run.bounds.insetBy(dx: 0, dy: 0.5) } else { return nil } }
        for i in boxes.indices { for j in boxes.indices where i < j { #expect(!boxes[i].intersects(boxes[j])) } }
        #expect(ChartHarness.texts(r).contains("not reported"))
    }

    @Test("Arabic: the donut moves right, the list left")
    func arabic() throws {
        let chart = DonutChart(name: "الاتفاقات", slices: [.init(label: "اتفاق مركز القوات", value: 6), .init(label: "ترتيبات أخرى", value: 4)])
        let (r, doc) = ChartHarness.render(chart, size: size, language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let ring = r.nodes.compactMap { n -> Rect? in if case .shape(let s) = n, s.stroke != nil { return s.path.bounds } else { return nil } }
        let label = r.nodes.compactMap { n -> Rect? in if case .text(let run) = n, run.text.contains("ترتيبات") { return run.bounds } else { return nil } }
        #expect((ring.first?.minX ?? 0) > (label.first?.maxX ?? .infinity))
        try ChartHarness.expectMatchesReference(doc, "donut-arabic")
    }
}

@Suite("Long labels in lines and donuts")
struct LongLabelTests {
    @Test("long series names and period names stay inside and apart")
    func lineLong() {
        let chart = LineChart(name: "Long", periods: ["May – October 2023", "November 2023 – April 2024", "May – October 2024"],
                              series: [.init(name: "Triangular Partnership Programme trainees", values: [143, 306, 367]),
                                       .init(name: "Peacekeeping Intelligence Academy", values: [87, 44, 131])])
        let (r, _) = ChartHarness.render(chart, size: Size(400, 170))
        ChartHarness.expectInside(r)
        #expect(r.problems.isEmpty, "\(r.problems)")
    }

    @Test("long slice labels wrap to two lines and end with an ellipsis beyond")
    func donutLong() {
        let long = "Status-of-forces agreement signed with the host Government and in force for the whole reporting period"
        let chart = DonutChart(name: "Long", slices: [.init(label: long, value: 6), .init(label: "Other", value: 5)])
        let (r, _) = ChartHarness.render(chart, size: Size(260, 130))
        ChartHarness.expectInside(r)
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(ChartHarness.texts(r).contains { $0.hasSuffix("…") })
    }
}
