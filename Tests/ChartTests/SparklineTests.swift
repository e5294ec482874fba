import A4PCharts
import A4PScene
import Testing

@Suite("Sparkline")
struct SparklineTests {
    static let cycles = ["C1", "C2", "C3", "C4", "C5", "C6"]

    static func lines(_ r: ChartRendering) -> [Shape] {
        ChartHarness.shapes(r).filter { $0.stroke != nil && $0.fill == nil && $0.path.elements.count >= 2 }
    }

    @Test("line, last point marked and labelled; matches its reference")
    func basic() throws {
        let s = Sparkline(name: "women leadership", periods: Self.cycles, values: [30, 33, 35, 36, 37, 38], format: .percent())
        let (r, doc) = ChartHarness.render(s, size: Size(120, 40))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("38%") && texts.contains("C1") && texts.contains("C6"))
        #expect(Self.lines(r).count == 1)
        // The label sits right of the last point.
        let label = try #require(ChartHarness.tableRun(r, "38%"))
        let dot = try #require(ChartHarness.shapes(r).first { $0.stroke?.color == .white }?.path.bounds)
        #expect(label.bounds.minX > dot.maxX)
        try ChartHarness.expectMatchesReference(doc, "sparkline-basic")
    }

    @Test("an absent point breaks the line; it never drops to zero")
    func gap() throws {
        let s = Sparkline(periods: Self.cycles, values: [30, 33, .absent(), 36, 37, 37], format: .percent())
        let (r, doc) = ChartHarness.render(s, size: Size(120, 40))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let lines = Self.lines(r)
        #expect(lines.count == 2, "two runs around the gap")
        // No vertex lies below the lowest value's position (30 is the minimum).
        let ys = lines.flatMap { $0.path.elements.compactMap { e -> Double? in
            switch e { case .move(let p), .line(let p): p.y; default: nil } } }
        let bottom = ys.max()!
        #expect(ys.filter { abs($0 - bottom) < 0.01 }.count == 1, "only the 30% point sits at the bottom")
        #expect(!ChartHarness.texts(r).contains("0%"))
        try ChartHarness.expectMatchesReference(doc, "sparkline-gap")

        // Last period absent: the last reported value is labelled.
        let (r2, _) = ChartHarness.render(Sparkline(periods: Self.cycles, values: [30, 33, 35, 36, 37, .absent()], format: .percent()),
                                          size: Size(120, 40))
        #expect(ChartHarness.texts(r2).contains("37%"))
    }

    @Test("long period names and Arabic keep time left to right")
    func longAndArabic() throws {
        let long = Sparkline(periods: ["January 2019", "2020", "2021", "2022", "December 2023"], values: [23, 13, 24, 33, 32])
        let (r, _) = ChartHarness.render(long, size: Size(255, 50))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)

        let ar = Sparkline(periods: ["الدورة الأولى", "٢", "٣", "٤", "٥", "الدورة السادسة"], values: [30, 33, 35, 36, 37, 38],
                           format: .percent())
        let (ra, da) = ChartHarness.render(ar, size: Size(150, 48), language: "ar")
        #expect(ra.problems.isEmpty, "\(ra.problems)")
        ChartHarness.expectInside(ra)
        let first = try #require(ChartHarness.tableRun(ra, "الدورة الأولى")), last = try #require(ChartHarness.tableRun(ra, "الدورة السادسة"))
        #expect(first.bounds.maxX < last.bounds.minX, "first period on the left: time runs left to right")
        try ChartHarness.expectMatchesReference(da, "sparkline-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Sparkline(name: "tiny", periods: Self.cycles, values: [1, 2, 3, 4, 5, 6]), size: Size(30, 8))
        #expect(r.problems.contains { $0.chart == "tiny" }, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(Sparkline.self) }
}
