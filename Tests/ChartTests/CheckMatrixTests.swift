import A4PCharts
import A4PScene
import Testing

@Suite("Check matrix")
struct CheckMatrixTests {
    static func cpas(_ labels: [String] = ["MINURSO", "UNDOF", "UNMIK"], columns: [String] = ["C4", "C5", "C6"],
                     last: CheckMatrix.Mark = .no) -> CheckMatrix {
        CheckMatrix(name: "CPAS matrix", labelHeader: "Mission", columns: columns,
                    rows: [.init(labels[0], [.yes, .yes, .yes]), .init(labels[1], [.yes, .no, .no]), .init(labels[2], [.yes, .yes, last])])
    }

    @Test("marks and legend inside the box; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Self.cpas(last: .noData), size: Size(200, 90))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        #expect(texts.contains("Yes") && texts.contains("No") && texts.contains("Not reported"), "legend explains the marks")
        // Yes marks are filled circles: 6 in the grid + 1 in the legend.
        let filled = ChartHarness.shapes(r).filter { $0.fill == Theme().accent }
        #expect(filled.count == 7)
        try ChartHarness.expectMatchesReference(doc, "check-matrix-basic")
    }

    @Test("not reported is a distinct mark (dashed slashed circle), not a blank; the legend names only marks in use")
    func noData() {
        let (withNoData, _) = ChartHarness.render(Self.cpas(last: .noData), size: Size(200, 90))
        let (withNo, _) = ChartHarness.render(Self.cpas(last: .no), size: Size(200, 90))
        let dashed = { (r: ChartRendering) in ChartHarness.shapes(r).filter { $0.stroke?.dash.isEmpty == false }.count }
        #expect(dashed(withNoData) == 2, "one in the grid, one in the legend")
        #expect(dashed(withNo) == 0)
        #expect(!ChartHarness.texts(withNo).contains("Not reported"))
        #expect(!ChartHarness.texts(withNoData).contains("0"))
    }

    @Test("'no' is an answer drawn as firmly as 'yes': a dash in the secondary ink at the check's weight, not a faint 'absent' grey line (review 8)")
    func noIsFirm() {
        let (r, _) = ChartHarness.render(Self.cpas(last: .no), size: Size(200, 90))
        let marks = ChartHarness.shapes(r).filter { $0.fill == nil && $0.stroke?.color == Theme().secondary && $0.stroke?.cap == .round }
        #expect(marks.count == 4, "three in the grid, one in the legend: \(marks.count)")
        #expect(marks.allSatisfy { ($0.stroke?.width ?? 0) >= 1.2 })
        #expect(!ChartHarness.shapes(r).contains { $0.fill == nil && $0.stroke?.color == Theme().absent && $0.stroke?.width == 1 })
    }

    @Test("not applicable is its own mark and word, never 'no' and never 'not reported'")
    func notApplicable() {
        let (r, _) = ChartHarness.render(Self.cpas(last: .notApplicable), size: Size(220, 90))
        #expect(r.problems.isEmpty, "\(r.problems)")
        let texts = ChartHarness.texts(r)
        #expect(texts.joined(separator: " ").contains("Not applicable"))
        #expect(!texts.contains("Not reported"))
        #expect(ChartHarness.shapes(r).contains { $0.stroke != nil && $0.stroke?.dash.isEmpty == true && $0.fill == nil && $0.stroke?.color == Theme().absent && $0.stroke?.width == 0.9 })
    }

    @Test("long labels wrap, long headers wrap; Arabic mirrors columns")
    func longAndArabic() throws {
        let long = CheckMatrix(labelHeader: "Element", columns: ["Approved by leadership", "Gender analysis"], rows: [
            .init("Mission concept approved at the highest level of mission leadership and reviewed yearly", [.yes, .no]),
        ])
        let (r, doc) = ChartHarness.render(long, size: Size(220, 80))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        #expect(ChartHarness.texts(r).contains { $0.hasSuffix("…") })
        try ChartHarness.expectMatchesReference(doc, "check-matrix-long")

        let ar = Self.cpas(["مينورسو", "أندوف", "أونميك"], columns: ["الرابعة", "الخامسة", "السادسة"])
        let (ra, da) = ChartHarness.render(ar, size: Size(200, 120), language: "ar")
        #expect(ra.problems.isEmpty, "\(ra.problems)")
        ChartHarness.expectInside(ra)
        let label = try #require(ChartHarness.tableRun(ra, "مينورسو"))
        let c4 = try #require(ChartHarness.tableRun(ra, "الرابعة")), c6 = try #require(ChartHarness.tableRun(ra, "السادسة"))
        #expect(label.bounds.minX > c4.bounds.maxX && c4.bounds.minX > c6.bounds.maxX, "labels, C4, C6 from right to left")
        #expect(ChartHarness.texts(ra).contains("نعم"))
        try ChartHarness.expectMatchesReference(da, "check-matrix-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Self.cpas(), size: Size(200, 40))
        #expect(r.problems.contains { $0.chart == "CPAS matrix" }, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(CheckMatrix.self) }
}
