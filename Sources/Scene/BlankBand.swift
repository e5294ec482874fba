/// The largest band of white across a page: the page review's measure of an empty area, also what
/// copy-fitting weighs when it chooses how much a sparse page's type may grow.
extension Page {
    /// The share of a page's height a blank band may take before the page review reports it.
    public static let blankBandLimit = 0.20

    /// The smallest text the page review accepts: 11 pt on slides (projected), 6 pt on paper.
    public static func minimumTextSize(slide: Bool) -> Double { slide ? 11 : 6 }

    /// A slide: landscape and no taller than 600 pt.
    public var isSlide: Bool { size.width > size.height && size.height <= 600 }

    /// The size of the smallest text on the page (nil for none).
    public var smallestTextSize: Double? {
        func smallest(_ nodes: [Node]) -> Double? {
            nodes.compactMap { node -> Double? in
                switch node {
                case .text(let run): run.size
                case .group(let g): smallest(g.children)
                default: nil
                }
            }.min()
        }
        return smallest(nodes)
    }

    /// The tallest vertical gap between drawn things (header and footer included), in points.
    public var largestBlankBand: Double {
        var spans: [(top: Double, bottom: Double)] = []
        Self.collectExtents(nodes, .identity, into: &spans)
        spans.sort { $0.top < $1.top }
        return Self.largestGap(spans, from: spans.first?.top ?? 0)
    }

    /// The tallest gap in `spans` (vertical extents sorted by top): from `top` to the first span,
    /// between spans, and from the lowest reach to `bottom` where one is given. The blank band and the
    /// column void (`largestColumnVoid`) are this sweep over different extents.
    static func largestGap<Spans: Sequence>(_ spans: Spans, from top: Double, to bottom: Double? = nil) -> Double
    where Spans.Element == (top: Double, bottom: Double) {
        var gap = 0.0, reach = top
        for span in spans {
            gap = max(gap, span.top - reach)
            reach = max(reach, span.bottom)
        }
        return bottom.map { max(gap, $0 - reach) } ?? gap
    }

    /// Vertical extents of every drawn leaf, groups' transforms applied.
    private static func collectExtents(_ nodes: [Node], _ t: Transform, into spans: inout [(top: Double, bottom: Double)]) {
        for node in nodes {
            switch node {
            case .group(let g): collectExtents(g.children, g.transform.concatenating(t), into: &spans)
            default:
                if let b = node.bounds {
                    let r = t.apply(b)
                    spans.append((r.minY, r.maxY))
                }
            }
        }
    }
}
