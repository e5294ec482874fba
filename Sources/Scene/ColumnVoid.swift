/// The largest empty run down one column of a page's body (issue 14): a page whose two columns end
/// at different heights, or whose module sits beside nothing, is white over a column though no band
/// of white crosses the whole page (`largestBlankBand`). The page review measures it per half column
/// on the rendered pixels; this is the same measure from the scene, so the page lint and the layout
/// engine's balancing (`SpecRenderer.balanceFit`) see what the reviewer sees.
extension Page {
    /// The share of a page's height a column may stay empty before the page review reports it.
    public static let columnVoidLimit = 0.20

    /// The columns the review scans, as shares of the page width: the halves of a 6 + 6 grid and the
    /// two columns of a 7 + 5 one (the fact sheet's first row) and of its mirror, 5 + 7 (the same row
    /// on a right-to-left page, which the review's pixel scan of 7 + 5 missed), inside the side margins.
    public static let voidColumns: [(from: Double, to: Double)] = [(0.06, 0.49), (0.51, 0.94), (0.06, 0.55), (0.61, 0.94),
                                                                   (0.06, 0.39), (0.45, 0.94)]
    /// The body the review scans, as shares of the page height: under the header's title, above the footer.
    public static let voidBody: (from: Double, to: Double) = (0.10, 0.925)

    /// The tallest vertical run, in points, in which nothing is drawn across one of `voidColumns`
    /// inside `voidBody`: the gap between the drawn leaves that reach into the column (groups'
    /// transforms applied), the body's top and foot included. White and near-white fills (a page
    /// background, a white box) draw nothing the reader sees and do not count.
    public var largestColumnVoid: Double {
        var boxes: [Rect] = []
        Self.collectPainted(nodes, .identity, into: &boxes)
        return largestVoid(boxes, columns: Self.voidColumns)
    }

    /// The tallest run inside `voidBody` that none of `boxes` reaches into, over each of `columns`:
    /// `largestGap` over the boxes that reach into the column, clipped to the body and sorted by top.
    /// The boxes are clipped and sorted once for all the columns, each column's sweep skipping those
    /// outside it: column balancing measures every page of every trial layout, and sorting again per
    /// column was most of the measure (README, eighth round). Boxes with equal tops may come in
    /// another order than a sort of the column's own boxes gives; the sweep's answer does not depend
    /// on it (its reach after them is the largest of their bottoms either way).
    func largestVoid(_ boxes: [Rect], columns: [(from: Double, to: Double)]) -> Double {
        let top = size.height * Self.voidBody.from, bottom = size.height * Self.voidBody.to
        let body = boxes.filter { $0.maxY > top && $0.minY < bottom }
            .map { (minX: $0.minX, maxX: $0.maxX, top: max($0.minY, top), bottom: min($0.maxY, bottom)) }
            .sorted { $0.top < $1.top }
        return columns.map { column in
            let x0 = size.width * column.from, x1 = size.width * column.to
            let spans = body.lazy.filter { $0.maxX > x0 && $0.minX < x1 }.map { (top: $0.top, bottom: $0.bottom) }
            return Self.largestGap(spans, from: top, to: bottom)
        }.max() ?? 0
    }

    /// The largest column void as a share of the page height.
    public var columnVoidShare: Double { largestColumnVoid / size.height }

    /// Bounds of every leaf that paints something visible, groups' transforms applied.
    static func collectPainted(_ nodes: [Node], _ t: Transform, into boxes: inout [Rect]) {
        for node in nodes {
            switch node {
            case .group(let g):
                collectPainted(g.children, g.transform.concatenating(t), into: &boxes)
            case .shape(let s) where s.stroke == nil && (s.fill.map(isNearWhite) ?? true):
                continue
            default:
                if let b = node.bounds, b.width > 0 || b.height > 0 { boxes.append(t.apply(b)) }
            }
        }
    }

    /// A fill the review's scan reads as paper: every channel above 245 of 255, or nearly transparent.
    private static func isNearWhite(_ c: Color) -> Bool {
        c.alpha < 0.04 || min(c.red, c.green, c.blue) > 245.0 / 255
    }
}
