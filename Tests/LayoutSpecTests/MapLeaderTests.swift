import A4PLayoutSpec
import A4PScene
import Testing

/// Review 10: a call-out's leader line that runs through another mission's dot reads as pointing at
/// it (UNDOF's line crossed UNMOGIP's dot on the Russian overview; UNMISS's crosses CAR's on the
/// Arabic one). Where the column is chosen, the line leaves its box lower down the edge instead.
@Suite("Overview map: leader lines pass no other mission's dot")
struct MapLeaderTests {
    /// Dots: small stroked circles; leaders: three-point polylines, both of the map's group (one frame).
    static func marks(_ nodes: [Node]) -> (dots: [Point], leaders: [[Point]]) {
        var dots: [Point] = [], leaders: [[Point]] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .group(let g) where g.name != "land": walk(g.children)
                case .shape(let s):
                    let points = s.path.elements.compactMap { e -> Point? in
                        switch e { case .move(let p), .line(let p): p; default: nil }
                    }
                    if let b = s.path.bounds, b.width < 6, abs(b.width - b.height) < 0.01, s.stroke != nil, s.fill != nil {
                        dots.append(Point(b.x + b.width / 2, b.y + b.height / 2))
                    } else if s.fill == nil, s.stroke?.width == 0.5, points.count == 3, s.path.elements.count == 3 {
                        leaders.append(points)
                    }
                default: break
                }
            }
        }
        walk(nodes)
        return (dots, leaders)
    }

    /// Leaders whose last segment passes within a dot's radius and a point and a half of another dot.
    static func throughDots(_ page: Page) -> Int {
        let (dots, leaders) = marks(page.nodes)
        let r = 2.4
        return leaders.filter { l in
            let (a, b) = (l[1], l[2])
            return dots.contains { d in
                let own = ((d.x - b.x) * (d.x - b.x) + (d.y - b.y) * (d.y - b.y)).squareRoot()
                guard own > 2 * r + 1 else { return false }
                let dx = b.x - a.x, dy = b.y - a.y
                let t = max(0, min(1, ((d.x - a.x) * dx + (d.y - a.y) * dy) / (dx * dx + dy * dy)))
                let (px, py) = (a.x + t * dx - d.x, a.y + t * dy - d.y)
                return (px * px + py * py).squareRoot() < r + 1.5
            }
        }.count
    }

    @Test("no leader runs through another mission's dot, but Arabic's UNMISS line over CAR (its right column is full)",
          arguments: ["en", "fr", "es", "ru", "zh", "ar"])
    func leaders(_ language: String) throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/overview.yaml", language: language == "en" ? nil : language)
        #expect(!log.hasErrors)
        let page = try #require(outputs.first?.document.pages.first)
        let (dots, leaders) = Self.marks(page.nodes)
        #expect(dots.count >= 10 && leaders.count >= 8, "\(language): the map's marks were found (\(dots.count) dots, \(leaders.count) leaders)")
        // Arabic: UNMISS's box sits in the left column and every height on its edge reaches Juba across Bangui.
        #expect(Self.throughDots(page) <= (language == "ar" ? 1 : 0), "\(language)")
    }
}
