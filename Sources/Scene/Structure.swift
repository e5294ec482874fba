/// What a group is in the document's logical structure. The PDF renderer wraps the group's drawing
/// in a structure element of this type (tagged PDF, read by screen readers in this order); the
/// other renderers draw the group as any other.
public enum StructureRole: Hashable, Sendable, Codable {
    /// A heading, level 1–6.
    case heading(Int)
    case paragraph
    /// A chart or picture; the group's `altText` is its alternative text.
    case figure
    case table, tableRow, headerCell, cell

    /// The PDF standard structure type.
    public var pdfType: String {
        switch self {
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .figure: "Figure"
        case .table: "Table"
        case .tableRow: "TR"
        case .headerCell: "TH"
        case .cell: "TD"
        }
    }
}

extension Node {
    /// `nodes` as one structure element: a group with no transform, so nothing drawn changes.
    public static func tagged(_ role: StructureRole, _ nodes: [Node], altText: String? = nil) -> Node {
        .group(Group(children: nodes, altText: altText, role: role))
    }
}
