import Foundation

/// One page: its size in points and what is drawn on it, in paint order.
public struct Page: Hashable, Sendable, Codable {
    public var size: Size
    public var nodes: [Node]
    /// Printed page label ("3", "iv"), if not the page number.
    public var label: String?
    public init(size: Size, nodes: [Node] = [], label: String? = nil) {
        self.size = size; self.nodes = nodes; self.label = label
    }
}

/// Document information written into PDF metadata (and SVG titles).
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var creator: String?
    public var keywords: [String]
    /// When nil, renderers write a fixed date so the same input always gives the same bytes.
    public var creationDate: Date?
    /// The language of the text (BCP 47: "fr", "ar"): PDF /Lang, SVG xml:lang.
    public var language: String?
    public init(title: String? = nil, subject: String? = nil, author: String? = nil,
                creator: String? = "A4P Charts", keywords: [String] = [], creationDate: Date? = nil, language: String? = nil) {
        self.title = title; self.subject = subject; self.author = author; self.creator = creator
        self.keywords = keywords; self.creationDate = creationDate; self.language = language
    }
}

/// An entry of the PDF outline (bookmarks), pointing at a named destination.
public struct OutlineItem: Hashable, Sendable, Codable {
    public var title: String
    public var destination: String
    public var children: [OutlineItem]
    public var isOpen: Bool
    public init(title: String, destination: String, children: [OutlineItem] = [], isOpen: Bool = false) {
        self.title = title; self.destination = destination; self.children = children; self.isOpen = isOpen
    }
}

/// What renderers consume: pages, metadata and an outline. Plain values only.
public struct Document: Hashable, Sendable, Codable {
    public var pages: [Page]
    public var metadata: DocumentMetadata
    public var outline: [OutlineItem]
    public init(pages: [Page], metadata: DocumentMetadata = DocumentMetadata(), outline: [OutlineItem] = []) {
        self.pages = pages; self.metadata = metadata; self.outline = outline
    }
}
