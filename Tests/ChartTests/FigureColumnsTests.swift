import A4PCharts
import A4PScene
import Testing

@Suite("Figure list (FigureColumns)")
struct FigureColumnsTests {
    typealias Line = FigureColumns.Line
    static let count = ValueFormat.number(maxFractionDigits: 0)

    /// Crimes against peacekeepers, cycle 5 (seed 002): an indicator with four missions' figures and one single-line figure.
    static func list(columns: Int) -> FigureColumns {
        FigureColumns(name: "Crimes against peacekeepers", sections: [FigureColumns.Section(heading: "P4 · Accountability", entries: [
            FigureColumns.Entry(title: "Cases reported · Cycle 5", continued: "Cases reported · Cycle 5 (continued)", lines: [
                Line("MINUSCA", value: .number(53, count)), Line("MINUSMA", value: .number(174, count)),
                Line("MONUSCO", value: .number(54, count)), Line("UNIFIL", value: .number(2, count)),
            ]),
            FigureColumns.Entry(lines: [Line("Alleged perpetrators detained, UNIFIL", period: "Cycle 5", value: .number(1_600_000, count))]),
        ])], columns: columns)
    }

    @Test("measured height is what it draws: every mark inside the box, rules included, no problem", arguments: [1, 2])
    func measuredIsDrawn(columns: Int) throws {
        let chart = Self.list(columns: columns)
        let size = chart.size(for: 300, in: ChartHarness.context())
        #expect(size.problems.isEmpty)
        let (r, _) = ChartHarness.render(chart, size: Size(300, size.height))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let bottom = (r.nodes.compactMap(\.bounds).map(\.maxY).max() ?? 0) - r.box.minY
        #expect(abs(bottom - size.height) < 1, "drawn to \(bottom), measured \(size.height)")
        let texts = ChartHarness.texts(r)
        for figure in ["53", "174", "54", "2", "1.6M", "Cycle 5"] { #expect(texts.contains(figure), "\(figure) in \(texts)") }
    }

    @Test("two columns are shorter than one; a box too short reports what does not fit instead of drawing it")
    func columnsAndOverflow() throws {
        let one = Self.list(columns: 1).size(for: 300, in: ChartHarness.context()).height
        let two = Self.list(columns: 2).size(for: 300, in: ChartHarness.context()).height
        #expect(two < one)
        let (r, _) = ChartHarness.render(Self.list(columns: 1), size: Size(300, one / 2))
        #expect(!r.problems.isEmpty)
        ChartHarness.expectInside(r)
    }

    @Test("right to left: values on the left, labels on the right, columns from the right")
    func mirrored() throws {
        let (r, _) = ChartHarness.render(Self.list(columns: 1), size: Size(300, 200), language: "ar")
        let runs = r.nodes.compactMap { node -> GlyphRun? in if case .text(let t) = node { return t } else { return nil } }
        let value = try #require(runs.first { $0.text == "174" }), label = try #require(runs.first { $0.text == "MINUSMA" })
        #expect(value.bounds.maxX < label.bounds.minX)
        #expect(label.bounds.maxX > 250)
    }

    @Test("a label column too narrow for words is a measured problem")
    func tooNarrow() {
        #expect(!Self.list(columns: 4).size(for: 200, in: ChartHarness.context()).problems.isEmpty)
    }
}
