/// Every figure of some indicators as labelled lines in balanced columns (see FigureList.swift).
enum FigureListKind: BlockKind {
    static let tag = "figure-list"
    static let summary = "Every figure of some indicators (per mission, dated, yes/no) as labelled lines in columns, with sources"
    static let schemaTitle = "Figures as a list"
    static let bindsData = true
    static let properties = [
        PropertySchema("columns", .integer(min: 1, max: 4), default: "2", "Balanced text columns"),
        PropertySchema("categories", .array(.string()), default: "all", "Only these categories (ids)"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        page.figureList(block, width: width, theme: page.theme(for: block))
    }
}
