import A4PCharts
import A4PScene
import Testing

@Suite("KPI tile")
struct KPITileTests {
    let size = Size(180, 90)

    @Test("number, caption and computed trend; inside its box; matches its reference")
    func basic() throws {
        let tile = KPITile(value: 7, caption: "missions with an articulated political strategy", previous: 6)
        let (r, doc) = ChartHarness.render(tile, size: size)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r).joined()
        #expect(texts.contains("7"))
        #expect(texts.contains("↑ from 6"))
        try ChartHarness.expectMatchesReference(doc, "kpi-basic")
    }

    @Test("ring, Arabic, long caption, missing value")
    func variants() throws {
        let ring = KPITile(value: 72, caption: "of missions applied gender analysis", format: .percent(), ringTotal: 100)
        let (r1, d1) = ChartHarness.render(ring, size: size)
        #expect(r1.problems.isEmpty, "\(r1.problems)")
        ChartHarness.expectInside(r1)
        try ChartHarness.expectMatchesReference(d1, "kpi-ring")

        let arabic = KPITile(value: 7, caption: "بعثات لديها استراتيجية سياسية", previous: 6)
        let (r2, d2) = ChartHarness.render(arabic, size: size, language: "ar")
        #expect(r2.problems.isEmpty, "\(r2.problems)")
        ChartHarness.expectInside(r2)
        #expect(ChartHarness.texts(r2).joined().contains("من"))
        try ChartHarness.expectMatchesReference(d2, "kpi-arabic")

        let missing = KPITile(value: .absent(reason: "chart image lost"), caption: "hospitals assessed")
        let (r3, _) = ChartHarness.render(missing, size: size)
        ChartHarness.expectInside(r3)
        #expect(ChartHarness.texts(r3).contains("–"))
        #expect(!ChartHarness.texts(r3).contains("0"))

        let long = KPITile(value: 516_000, caption: String(repeating: "community engagements by uniformed personnel ", count: 4),
                           format: .abbreviated)
        let (r4, _) = ChartHarness.render(long, size: size)
        ChartHarness.expectInside(r4)
        #expect(ChartHarness.texts(r4).contains { $0.hasSuffix("…") }, "long caption ends with an ellipsis")
    }
}
