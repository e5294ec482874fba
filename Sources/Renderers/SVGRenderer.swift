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
            RenderedFile(pageIndex: i, bytes: try renderPage(page, index: i, title: document.metadata.title,
                                                             language: document.metadata.language))
        }
    }

    func renderPage(_ page: Page, index: Int, title: String?, language: String? = nil) throws -> [UInt8] {
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
        return Self.finish(sink.bytes, page: page, title: title, language: language)
    }

    /// Cairo numbers surfaces with a process-wide counter ("surface12"), which would make the
    /// bytes depend on what was rendered before; the ids are never referenced, so every one becomes
    /// `surface1` (one pass over the bytes; no regular expression, no String round trip).
    /// Then a <title> and <desc> with the page's text are added after the root element, a
    /// `<g role="img">` with its words for each figure (`SVGFigures`), and the root gets the language.
    static func finish(_ svg: [UInt8], page: Page, title: String?, language: String? = nil) -> [UInt8] {
        var out = renumberSurfaces(svg)
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
        let root = Array("<svg".utf8)
        let from = firstIndex(of: root, in: out, from: 0).map { $0 + root.count } ?? 0
        if let close = out[from...].firstIndex(of: UInt8(ascii: ">")) {
            var meta = ""
            if let title { meta += "\n<title>\(xmlEscape(title))</title>" }
            if !texts.isEmpty { meta += "\n<desc>\(xmlEscape(texts.joined(separator: " ")))</desc>" }
            meta += SVGFigures.markup(SVGFigures.figures(on: page))
            out.insert(contentsOf: Array(meta.utf8), at: close + 1)
            if let language, !language.isEmpty {
                out.insert(contentsOf: Array(" xml:lang=\"\(xmlEscape(language))\"".utf8), at: close)
            }
        }
        return out
    }

    /// Every `id="surface<digits>"` becomes `id="surface1"`.
    static func renumberSurfaces(_ svg: [UInt8]) -> [UInt8] {
        let key = Array(#"id="surface"#.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var copied = 0, at = 0
        while let i = firstIndex(of: key, in: svg, from: at) {
            var j = i + key.count
            while j < svg.count, svg[j] >= UInt8(ascii: "0"), svg[j] <= UInt8(ascii: "9") { j += 1 }
            if j > i + key.count, j < svg.count, svg[j] == UInt8(ascii: "\"") {
                out.append(contentsOf: svg[copied..<(i + key.count)])
                out.append(UInt8(ascii: "1"))
                copied = j
            }
            at = j
        }
        if copied == 0 { return svg }
        out.append(contentsOf: svg[copied...])
        return out
    }

    /// The first index at or after `from` where `needle` occurs in `haystack`: libc's memchr finds each
    /// candidate first byte many bytes at a time (cairo's SVGs are 100–200 kB a page, mostly outline
    /// numbers), memcmp checks the rest.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, from >= 0, haystack.count - from >= needle.count else { return nil }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!, first = Int32(n[0])
                var at = from
                let last = h.count - n.count
                while at <= last, let hit = memchr(base + at, first, last - at + 1) {
                    let i = UnsafeRawPointer(hit) - base
                    if memcmp(base + i, n.baseAddress!, n.count) == 0 { return i }
                    at = i + 1
                }
                return nil
            }
        }
    }

    /// `s` with &, < and > as entities (quotes need none: the text is element content).
    static func xmlEscape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
