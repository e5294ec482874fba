import A4PCCairo
import A4PRender
import A4PScene
import Foundation

/// PDF through cairo-pdf: subset fonts embedded, text extractable (glyphs keep their clusters),
/// metadata, links, named destinations and an outline.
public struct PDFRenderer: Renderer {
    public static let name = "pdf"
    public static let summary = "PDF document, all pages in one file; fonts embedded and subset, text extractable"

    /// Written when the document gives no creation date, so the same input gives the same bytes.
    public static let fixedCreationDate = "2000-01-01T00:00:00Z"

    let print: Bool, bleed: Bool

    public init(options: RenderOptions) { print = options.print; bleed = options.bleed }

    public func render(_ document: Document) throws -> [RenderedFile] { try render(document, deflateLevel: PDFDeflate.level) }

    /// `deflateLevel`: libdeflate's level for cairo's streams, nil for cairo's own zlib (the tests compare them).
    func render(_ document: Document, deflateLevel: Int32?) throws -> [RenderedFile] {
        try CairoPainter.checkImages(document)
        // Only cairo's drawing: the structure edit and the print variant (libqpdf) keep zlib.
        let (cairoBytes, structure) = try PDFDeflate.streams(level: deflateLevel) { try cairoPDF(document) }
        let bytes = try PDFStructure.finish(cairoBytes, alts: structure.figureAlts, language: document.metadata.language)
        return [RenderedFile(pageIndex: nil, bytes: print ? try PDFPrint.cmyk(bytes, bleed: bleed) : bytes)]
    }

    /// The document as cairo writes it, and what its painter logged of the structure.
    private func cairoPDF(_ document: Document) throws -> ([UInt8], StructureLog) {
        let sink = ByteSink()
        let ctx = Unmanaged.passRetained(sink)
        defer { ctx.release() }
        let first = document.pages.first?.size ?? Size(595, 842)
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, ctx.toOpaque(), first.width, first.height)!
        defer { cairo_surface_destroy(surface) }
        setMetadata(document.metadata, on: surface)

        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let structure = StructureLog()
        let painter = CairoPainter(cr: cr, keepsText: true, structure: structure)
        // One structure element around everything: cairo 1.16 gives link annotations a
        // /StructParent that points at a missing object unless a structure tree exists (qpdf then
        // reports the file damaged); with it, the PDF is also marked as tagged. The scene's groups
        // with a structure role (headings, paragraphs, figures, tables) become its children.
        cairo_tag_begin(cr, "Document", "")
        for (i, page) in document.pages.enumerated() {
            // The first page has its size from creation; setting it again inside the open
            // structure element makes cairo 1.16 fail with "invalid tag nesting".
            if i > 0 { cairo_pdf_surface_set_size(surface, page.size.width, page.size.height) }
            if let label = page.label { cairo_pdf_surface_set_page_label(surface, label) }
            // cairo 1.16 turns a fill that covers the whole page into an unclipped opaque paint and
            // then drops what the page recorded before it, the open "Document" tag included ("invalid
            // tag nesting"). A clip 0.01 pt inside the page edge keeps every fill clipped; nothing
            // visible changes.
            cairo_save(cr)
            cairo_rectangle(cr, 0.01, 0.01, page.size.width - 0.02, page.size.height - 0.02)
            cairo_clip(cr)
            painter.paint(page)
            cairo_restore(cr)
            try cairoCheck(cairo_status(cr), "page \(i + 1)")
            if i == document.pages.count - 1 { cairo_tag_end(cr, "Document") }
            // The paginated surface replays the page here, its glyphs into the font subsets.
            CairoFontLock.withLock { cairo_show_page(cr) }
        }
        if document.pages.isEmpty { cairo_tag_end(cr, "Document") }
        addOutline(document.outline, parent: Int32(CAIRO_PDF_OUTLINE_ROOT), surface: surface)
        CairoFontLock.withLock { cairo_surface_finish(surface) }
        try cairoCheck(cairo_surface_status(surface), "PDF")
        return (sink.bytes, structure)
    }

    private func setMetadata(_ m: DocumentMetadata, on surface: OpaquePointer) {
        let fields: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, m.title), (CAIRO_PDF_METADATA_AUTHOR, m.author),
            (CAIRO_PDF_METADATA_SUBJECT, m.subject), (CAIRO_PDF_METADATA_CREATOR, m.creator),
            (CAIRO_PDF_METADATA_KEYWORDS, m.keywords.isEmpty ? nil : m.keywords.joined(separator: ", ")),
        ]
        for (key, value) in fields {
            if let value { cairo_pdf_surface_set_metadata(surface, key, value) }
        }
        let date = m.creationDate.map { d -> String in
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: "UTC")
            return f.string(from: d)
        } ?? PDFRenderer.fixedCreationDate
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
    }

    private func addOutline(_ items: [OutlineItem], parent: Int32, surface: OpaquePointer) {
        for item in items {
            let name = item.destination.replacingOccurrences(of: "'", with: "\\'")
            let flags: cairo_pdf_outline_flags_t = item.isOpen ? CAIRO_PDF_OUTLINE_FLAG_OPEN
                                                               : cairo_pdf_outline_flags_t(rawValue: 0)
            let id = cairo_pdf_surface_add_outline(surface, parent, item.title, "dest='\(name)'", flags)
            addOutline(item.children, parent: id, surface: surface)
        }
    }
}
