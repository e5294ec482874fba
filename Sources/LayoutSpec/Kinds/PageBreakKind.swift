/// Starts a new page. The page builder splits the spec at these blocks before laying out; this
/// kind is never laid out itself.
enum PageBreakKind: BlockKind {
    static let tag = "page-break"
    static let summary = "Starts a new page (the header's label and title repeat)"
    static let schemaTitle = "A new page"
    static let properties = [
        PropertySchema("if-needed", .boolean, default: "false", "Break only when what follows does not fit on this page"),
        PropertySchema("fill-gaps", .boolean, default: "false",
                       "What follows (up to the next break) are modules in no fixed order, packed in two columns: each module under the shorter column, and where the next does not fit a page, a later one that fits goes there first"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame { .empty }
}
