import A4PScene
import Foundation

/// The figures (charts, tables, pictures with words) of an SVG page for screen readers. Cairo's SVG output has no element per scene group
/// to hang words on, so each figure (a chart, a picture with words) gets its own `<g role="img">`
/// with `<title>` (its name) and `<desc>` (its alternative text) around an unfilled rectangle over
/// the area it is drawn in: nothing visible changes, and the words sit where the figure is.
enum SVGFigures {
    struct Figure: Equatable {
        var title: String
        var description: String
        var area: Rect
    }

    /// The page's figures in paint (reading) order, their areas in page coordinates.
    static func figures(on page: Page) -> [Figure] {
        var out: [Figure] = []
        func walk(_ nodes: [Node], _ toPage: Transform) {
            for case .group(let g) in nodes {
                if g.role == .figure || g.role == .table, let alt = g.altText, let box = Node.group(g).bounds {
                    out.append(Figure(title: g.name ?? alt, description: alt, area: toPage.apply(box)))
                } else {
                    walk(g.children, g.transform.concatenating(toPage))
                }
            }
        }
        walk(page.nodes, .identity)
        return out
    }

    /// The `<g role="img">` elements of `figures`, one a line.
    static func markup(_ figures: [Figure]) -> String {
        figures.map { f in
            let r = f.area
            return "\n<g role=\"img\"><title>\(SVGRenderer.xmlEscape(f.title))</title><desc>\(SVGRenderer.xmlEscape(f.description))</desc>"
                + "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\" fill=\"none\"/></g>"
        }.joined()
    }

    /// Coordinates to 0.01 pt with two decimals always (`21.00`), written the same on every machine
    /// by `SVGNumber` (Foundation's `String(format:locale:)` went through ICU for each number).
    private static func n(_ v: Double) -> String { SVGNumber.string(v, trimmed: false) }
}
