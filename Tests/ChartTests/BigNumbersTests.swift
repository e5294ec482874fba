import A4PCharts
import A4PScene
import Testing

@Suite("Big numbers")
struct BigNumbersTests {
    static let cycles = BigNumbers(name: "CPAS impact assessments", items: [
        .init("Cycle 4", 10), .init("Cycle 5", 10, comparable: true), .init("Cycle 6", 8, comparable: true)])

    @Test("each figure with its label and its change from the one before; fits its measured height")
    func changes() throws {
        let size = Self.cycles.size(for: 160, in: ChartHarness.context("en"))
        #expect(size.problems.isEmpty)
        let (r, _) = ChartHarness.render(Self.cycles, size: Size(160, size.height))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r)
        for t in ["10", "8", "Cycle 4", "Cycle 6", "from 10"] { #expect(texts.contains { $0.contains(t) }, "'\(t)' in \(texts)") }
        // Cycle 5's unchanged 10 gets no mark: "= 10" under it read as a placeholder (issue 14, notation).
        #expect(!texts.contains { $0.contains("=") }, "\(texts)")
        #expect(texts.filter { $0.contains("from 10") }.count == 1, "only the change (cycle 6) is marked: \(texts)")
        // The figures share one baseline, the hero baseline the chart reports.
        let figures = ["10", "8"].compactMap { ChartHarness.tableRun(r, $0) }
        #expect(Set(figures.map(\.origin.y)).count == 1)
        #expect(abs((figures.first?.origin.y ?? 0) - r.box.minY - (size.heroBaseline ?? -1)) < 0.01)
    }

    @Test("figures that count different things get no arrow; an absent one is words, never 0")
    func absentAndIncomparable() {
        let chart = BigNumbers(name: "x", items: [.init("Cycle 5", 203), .init("Cycle 6", 246), .init("Cycle 7", .absent(reason: "lost"))])
        let h = chart.size(for: 240, in: ChartHarness.context("en")).height
        let (r, _) = ChartHarness.render(chart, size: Size(240, h))
        let texts = ChartHarness.texts(r)
        #expect(!texts.contains { $0.contains("↑") || $0.contains("from") })
        #expect(texts.contains { $0.contains("not reported") })
        #expect(!texts.contains("0"))
    }

    @Test("a wide figure shrinks all numbers to fit its cell instead of overflowing")
    func shrinks() {
        let chart = BigNumbers(name: "x", items: [.init("Mentions", 27_000), .init("Users", 10_000), .init("Engagements", 516_000)])
        let size = chart.size(for: 240, in: ChartHarness.context("en"))
        let (r, _) = ChartHarness.render(chart, size: Size(240, size.height))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
    }

    @Test("right to left: the first figure on the right")
    func rtl() throws {
        let chart = BigNumbers(name: "x", items: [.init("الدورة ٤", 10), .init("الدورة ٥", 7)])
        let h = chart.size(for: 200, in: ChartHarness.context("ar")).height
        let (r, _) = ChartHarness.render(chart, size: Size(200, h), language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        let first = try #require(ChartHarness.tableRun(r, "10")), second = try #require(ChartHarness.tableRun(r, "7"))
        #expect(first.origin.x > second.origin.x)
    }
}
