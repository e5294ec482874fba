import A4PCCairo
import A4PCRsvg
import A4PRender
import A4PScene
import Foundation

/// Draws scene nodes on a cairo_t. Shared by the PDF and PNG plugins (SVG is written from the scene by
/// `SVGWriter`, with no cairo surface); the only place that
/// turns the display list into Cairo calls.
struct CairoPainter {
    let cr: OpaquePointer
    /// Keep text extractable (cairo_show_text_glyphs with clusters): only PDF uses it.
    let keepsText: Bool
    /// Where structure elements are recorded as they are opened (PDF only); nil draws no tags.
    var structure: StructureLog? = nil
    /// The face of the last glyph run: runs in a row mostly share one (see `CairoFonts.LastFace`).
    let lastFace = CairoFonts.LastFace()

    func paint(_ page: Page) {
        for node in page.nodes { paint(node) }
    }

    func paint(_ node: Node) {
        switch node {
        case .group(let g): paint(g)
        case .shape(let s): paint(s)
        case .text(let run): paint(run)
        case .image(let img): paint(img)
        case .link(let link): paint(link)
        case .anchor(let a):
            cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(escape(a.name))' x=\(a.point.x) y=\(a.point.y)")
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        }
    }

    private func paint(_ g: Group) {
        // A structure element around the group's drawing, in paint order (the reading order).
        let tag = structure == nil ? nil : g.role?.pdfType
        if let tag {
            cairo_tag_begin(cr, tag, "")
            structure?.opened(g)
        }
        defer { if let tag { cairo_tag_end(cr, tag) } }
        cairo_save(cr)
        if !g.transform.isIdentity {
            var m = cairo_matrix_t(xx: g.transform.a, yx: g.transform.b, xy: g.transform.c,
                                   yy: g.transform.d, x0: g.transform.tx, y0: g.transform.ty)
            cairo_transform(cr, &m)
        }
        if let clip = g.clip {
            trace(clip)
            cairo_clip(cr)
        }
        if g.opacity < 1 {
            // Content drawn into a group is painted later as one image: no tags inside it.
            var inner = self
            inner.structure = nil
            cairo_push_group(cr)
            for child in g.children { inner.paint(child) }
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, g.opacity)
        } else {
            for child in g.children { paint(child) }
        }
        cairo_restore(cr)
    }

    private func trace(_ path: Path) {
        cairo_new_path(cr)
        for e in path.elements {
            switch e {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .cubic(let a, let b, let p): cairo_curve_to(cr, a.x, a.y, b.x, b.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func setColor(_ c: Color) {
        if c.alpha >= 1 {
            cairo_set_source_rgb(cr, c.red, c.green, c.blue)
        } else {
            cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
        }
    }

    private func paint(_ s: Shape) {
        trace(s.path)
        if let fill = s.fill {
            setColor(fill)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            if s.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = s.stroke {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            switch stroke.cap {
            case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
            }
            switch stroke.join {
            case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
            case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
            }
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    /// Glyph lookups are one thread at a time (`CairoFontLock`).
    private func paint(_ run: GlyphRun) {
        guard !run.glyphs.isEmpty, let face = lastFace.face(for: run.font) else { return }
        CairoFontLock.withLock { show(run, face: face) }
    }

    private func show(_ run: GlyphRun, face: OpaquePointer) {
        cairo_set_font_face(cr, face)
        cairo_set_font_size(cr, run.size)
        setColor(run.color)
        let glyphs = run.glyphs.map {
            cairo_glyph_t(index: UInt($0.id), x: run.origin.x + $0.x, y: run.origin.y + $0.y)
        }
        if keepsText {
            let utf8 = Array(run.text.utf8)
            let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.byteCount),
                                                                  num_glyphs: Int32($0.glyphCount)) }
            let flags: cairo_text_cluster_flags_t = run.isRightToLeft ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD
                                                                      : cairo_text_cluster_flags_t(rawValue: 0)
            utf8.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cairo_show_text_glyphs(cr, chars.baseAddress, Int32(utf8.count), glyphs, Int32(glyphs.count),
                                           clusters, Int32(clusters.count), flags)
                }
            }
        } else {
            cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
        }
    }

    private func paint(_ img: Image) {
        if img.format == .svg {
            SVGDrawing.draw(img.data, in: img.rect, on: cr)
            return
        }
        guard let surface = PNGDecoding.surface(from: img.data) else { return }
        defer { cairo_surface_destroy(surface) }
        let w = Double(cairo_image_surface_get_width(surface)), h = Double(cairo_image_surface_get_height(surface))
        guard w > 0, h > 0 else { return }
        cairo_save(cr)
        cairo_translate(cr, img.rect.x, img.rect.y)
        cairo_scale(cr, img.rect.width / w, img.rect.height / h)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    private func paint(_ link: Link) {
        let r = link.rect
        let target: String
        switch link.target {
        case .uri(let uri): target = "uri='\(escape(uri))'"
        case .destination(let name): target = "dest='\(escape(name))'"
        }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "rect=[\(r.x) \(r.y) \(r.width) \(r.height)] \(target)")
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// Cairo tag attributes are single-quoted; quotes and backslashes inside are escaped.
    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// The structure elements a painter opened, in order: what the PDF post-pass needs to match
/// cairo's structure tree (cairo 1.16 writes no /Alt).
final class StructureLog {
    /// The alternative text of each Figure, in the order cairo adds them to the tree.
    private(set) var figureAlts: [String] = []

    func opened(_ g: Group) {
        if g.role == .figure { figureAlts.append(g.altText ?? "") }
    }
}

/// Draws SVG bytes with librsvg straight into the Cairo context, so they stay vectors in PDF and SVG.
enum SVGDrawing {
    static func draw(_ bytes: [UInt8], in rect: Rect, on cr: OpaquePointer) {
        // checkImages has thrown before any drawing when librsvg cannot be loaded.
        guard let rsvg = try? Rsvg.shared.get(), let handle = rsvg.handle(bytes) else { return }
        defer { rsvg.release(handle) }
        cairo_save(cr)
        rsvg.render(handle, on: cr, in: A4PRsvgRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height))
        cairo_restore(cr)
    }
}

/// Reads PNG bytes into a Cairo image surface through Cairo's stream reader.
enum PNGDecoding {
    private final class Cursor {
        let bytes: [UInt8]
        var offset = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    static func surface(from bytes: [UInt8]) -> OpaquePointer? {
        let cursor = Cursor(bytes)
        let ctx = Unmanaged.passRetained(cursor)
        defer { ctx.release() }
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            let c = Unmanaged<Cursor>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard c.offset + n <= c.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            c.bytes.withUnsafeBufferPointer { src in
                data.update(from: src.baseAddress! + c.offset, count: n)
            }
            c.offset += n
            return CAIRO_STATUS_SUCCESS
        }, ctx.toOpaque())
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            if let surface { cairo_surface_destroy(surface) }
            return nil
        }
        return surface
    }
}

