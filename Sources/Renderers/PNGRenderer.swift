import A4PCCairo
import A4PRender
import A4PScene

/// One PNG per page on a white background, at `options.scale` pixels per point, encoded by
/// `PNGEncoder` (the same pixels cairo's PNG writer gives, with the resolution in pHYs).
public struct PNGRenderer: Renderer {
    public static let name = "png"
    public static let summary = "PNG image per page on white; scale 1× = 72 dpi (--scale 2, or --dpi 300)"

    let scale: Double
    let transparent: Bool
    public init(options: RenderOptions) { scale = options.scale; transparent = options.transparent }

    public func render(_ document: Document) throws -> [RenderedFile] {
        try CairoPainter.checkImages(document)
        return try document.pages.enumerated().map { i, page in
            RenderedFile(pageIndex: i, bytes: try renderPage(page, index: i))
        }
    }

    /// The same pages written by cairo's own PNG writer (`cairo_surface_write_to_png_stream`), the
    /// way a4p wrote them before `PNGEncoder`: for tests that compare pixels, and for benchmarks.
    public func renderWithCairoWriter(_ document: Document) throws -> [RenderedFile] {
        try CairoPainter.checkImages(document)
        return try document.pages.enumerated().map { i, page in
            let surface = try rasterise(page, index: i)
            defer { cairo_surface_destroy(surface) }
            let sink = ByteSink()
            let ctx = Unmanaged.passRetained(sink)
            defer { ctx.release() }
            try cairoCheck(cairo_surface_write_to_png_stream(surface, ByteSink.write, ctx.toOpaque()), "PNG")
            return RenderedFile(pageIndex: i, bytes: sink.bytes)
        }
    }

    func renderPage(_ page: Page, index: Int) throws -> [UInt8] {
        let memory = PNGPixelMemory.take()
        defer { PNGPixelMemory.give(memory) }
        let surface = try rasterise(page, index: index, into: memory)
        defer { cairo_surface_destroy(surface) }  // before the memory goes back (defers run last first)
        return try encoder.encode(surface)
    }

    /// The encoder for this scale: the resolution in pHYs is `scale` × 72 dpi.
    var encoder: PNGEncoder { PNGEncoder(dpi: scale * 72) }

    /// The page drawn on white into a new RGB24 image surface, or on nothing into an ARGB32 one when
    /// transparent (flushed; the caller destroys it). With `memory`, the surface draws into it (cleared
    /// first when transparent; painted white otherwise, as always) instead of fresh zeroed memory; the
    /// caller keeps `memory` until the surface is destroyed.
    func rasterise(_ page: Page, index: Int, into memory: PNGPixelMemory? = nil) throws -> OpaquePointer {
        // Checked before any allocation (and before Int32 conversion, which traps on huge or NaN sizes).
        let pw = page.size.width * scale, ph = page.size.height * scale
        guard pw.isFinite, ph.isFinite, pw * ph <= RenderLimits.pagePixels else {
            throw RenderLimitError(page: index + 1, width: page.size.width, height: page.size.height, scale: scale)
        }
        let w = Int32(max(1, pw.rounded(.up))), h = Int32(max(1, ph.rounded(.up)))
        // Transparent: ARGB32 left clear, so the encoder writes RGBA; else RGB24 painted white.
        let format = transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24
        let surface: OpaquePointer
        if let memory {
            let stride = cairo_format_stride_for_width(format, w)
            memory.reserve(Int(stride) * Int(h))
            if transparent { memory.bytes.initializeMemory(as: UInt8.self, repeating: 0, count: Int(stride) * Int(h)) }
            surface = cairo_image_surface_create_for_data(memory.bytes.assumingMemoryBound(to: UInt8.self), format, w, h, stride)!
        } else {
            surface = cairo_image_surface_create(format, w, h)!
        }
        if cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS {
            defer { cairo_surface_destroy(surface) }
            try cairoCheck(cairo_surface_status(surface), "page \(index + 1)")
        }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        if !transparent {
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
        }
        cairo_scale(cr, scale, scale)
        CairoPainter(cr: cr, keepsText: false).paint(page)
        do {
            try cairoCheck(cairo_status(cr), "page \(index + 1)")
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        cairo_surface_flush(surface)
        return surface
    }
}
