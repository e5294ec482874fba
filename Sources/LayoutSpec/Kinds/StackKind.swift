import A4PScene

/// Children one under the other, half a row gap apart.
enum StackKind: BlockKind {
    static let tag = "stack"
    static let summary = "Children one under the other"
    static let schemaTitle = "One under the other"
    static let properties = [
        PropertySchema("blocks", .array(.tagged("block")), required: true, "Children, top to bottom"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        var nodes: [Node] = []
        var y = 0.0
        // A stack that starts with a tile is a tile with notes under it: its hero number is the
        // stack's, and its foot (source line) and the children after it are the stack's foot, so an
        // aligned row starts every foot on one line.
        var tile: (body: [Node], bodyHeight: Double, hero: Double)?
        var foot: [Node] = []
        let gap = page.page.rowGap / 2
        for child in block.children {
            let frame = page.prepare(child, width: width)
            // A child left out (when-empty: hide) takes no room and no gap.
            if frame.height <= 0 && frame.placed().isEmpty { continue }
            if nodes.isEmpty && foot.isEmpty, let hero = frame.heroBaseline {
                tile = (frame.nodes, frame.bodyHeight, hero)
                foot.append(.group(Group(children: frame.foot, name: child.name)))
            } else if tile != nil {
                foot.append(.group(Group(transform: .translation(0, y), children: frame.placed(), name: child.name)))
            } else {
                nodes.append(.group(Group(transform: .translation(0, y), children: frame.placed(), name: child.name)))
            }
            y += frame.height + gap
        }
        let height = max(0, y - gap)
        guard let tile else { return BlockFrame(nodes, height) }
        return BlockFrame(tile.body, height, foot: foot, footHeight: height - tile.bodyHeight, heroBaseline: tile.hero)
    }

    /// Empty when every child is left out.
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool {
        block.children.allSatisfy { page.isHidden($0) }
    }
}
