/// An A4P+ priority area or a cross-cutting theme.
public struct Priority: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case priority
        case crossCutting = "cross_cutting"
        /// Reporting and follow-up material that is not a priority area (report metadata, C-34 matrix).
        case reference
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var order: Int

    public init(id: String, kind: Kind, title: String, order: Int) {
        self.id = id
        self.kind = kind
        self.title = title
        self.order = order
    }
}
