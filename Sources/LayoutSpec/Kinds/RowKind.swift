/// Children side by side, each with its own span, counted within the row.
enum RowKind: BlockKind {
    static let tag = "row"
    static let summary = "Children side by side, each with its own span"
    static let schemaTitle = "Side by side"
    static let properties = [
        PropertySchema("blocks", .array(.tagged("block")), required: true, "Children; their spans count within this row, a child left out for want of data (when-empty: hide) giving its columns to the others"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        page.nestedRow(block.children, width: width)
    }

    /// Empty when every child is left out.
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool {
        block.children.allSatisfy { page.isHidden($0) }
    }
}
