import A4PScene

/// A thin horizontal rule across the block's width.
enum DividerKind: BlockKind {
    static let tag = "divider"
    static let summary = "A thin horizontal rule"
    static let schemaTitle = "A rule"

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        let t = page.theme(for: block)
        return BlockFrame([.shape(Shape(path: .line(from: Point(0, 4), to: Point(width, 4)), stroke: Stroke(color: t.grid, width: 0.5)))], 8)
    }
}
