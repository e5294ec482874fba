import A4PCharts
import A4PScene
import Testing

@Suite("Funnel")
struct FunnelTests {
    static func crimes(_ labels: [String] = ["Identified", "Detained", "Brought to trial", "Convicted"],
                       tried: ChartValue = 146) -> Funnel {
        Funnel(name: "crimes funnel", stages: [
            .init(labels[0], .number(337, .approximately)), .init(labels[1], 246), .init(labels[2], tried), .init(labels[3], 95),
        ])
    }

    static func bars(_ r: ChartRendering) -> [Rect] {
        ChartHarness.shapes(r).filter { $0.fill == Theme().accent }.compactMap(\.path.bounds)
    }

    @Test("centred, decreasing bars with values and shares; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Self.crimes(), size: Size(255, 110))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(texts.joined().contains("≈337"), "qualifier kept")
        #expect(texts.contains("246 · 73%"))
        #expect(texts.contains("95 · 28%"))
        let bars = Self.bars(r)
        #expect(bars.count == 4)
        #expect(zip(bars, bars.dropFirst()).allSatisfy { $0.width > $1.width })
        let centres = bars.map { $0.x + $0.width / 2 }
        #expect(centres.allSatisfy { abs($0 - centres[0]) < 0.01 })
        try ChartHarness.expectMatchesReference(doc, "funnel-basic")
    }

    @Test("an absent stage is a dashed 'not reported' marker, not a zero-width bar")
    func missing() throws {
        let (r, doc) = ChartHarness.render(Self.crimes(tried: .absent()), size: Size(255, 110))
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(Self.bars(r).count == 3)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("not reported") && texts.contains("–"))
        #expect(!texts.contains { $0.hasPrefix("0") })
        #expect(ChartHarness.shapes(r).contains { $0.stroke?.dash.isEmpty == false })
        try ChartHarness.expectMatchesReference(doc, "funnel-missing")
    }

    @Test("long labels wrap; Arabic puts labels right and values left")
    func longAndArabic() throws {
        let (r, _) = ChartHarness.render(Self.crimes(["Alleged perpetrators identified by host state authorities since 2013",
                                                      "Detained", "Brought to trial", "Convicted"]), size: Size(255, 110))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        #expect(ChartHarness.texts(r).contains { $0.hasSuffix("…") })

        let (ra, da) = ChartHarness.render(Self.crimes(["تم تحديدهم", "احتُجزوا", "قُدّموا للمحاكمة", "أُدينوا"]),
                                           size: Size(255, 110), language: "ar")
        #expect(ra.problems.isEmpty, "\(ra.problems)")
        ChartHarness.expectInside(ra)
        let label = try #require(ChartHarness.tableRun(ra, "تم تحديدهم"))
        let value = try #require(ChartHarness.tableRuns(ra).first { $0.text.contains("337") })
        let bar = try #require(Self.bars(ra).first)
        #expect(label.bounds.minX > bar.maxX && value.bounds.maxX < bar.minX)
        try ChartHarness.expectMatchesReference(da, "funnel-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Self.crimes(), size: Size(255, 30))
        #expect(r.problems.contains { $0.chart == "crimes funnel" }, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(Funnel.self) }
}
