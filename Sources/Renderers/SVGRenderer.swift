import A4PCCairo
import A4PRender
import A4PScene
import Foundation

/// One SVG per page through cairo-svg, in points. Cairo draws text as glyph outlines, so the
/// page's text is also written into <title>/<desc> for search and screen readers.
public struct SVGRenderer: Renderer {
    public static let name = "svg"
    public static let summary = "SVG image per page, sizes in pt; text also kept in <title> and <desc>"

    public init(options: RenderOptions) {}

    public func render(_ document: Document) throws -> [RenderedFile] {
        try CairoPainter.checkImages(document)
        return try document.pages.enumerated().map { i, page in
            RenderedFile(pageIndex: i, bytes: try renderPage(page, index: i, title: document.metadata.title))
        }
    }

    func renderPage(_ page: Page, index: Int, title: String?) throws -> [UInt8] {
        let sink = ByteSink()
        let ctx = Unmanaged.passRetained(sink)
        defer { ctx.release() }
        let surface = cairo_svg_surface_create_for_stream(ByteSink.write, ctx.toOpaque(),
                                                          page.size.width, page.size.height)!
        defer { cairo_surface_destroy(surface) }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        let cr = cairo_create(surface)!
        CairoPainter(cr: cr, keepsText: false).paint(page)
        let status = cairo_status(cr)
        cairo_destroy(cr)
        try cairoCheck(status, "page \(index + 1)")
        cairo_surface_finish(surface)
        try cairoCheck(cairo_surface_status(surface), "SVG")
        return Self.finish(String(decoding: sink.bytes, as: UTF8.self), page: page, title: title)
    }

    /// Cairo numbers surfaces with a process-wide counter ("surface12"), which would make the
    /// bytes depend on what was rendered before; the ids are never referenced, so they are reset.
    /// Then a <title> and <desc> with the page's text are added after the root element.
    static func finish(_ svg: String, page: Page, title: String?) -> [UInt8] {
        var out = svg.replacingOccurrences(of: #"id="surface[0-9]+""#, with: #"id="surface1""#,
                                           options: .regularExpression)
        var texts: [String] = []
        func collect(_ nodes: [Node]) {
            for n in nodes {
                switch n {
                case .text(let run): texts.append(run.text)
                case .group(let g):
                    if let alt = g.altText { texts.append(alt) }
                    collect(g.children)
                default: break
                }
            }
        }
        collect(page.nodes)
        if let close = out.range(of: ">", range: (out.range(of: "<svg")?.upperBound ?? out.startIndex)..<out.endIndex) {
            var meta = ""
            if let title { meta += "\n<title>\(xmlEscape(title))</title>" }
            if !texts.isEmpty { meta += "\n<desc>\(xmlEscape(texts.joined(separator: " ")))</desc>" }
            out.insert(contentsOf: meta, at: close.upperBound)
        }
        return Array(out.utf8)
    }

    static func xmlEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
