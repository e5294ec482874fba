import A4PCharts
import A4PScene
import Testing

@Suite("Waffle")
struct WaffleTests {
    static func cells(_ r: ChartRendering, _ color: Color) -> Int {
        ChartHarness.shapes(r).filter { $0.fill == color }.count
    }

    @Test("29 of 100 squares filled, big number and caption; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Waffle(name: "women waffle", value: 29, caption: "of SRSGs and DSRSGs are women"),
                                           size: Size(255, 90))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let t = Theme()
        #expect(Self.cells(r, t.accent) == 29)
        #expect(Self.cells(r, t.faint) == 71)
        #expect(ChartHarness.texts(r).contains("29%"))
        try ChartHarness.expectMatchesReference(doc, "waffle-basic")
    }

    @Test("a second category fills the next squares; long captions wrap")
    func second() throws {
        let w = Waffle(value: 38, caption: "of non-uniformed heads and deputy heads of mission are women",
                       second: .init(29, caption: "of special and deputy special representatives of the Secretary-General are women"))
        let (r, doc) = ChartHarness.render(w, size: Size(255, 110))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let t = Theme()
        #expect(Self.cells(r, t.accent) == 38)
        #expect(Self.cells(r, t.color(series: 2)) == 29)
        #expect(Self.cells(r, t.faint) == 33)
        try ChartHarness.expectMatchesReference(doc, "waffle-two")
    }

    @Test("absent share: empty grid, '–' and 'not reported', never 0%")
    func missing() {
        let (r, _) = ChartHarness.render(Waffle(value: .absent(), caption: "of trainees were women"), size: Size(255, 90))
        #expect(r.problems.isEmpty, "\(r.problems)")
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("–"))
        #expect(texts.joined().replacingOccurrences(of: " ", with: "").contains("notreported"))
        #expect(!texts.contains("0%"))
        #expect(Self.cells(r, Theme().accent) == 0)
    }

    @Test("Arabic: grid on the right, filling from the top right")
    func arabic() throws {
        let (r, doc) = ChartHarness.render(Waffle(value: 29, caption: "من الممثلين الخاصين ونوابهم نساء"), size: Size(255, 90),
                                           language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let filled = ChartHarness.shapes(r).filter { $0.fill == Theme().accent }.compactMap(\.path.bounds)
        let caption = try #require(ChartHarness.tableRuns(r).first { $0.text.contains("الممثلين") })
        #expect(filled.map(\.minX).min()! > caption.bounds.maxX)
        // The first square is the top-right one.
        #expect(abs(filled[0].maxX - r.box.maxX) < 0.01)
        try ChartHarness.expectMatchesReference(doc, "waffle-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Waffle(name: "women waffle", value: 29, caption: "women"), size: Size(100, 30))
        #expect(r.problems.contains { $0.chart == "women waffle" }, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(Waffle.self) }
}
