/// Every number the dataset holds for the template's mission, by priority: a figure list with a
/// heading per priority, drawn like a chart block (title, message, source line, note).
enum MissionDataKind: BlockKind {
    static let tag = "mission-data"
    static let summary = "Every number the dataset holds for the template's mission, by priority, with sources"
    static let schemaTitle = "All of a mission's numbers"
    static let properties = [
        PropertySchema("columns", .integer(min: 1, max: 4), default: "2", "Balanced text columns"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        page.missionData(block, width: width)
    }
}
