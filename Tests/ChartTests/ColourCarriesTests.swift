import A4PCharts
import A4PScene
import Testing

/// Issue 20, item 4: no level is told by colour alone. Each kind is drawn twice with one figure at two
/// levels; with every colour made black, the two drawings must still differ (a mark's shape, a
/// filled or hollow symbol, a word or an arrow). A level told only by hue or lightness would leave
/// two equal drawings.
@Suite("Colour is never the only carrier of a level")
struct ColourCarriesTests {
    static let black = Color(hex: 0x000000)

    /// `nodes` with every fill, stroke and text in black; what is left is shape, position and text.
    static func colourless(_ nodes: [Node]) -> [Node] {
        nodes.map { node in
            switch node {
            case .shape(var s):
                s.fill = s.fill.map { _ in black }
                s.stroke?.color = black
                return .shape(s)
            case .text(var run):
                run.color = black
                return .text(run)
            case .group(var g):
                g.children = colourless(g.children)
                return .group(g)
            default: return node
            }
        }
    }

    /// Every pair of `charts` (one per level) draws differently without colour.
    static func expectDistinct(_ charts: [(String, any Chart)], size: Size, sourceLocation: SourceLocation = #_sourceLocation) {
        let drawn = charts.map { ($0.0, colourless(ChartHarness.render($0.1, size: size).0.nodes)) }
        for i in drawn.indices { for j in drawn.indices where i < j {
            #expect(drawn[i].1 != drawn[j].1, "\(drawn[i].0) and \(drawn[j].0) differ only in colour", sourceLocation: sourceLocation)
        } }
    }

    @Test("impact matrix: no impact, low, medium, high and not reported")
    func impactMatrix() {
        let levels: [ImpactMatrix.Level?] = ImpactMatrix.Level.allCases + [nil]
        Self.expectDistinct(levels.map { l in
            ("\(l.map { "\($0)" } ?? "not reported")", ImpactMatrix(aspects: ["Movement"], rows: [.init("UNMISS", [l])]))
        }, size: Size(240, 90))
    }

    @Test("dot rating: each rating of a 3-point scale and not reported")
    func dotRating() {
        let ratings: [ChartValue] = [.number(1), .number(2), .number(3), .absent()]
        Self.expectDistinct(ratings.map { r in
            ("\(r)", DotRating(scale: 3, rows: [.init("Joint mechanism", rating: r)]))
        }, size: Size(240, 80))
    }

    @Test("check matrix: yes, no, not applicable and not reported")
    func checkMatrix() {
        let marks: [CheckMatrix.Mark] = [.yes, .no, .notApplicable, .noData]
        Self.expectDistinct(marks.map { m in
            ("\(m)", CheckMatrix(columns: ["Cycle 6"], rows: [.init("UNMISS", [m])]))
        }, size: Size(240, 90))
    }

    @Test("scale strip: which category is selected")
    func scaleStrip() {
        let categories = ["Deteriorating", "Stable", "Improving"]
        Self.expectDistinct(categories.indices.map { i in
            (categories[i], ScaleStrip(categories: categories, selected: i))
        }, size: Size(300, 60))
    }

    @Test("KPI tile: up, down and the same as the previous period")
    func kpiTrend() {
        let previous: [(String, ChartValue)] = [("up", .number(6)), ("down", .number(8)), ("same", .number(7))]
        Self.expectDistinct(previous.map { name, p in
            (name, KPITile(value: .number(7), caption: "missions with a strategy", previous: p))
        }, size: Size(140, 90))
    }

    @Test("the test sees a level told by colour alone")
    func detectsColourOnly() {
        let shape = Shape(path: .rect(Rect(x: 0, y: 0, width: 10, height: 10)), fill: Color(hex: 0x009EDB))
        var other = shape
        other.fill = Color(hex: 0xE69F00)
        #expect(Self.colourless([.shape(shape)]) == Self.colourless([.shape(other)]))
    }
}
