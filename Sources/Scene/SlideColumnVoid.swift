/// A slide's column void (issue 14, review 5): a slide's blocks sit on its own grid (a 7-column
/// checklist beside a 5-column card, a 4-column box beside an 8-column chart), not on the A4 grid
/// `voidColumns` names, and the review judges a slide by its halves: the mission slides with one
/// card alone at the top of a half, the key slides with a box column empty below the box.
extension Page {
    /// The halves of a slide inside its side margins (the review's pixel scan of a slide).
    public static let slideVoidColumns: [(from: Double, to: Double)] = [(0.06, 0.49), (0.51, 0.94)]

    /// The tallest run, in points, in which nothing is drawn across one half of a slide inside
    /// `voidBody` (white and near-white fills are paper). A chart's area counts as drawn: the white
    /// right of P7's short bars is data (0, 1 and 10 beside 125), not an empty column.
    public var largestSlideColumnVoid: Double {
        var boxes: [Rect] = []
        Self.collectPainted(nodes, .identity, into: &boxes)
        Self.collectFigures(nodes, .identity, into: &boxes)
        return largestVoid(boxes, columns: Self.slideVoidColumns)
    }

    /// The extent of every figure (a chart, in the document's structure), groups' transforms applied.
    static func collectFigures(_ nodes: [Node], _ t: Transform, into boxes: inout [Rect]) {
        for node in nodes {
            guard case .group(let g) = node else { continue }
            if g.role == .figure, let b = node.bounds {
                boxes.append(t.apply(b))
            } else {
                collectFigures(g.children, g.transform.concatenating(t), into: &boxes)
            }
        }
    }
}
