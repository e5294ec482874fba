import A4PScene

/// Children one under the other, half a row gap apart.
enum StackKind: BlockKind {
    static let tag = "stack"
    static let summary = "Children one under the other"
    static let schemaTitle = "One under the other"
    static let properties = [
        PropertySchema("blocks", .array(.tagged("block")), required: true,
                       "Children, top to bottom; a child titled as the shown child above it continues that module without the title"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        var nodes: [Node] = []
        var y = 0.0
        let gap = page.page.rowGap / 2
        // One topic, one title: a child titled as the shown child above it continues that module
        // without the title (MINUSMA's support to the host State under its crimes against peacekeepers;
        // a child left alone keeps it).
        var above: String?
        for child in block.children {
            var shown = child
            if let title = child.title, title == above { shown.title = nil }
            let frame = page.prepare(shown, width: width)
            // A child left out (when-empty: hide) takes no room and no gap.
            if frame.height <= 0 && frame.placed().isEmpty { continue }
            nodes.append(.group(Group(transform: .translation(0, y), children: frame.placed(), name: child.name)))
            y += frame.height + gap
            above = child.title ?? above
        }
        return BlockFrame(nodes, max(0, y - gap))
    }

    /// Empty when every child is left out.
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool {
        block.children.allSatisfy { page.isHidden($0) }
    }
}
