import A4PRender
import A4PScene
import Foundation

/// One SVG per page, in points, written from the scene by `SVGWriter` (no cairo surface). Text is
/// drawn as glyph outlines, so the page's text is also written into <title>/<desc> for search and
/// screen readers.
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
        var writer = SVGWriter(pageNumber: index + 1)
        try writer.write(page.nodes)
        return Self.document(page: page, title: title, language: language, defs: writer.defs, body: writer.body)
    }

    /// The file around the page's elements: the root element (size in pt, the language), a <title>
    /// and a <desc> with the page's text (its glyphs are outlines, so this is the text search and
    /// screen readers find), a `<g role="img">` with its words for each figure (`SVGFigures`), then
    /// the definitions the drawing refers to and the drawing.
    static func document(page: Page, title: String?, language: String? = nil, defs: [UInt8], body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(defs.count + body.count + 4096)
        var w: [UInt8] = [], h: [UInt8] = []
        SVGNumber.append(page.size.width, to: &w)
        SVGNumber.append(page.size.height, to: &h)
        let width = String(decoding: w, as: UTF8.self), height = String(decoding: h, as: UTF8.self)
        var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"\(width)pt\" height=\"\(height)pt\" "
            + "viewBox=\"0 0 \(width) \(height)\" version=\"1.1\""
        if let language, !language.isEmpty {
            head += " xml:lang=\"\(xmlEscape(language).replacingOccurrences(of: "\"", with: "&quot;"))\""
        }
        head += ">"
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
        if let title { head += "\n<title>\(xmlEscape(title))</title>" }
        if !texts.isEmpty { head += "\n<desc>\(xmlEscape(texts.joined(separator: " ")))</desc>" }
        head += SVGFigures.markup(SVGFigures.figures(on: page))
        out.append(contentsOf: head.utf8)
        if !defs.isEmpty {
            out.append(contentsOf: "\n<defs>\n".utf8)
            out.append(contentsOf: defs)
            out.append(contentsOf: "</defs>".utf8)
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: body)
        out.append(contentsOf: "</svg>\n".utf8)
        return out
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
