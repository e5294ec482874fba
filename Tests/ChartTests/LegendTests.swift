import A4PCharts
import A4PScene
import Testing

/// `Legend` is the one legend layout: the matrices' mark legends and the series' colour swatches.
@Suite("Legend")
struct LegendTests {
    let items: [(name: String, color: Color)] = [("Military", Color(hex: 0x1F77B4)), ("Police", Color(hex: 0xFF7F0E)),
                                                 ("Civilian staff", Color(hex: 0x2CA02C))]

    func draw(width: Double, language: String = "en", items: [(name: String, color: Color)]? = nil) -> (Double, [Node]) {
        var canvas = Canvas(box: Rect(x: 10, y: 20, width: width, height: 200), context: ChartHarness.context(language), chartName: "legend")
        let height = Legend.swatches(items ?? self.items, on: &canvas)
        return (height, canvas.nodes)
    }

    static func swatches(_ nodes: [Node]) -> [Rect] {
        nodes.compactMap { n in if case .shape(let s) = n { s.path.bounds } else { nil } }
    }

    @Test("swatches flow in one row when there is room, wrap when there is not, and take one row when empty")
    func rows() {
        let (one, wide) = draw(width: 400)
        #expect(Self.swatches(wide).count == 3)
        #expect(Set(Self.swatches(wide).map(\.minY)).count == 1, "one row")
        let (two, narrow) = draw(width: 120)
        #expect(Set(Self.swatches(narrow).map(\.minY)).count > 1, "wrapped")
        #expect(two >= 2 * one - 0.001)
        let (empty, nothing) = draw(width: 400, items: [])
        #expect(nothing.isEmpty && abs(empty - one) < 0.001)
    }

    @Test("right to left: the first swatch at the right edge, its name to its left")
    func rightToLeft() throws {
        let (_, nodes) = draw(width: 400, language: "ar")
        let first = try #require(Self.swatches(nodes).first)
        #expect(abs(first.maxX - 410) < 0.001)
        let name = try #require(nodes.compactMap { n -> Rect? in if case .text(let run) = n, run.text == "Military" { run.bounds } else { nil } }.first)
        #expect(name.maxX < first.minX)
    }

    @Test("wrapped rows are as even as their count allows: four items in two rows go two and two, not three and one")
    func balancedRows() {
        let four = items + [("Contractors", Color(hex: 0x9467BD))]
        // Wide enough for three of the four on the first row: greedy flow would leave one alone.
        let widths = (0..<4).map { i in draw(width: 400, items: [four[i]]).1 }.map { nodes in
            nodes.compactMap { n -> Rect? in if case .text(let run) = n { run.bounds } else { nil } }.first!.maxX - 10
        }
        let threeFit = widths[0] + widths[1] + widths[2] + 30
        let (_, nodes) = draw(width: threeFit, items: four)
        let rows = Dictionary(grouping: Self.swatches(nodes), by: { ($0.minY * 100).rounded() })
        #expect(rows.count == 2 && rows.values.allSatisfy { $0.count == 2 }, "\(rows.mapValues(\.count))")
    }
}
