/// A PNG or SVG image from a path inside the project, scaled to the block's width (see PageBuilder+Image).
enum ImageKind: BlockKind {
    static let tag = "image"
    static let summary = "A PNG or SVG image from a path inside the project (SVG stays vector in PDF)"
    static let schemaTitle = "An image"
    static let properties = [
        PropertySchema("path", .string(), required: true, "PNG or SVG file, relative to the spec; with symlinks followed it must stay inside the project"),
        PropertySchema("alt", .string(), required: true, "What the image shows, for readers who cannot see it"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        page.image(block, width: width)
    }
}