/// Collects what a Cairo stream surface writes.
final class ByteSink {
    /// Unchecked: cairo calls `write` ~600 times a chart PDF, one writer at a time on the thread that
    /// renders; the runtime's access checks and a retain per call were a third of its cost.
    @exclusivity(unchecked) var bytes: [UInt8] = []

    /// A cairo_write_func_t appending to the sink passed as closure (kept alive by the caller).
    static let write: cairo_write_func_t = { closure, data, length in
        if let data {
            Unmanaged<ByteSink>.fromOpaque(closure!)._withUnsafeGuaranteedRef {
                $0.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            }
        }
        return CAIRO_STATUS_SUCCESS
    }
}

func cairoCheck(_ status: cairo_status_t, _ what: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
        throw RenderError("\(what): \(String(cString: cairo_status_to_string(status)))")
    }
}

extension CairoPainter {
    /// Fails when an image of `document` cannot be decoded (a PNG whose compressed data is damaged
    /// though its chunks look whole, an SVG librsvg rejects): drawing would leave it out silently.
    static func checkImages(_ document: Document) throws {
        func check(_ nodes: [Node], page: Int) throws {
            for node in nodes {
                switch node {
                case .group(let g): try check(g.children, page: page)
                case .image(let img):
                    let ok: Bool
                    if img.format == .svg {
                        let rsvg = try Rsvg.shared.get()
                        let handle = rsvg.handle(img.data)
                        if let handle { rsvg.release(handle) }
                        ok = handle != nil
                    } else {
                        let surface = PNGDecoding.surface(from: img.data)
                        if let surface { cairo_surface_destroy(surface) }
                        ok = surface != nil
                    }
                    if !ok { throw UndecodableImageError(page: page, altText: img.altText, format: img.format == .svg ? "SVG" : "PNG") }
                default: break
                }
            }
        }
        for (i, page) in document.pages.enumerated() { try check(page.nodes, page: i + 1) }
    }
}
