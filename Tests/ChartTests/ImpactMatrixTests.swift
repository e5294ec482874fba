import A4PCharts
import A4PScene
import Testing

@Suite("Impact matrix")
struct ImpactMatrixTests {
    static func sofa(_ labels: [String] = ["MINURSO", "MINUSCA", "UNDOF", "UNMIK"],
                     aspects: [String] = ["Civilian movement", "Uniformed movement", "Mandated tasks"],
                     note: String = "No SOFA/SOMA", missing: Bool = false) -> ImpactMatrix {
        ImpactMatrix(name: "SOFA impact", aspects: aspects, rows: [
            .init(labels[0], [.low, .medium, .high]),
            .init(labels[1], [.high, .high, missing ? nil : .medium]),
            .init(labels[2], [.noImpact, .noImpact, .noImpact]),
            .init(labels[3], [], note: note),
        ])
    }

    /// Triangles drawn, filled and hollow.
    static func triangles(_ r: ChartRendering) -> (filled: Int, hollow: Int) {
        let tri = ChartHarness.shapes(r).filter { $0.path.elements.count == 4 }
        return (tri.filter { $0.fill != nil }.count, tri.filter { $0.fill == nil }.count)
    }

    @Test("levels as filled triangles plus a legend; inside the box; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Self.sofa(), size: Size(255, 130))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let t = Self.triangles(r)
        // Grid: low+medium+high+high+high+medium = 1+2+3+3+3+2 = 14 filled of 18; legend: 1+2+3 of 9.
        #expect(t.filled == 14 + 6)
        #expect(t.hollow == 4 + 3)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("Low") && texts.contains("Medium") && texts.contains("High") && texts.contains("None"))
        #expect(texts.contains("No SOFA/SOMA"))
        try ChartHarness.expectMatchesReference(doc, "impact-matrix-basic")
    }

    @Test("short row labels give their room to the aspect columns: the matrix fits a narrower box than with long labels")
    func narrowLabelColumn() {
        let aspects = ["Implementation mandated", "Implementation uniformed", "Implementation civilian"]
        func narrowest(_ label: String) -> Double? {
            let matrix = ImpactMatrix(name: "SOFA impact", aspects: aspects, rows: [.init(label, [.noImpact, .low, .noImpact])])
            return stride(from: 150.0, through: 400, by: 2).first { ChartHarness.render(matrix, size: Size($0, 120)).0.problems.isEmpty }
        }
        // "UNDOF" needs far less than the 50 pt a label column had to have; "MINUSCA MINUSCA" needs more.
        let short = narrowest("UNDOF"), long = narrowest("MINUSCA MINUSCA")
        #expect(short != nil && long != nil)
        #expect((short ?? 0) + 8 <= (long ?? 0), "short labels fit \(short ?? 0) pt, long ones \(long ?? 0) pt")
        if let short {
            let (r, _) = ChartHarness.render(ImpactMatrix(name: "SOFA impact", aspects: aspects, rows: [.init("UNDOF", [.noImpact, .low, .noImpact])]),
                                             size: Size(short, 120))
            ChartHarness.expectInside(r)
            #expect(ChartHarness.texts(r).contains("UNDOF"))
        }
    }

    @Test("an absent cell reads 'not reported'")
    func missing() {
        let (r, _) = ChartHarness.render(Self.sofa(missing: true), size: Size(255, 130))
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(ChartHarness.texts(r).filter { $0 == "not reported" }.count == 1)
        #expect(Self.triangles(r).filled == 12 + 6)
    }

    @Test("long labels wrap; Arabic mirrors columns and points triangles left")
    func longAndArabic() throws {
        let long = Self.sofa(["United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
                              "MINUSCA", "UNDOF", "UNMIK"])
        let (r, doc) = ChartHarness.render(long, size: Size(255, 140))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        #expect(ChartHarness.texts(r).contains { $0.hasSuffix("…") })
        try ChartHarness.expectMatchesReference(doc, "impact-matrix-long")

        let ar = Self.sofa(["مينورسو", "مينوسكا", "أندوف", "أونميك"], aspects: ["تنقل المدنيين", "تنقل النظاميين", "المهام"],
                           note: "لا يوجد اتفاق")
        let (ra, da) = ChartHarness.render(ar, size: Size(255, 160), language: "ar")
        #expect(ra.problems.isEmpty, "\(ra.problems)")
        ChartHarness.expectInside(ra)
        let label = try #require(ChartHarness.tableRun(ra, "مينورسو"))
        let first = try #require(ChartHarness.tableRun(ra, "تنقل المدنيين")), last = try #require(ChartHarness.tableRun(ra, "المهام"))
        #expect(label.bounds.minX > first.bounds.maxX && first.bounds.minX > last.bounds.maxX)
        // Triangles point left: the tip (the single vertex) is the leftmost point.
        let tri = try #require(ChartHarness.shapes(ra).first { $0.path.elements.count == 4 && $0.fill != nil })
        if case .line(let tip) = tri.path.elements[1], case .move(let back) = tri.path.elements[0] {
            #expect(tip.x < back.x)
        } else { Issue.record("unexpected triangle path") }
        try ChartHarness.expectMatchesReference(da, "impact-matrix-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Self.sofa(), size: Size(255, 50))
        #expect(r.problems.contains { $0.chart == "SOFA impact" }, "\(r.problems)")
        let (r2, _) = ChartHarness.render(Self.sofa(), size: Size(80, 130))
        #expect(r2.problems.contains { $0.chart == "SOFA impact" }, "\(r2.problems)")
        ChartHarness.expectInside(r2)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(ImpactMatrix.self) }
}
