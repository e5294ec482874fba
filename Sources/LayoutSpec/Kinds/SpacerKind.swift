/// Empty space of the block's height (12 pt by default).
enum SpacerKind: BlockKind {
    static let tag = "spacer"
    static let summary = "Empty space of a given height"
    static let schemaTitle = "Empty space"

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        BlockFrame([], block.height ?? 12)
    }
}
