/// The largest band of white across a page: the page review's measure of an empty area, also what
/// copy-fitting weighs when it chooses how much a sparse page's type may grow.
extension Page {
    /// The share of a page's height a blank band may take before the page review reports it.
    public static let blankBandLimit = 0.20

    /// The tallest vertical gap between drawn things (header and footer included), in points.
    public var largestBlankBand: Double {
        var spans: [(top: Double, bottom: Double)] = []
        Self.collectExtents(nodes, .identity, into: &spans)
        spans.sort { $0.top < $1.top }
        var gap = 0.0, reach = spans.first?.bottom ?? 0
        for span in spans.dropFirst() {
            gap = max(gap, span.top - reach)
            reach = max(reach, span.bottom)
        }
        return gap
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
