import A4PCharts
import A4PScene
import Testing

@Suite("Scale strip")
struct ScaleStripTests {
    static let scale = ["No collaboration", "Limited", "Moderate", "Strong collaboration"]

    @Test("sequential segments with counts and wrapped labels; matches its reference")
    func counts() throws {
        let (r, doc) = ChartHarness.render(ScaleStrip(name: "collaboration", categories: Self.scale, counts: [0, 1, 3, 8]),
                                           size: Size(255, 52))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let fills = ChartHarness.shapes(r).compactMap(\.fill)
        #expect(Array(fills.prefix(4)) == Theme().sequential(4))
        let texts = ChartHarness.texts(r)
        #expect(["0", "1", "3", "8"].allSatisfy(texts.contains))
        try ChartHarness.expectMatchesReference(doc, "scale-strip-counts")
    }

    @Test("selected category: marker and outline, readable without colour")
    func selected() throws {
        let (r, doc) = ChartHarness.render(ScaleStrip(categories: Self.scale, selected: 2), size: Size(255, 48))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let marker = try #require(ChartHarness.shapes(r).first { $0.fill == Theme().ink }?.path.bounds)
        let label = try #require(ChartHarness.tableRun(r, "Moderate"))
        #expect(abs((marker.x + marker.width / 2) - (label.bounds.x + label.bounds.width / 2)) < 1)
        try ChartHarness.expectMatchesReference(doc, "scale-strip-selected")
    }

    @Test("absent count is '–'; long labels wrap; Arabic runs right to left")
    func missingLongArabic() throws {
        let (r, _) = ChartHarness.render(ScaleStrip(categories: Self.scale, counts: [0, .absent(), 3, 8]), size: Size(255, 52))
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(ChartHarness.texts(r).contains("–"))
        #expect(ChartHarness.texts(r).filter { $0 == "0" }.count == 1)

        let long = ScaleStrip(categories: ["No collaboration between units", "Limited and ad hoc collaboration",
                                           "Moderate, regular collaboration", "Strong, systematic collaboration across all units"],
                              selected: 3)
        let (rl, _) = ChartHarness.render(long, size: Size(255, 60))
        #expect(rl.problems.isEmpty, "\(rl.problems)")
        ChartHarness.expectInside(rl)

        let ar = ScaleStrip(categories: ["لا تعاون", "تعاون محدود", "تعاون متوسط", "تعاون قوي"], counts: [0, 1, 3, 8])
        let (ra, da) = ChartHarness.render(ar, size: Size(255, 52), language: "ar")
        #expect(ra.problems.isEmpty, "\(ra.problems)")
        ChartHarness.expectInside(ra)
        let first = try #require(ChartHarness.tableRun(ra, "لا تعاون")), last = try #require(ChartHarness.tableRun(ra, "تعاون قوي"))
        #expect(first.bounds.minX > last.bounds.maxX, "first category on the right")
        try ChartHarness.expectMatchesReference(da, "scale-strip-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(ScaleStrip(name: "collaboration", categories: Self.scale), size: Size(255, 15))
        #expect(r.problems.contains { $0.chart == "collaboration" }, "\(r.problems)")
        let (r2, _) = ChartHarness.render(ScaleStrip(name: "collaboration", categories: Self.scale), size: Size(60, 50))
        #expect(r2.problems.contains { $0.chart == "collaboration" }, "\(r2.problems)")
        ChartHarness.expectInside(r2)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(ScaleStrip.self) }
}
