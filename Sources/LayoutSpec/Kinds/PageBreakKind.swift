/// Starts a new page. The page builder splits the spec at these blocks before laying out; this
/// kind is never laid out itself.
enum PageBreakKind: BlockKind {
    static let tag = "page-break"
    static let summary = "Starts a new page (the header's label and title repeat)"
    static let schemaTitle = "A new page"
    static let properties = [
        PropertySchema("if-needed", .boolean, default: "false", "Break only when what follows does not fit on this page"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame { .empty }
}
