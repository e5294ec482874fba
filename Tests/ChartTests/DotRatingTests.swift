import A4PCharts
import A4PScene
import Testing

@Suite("Dot rating")
struct DotRatingTests {
    static let levels = ["No to little", "A little", "Medium", "Significant"]
    static func chart(_ labels: [String] = ["Regular meetings with the Moroccan Coordinator", "Telephone contacts", "AJOC"],
                      group: String = "MINURSO", levels: [String]? = DotRatingTests.levels, third: ChartValue = 0) -> DotRating {
        DotRating(name: "mechanisms", rows: [.init(labels[0], rating: 3, group: group), .init(labels[1], rating: 2, group: group),
                                             .init(labels[2], rating: third, group: "UNISFA")], levels: levels)
    }

    @Test("dots as shapes with level names; inside the box; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Self.chart(), size: Size(260, 125))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(!texts.contains { $0.contains("●") || $0.contains("○") }, "dots are shapes, not glyphs")
        #expect(texts.contains("Significant") && texts.contains("Medium"))
        // Each row names its level: no legend repeats the names (issue 14). 3 rows × 3 dots.
        #expect(texts.filter { $0 == "Significant" }.count == 1 && texts.filter { $0 == "Medium" }.count == 1, "\(texts)")
        let dots = ChartHarness.shapes(r).filter { $0.fill == Theme().accent || $0.stroke?.color == Theme().accent }
        #expect(dots.count == 9)
        try ChartHarness.expectMatchesReference(doc, "dot-rating-basic")
    }

    @Test("absent rating reads 'not reported' and draws no dots")
    func missing() {
        let (r, _) = ChartHarness.render(Self.chart(levels: nil, third: .absent()), size: Size(260, 125))
        #expect(r.problems.isEmpty, "\(r.problems)")
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("not reported"))
        #expect(texts.filter { $0 == "0/3" }.count == 1, "0/3 only in the legend, not for the absent row")
        #expect(texts.contains("2/3"))
        let dots = ChartHarness.shapes(r).filter { $0.fill == Theme().accent || $0.stroke?.color == Theme().accent }
        #expect(dots.count == 6 + 12)
    }

    @Test("long labels end with … on their third line; Arabic puts labels on the right")
    func longAndArabic() throws {
        let long = String(repeating: "Strategic review of the political process with joint assessment ", count: 3)
        let (r, doc) = ChartHarness.render(Self.chart([long, "Telephone", "AJOC"]), size: Size(260, 120))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        #expect(ChartHarness.texts(r).contains { $0.hasSuffix("…") })
        try ChartHarness.expectMatchesReference(doc, "dot-rating-long")

        let ar = Self.chart(["اجتماعات منتظمة", "اتصالات هاتفية", "لجنة الرقابة"], group: "مينورسو",
                            levels: ["ضئيلة", "قليلة", "متوسطة", "كبيرة"])
        let (ra, da) = ChartHarness.render(ar, size: Size(260, 125), language: "ar")
        #expect(ra.problems.isEmpty, "\(ra.problems)")
        ChartHarness.expectInside(ra)
        let label = try #require(ChartHarness.tableRun(ra, "اجتماعات منتظمة"))
        let level = try #require(ChartHarness.tableRun(ra, "كبيرة"))
        #expect(label.bounds.minX > level.bounds.maxX)
        try ChartHarness.expectMatchesReference(da, "dot-rating-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Self.chart(), size: Size(260, 40))
        #expect(r.problems.contains { $0.chart == "mechanisms" }, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(DotRating.self) }
}
