import A4PCharts
import A4PScene
import Testing

@Suite("Text box")
struct TextBoxTests {
    static let box = TextBox(name: "highlights", heading: "Political highlights", paragraphs: [
        "**UNISFA** continued to ensure that conditions are conducive for dialogue between communities.",
        "• **MONUSCO** supported preparations for peaceful elections.",
    ])

    @Test("bold spans, bullets, tint and accent rule; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Self.box, size: Size(255, 110))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let bold = try #require(ChartHarness.tableRun(r, "UNISFA"))
        #expect(bold.font.postScriptName.contains("Bold"))
        let after = try #require(ChartHarness.tableRuns(r).first { $0.text.hasPrefix(" continued") })
        #expect(!after.font.postScriptName.contains("Bold"))
        #expect(abs(after.bounds.minX - bold.bounds.maxX) < 0.01, "the regular run follows the bold one")
        #expect(!ChartHarness.texts(r).joined().contains("**"))
        #expect(ChartHarness.texts(r).contains("•"))
        // The accent rule hugs the left edge.
        let rule = try #require(ChartHarness.shapes(r).first { $0.fill == Theme().accent }?.path.bounds)
        #expect(rule.minX == r.box.minX)
        try ChartHarness.expectMatchesReference(doc, "text-box-basic")
    }

    @Test("lines wrap inside the box; bullet lines hang")
    func wrapping() throws {
        let long = TextBox(paragraphs: ["• " + String(repeating: "Joint analyses through **JMACs** and joint operations centres. ", count: 4)])
        let (r, _) = ChartHarness.render(long, size: Size(255, 130))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let runs = ChartHarness.tableRuns(r).filter { $0.text != "•" }
        let bullet = try #require(ChartHarness.tableRun(r, "•"))
        let starts = Dictionary(grouping: runs, by: { ($0.origin.y * 10).rounded() }).values.map { $0.map(\.bounds.minX).min()! }
        #expect(starts.count >= 4, "several lines")
        #expect(starts.allSatisfy { abs($0 - starts[0]) < 0.01 && $0 > bullet.bounds.maxX }, "hanging indent")
    }

    @Test("Arabic: rule on the right, lines start at the right")
    func arabic() throws {
        let ar = TextBox(heading: "أبرز التطورات", paragraphs: ["واصلت **يونيسفا** تهيئة الظروف المواتية للحوار بين المجتمعات."])
        let (r, doc) = ChartHarness.render(ar, size: Size(255, 80), language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let rule = try #require(ChartHarness.shapes(r).first { $0.fill == Theme().accent }?.path.bounds)
        #expect(abs(rule.maxX - r.box.maxX) < 0.01)
        let first = try #require(ChartHarness.tableRuns(r).first { $0.text.hasPrefix("واصلت") })
        let bold = try #require(ChartHarness.tableRun(r, "يونيسفا", exact: false))
        #expect(first.bounds.minX > bold.bounds.maxX - 0.01, "reading order right to left")
        try ChartHarness.expectMatchesReference(doc, "text-box-arabic")
    }

    @Test("too much text is reported, naming the chart; nothing drawn badly")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Self.box, size: Size(255, 40))
        #expect(r.problems.contains { $0.chart == "highlights" }, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(TextBox.self) }
}
