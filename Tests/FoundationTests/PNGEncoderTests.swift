import A4PCCairo
import A4PCairoRenderers
import A4PRender
import A4PScene
import Foundation
import Testing
import TestSupport

@Suite("PNG encoder")
struct PNGEncoderTests {
    /// Both PNGs decoded by cairo's PNG reader give the same format and the same pixel words.
    static func expectSamePixels(_ ours: [UInt8], _ cairos: [UInt8], _ what: String) throws {
        let a = try #require(ReferenceImage.decode(ours), "\(what): our PNG does not decode")
        let b = try #require(ReferenceImage.decode(cairos), "\(what): cairo's PNG does not decode")
        #expect(a.width == b.width && a.height == b.height, "\(what): size differs")
        #expect(a.format == b.format, "\(what): format differs")
        let differing = zip(a.data, b.data).filter { $0 != $1 }.count
        #expect(differing == 0 && a.data.count == b.data.count, "\(what): \(differing) pixels differ from cairo's writer")
    }

    @Test("pages have the pixels cairo's own PNG writer gives", arguments: [1.0, 2.0, 0.3])
    func samePixelsAsCairo(scale: Double) throws {
        let renderer = PNGRenderer(options: RenderOptions(scale: scale))
        for (name, doc) in [("specimen", Fixtures.specimen),
                            ("sample", DeterminismTests.sampleDocument(engine: Fixtures.engine))] {
            let ours = try renderer.render(doc), cairos = try renderer.renderWithCairoWriter(doc)
            #expect(ours.count == cairos.count)
            for (o, c) in zip(ours, cairos) {
                try Self.expectSamePixels(o.bytes, c.bytes, "\(name) page \((o.pageIndex ?? 0) + 1) at \(scale)×")
            }
        }
    }

    @Test("a translucent ARGB32 surface un-premultiplies exactly as cairo's writer")
    func translucentSurface() throws {
        let w: Int32 = 97, h: Int32 = 61
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let data = cairo_image_surface_get_data(surface)!
        let stride = Int(cairo_image_surface_get_stride(surface))
        var seed: UInt32 = 12345
        for y in 0..<Int(h) {
            let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<Int(w) {
                seed = seed &* 1_103_515_245 &+ 12345
                let a = (seed >> 24) & 0xFF
                // Premultiplied: every channel at most alpha; a few fully transparent pixels.
                func ch(_ v: UInt32) -> UInt32 { a == 0 ? 0 : v % (a + 1) }
                row[x] = a << 24 | ch(seed >> 3) << 16 | ch(seed >> 9) << 8 | ch(seed >> 15)
            }
        }
        cairo_surface_mark_dirty(surface)
        let ours = try PNGEncoder(dpi: 72).encode(surface)
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let ctx = Unmanaged.passRetained(sink)
        defer { ctx.release() }
        let write: cairo_write_func_t = { closure, data, length in
            Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        #expect(cairo_surface_write_to_png_stream(surface, write, ctx.toOpaque()) == CAIRO_STATUS_SUCCESS)
        try Self.expectSamePixels(ours, sink.bytes, "translucent surface")
        #expect(ours[25] == 6, "colour type RGBA")
        // Every filter, with row repeats and with libdeflate at a range of levels, gives the same pixels.
        for f in [PNGEncoder.Filter.none, .sub, .up, .average, .paeth, .adaptive] {
            try Self.expectSamePixels(try PNGEncoder(filter: f).encode(surface), sink.bytes, "filter \(f), row repeats")
            for level: Int32 in [1, 6, 12] {
                try Self.expectSamePixels(try PNGEncoder(filter: f, level: level, compression: .libdeflate).encode(surface), sink.bytes,
                                          "filter \(f) level \(level)")
            }
        }
    }

    @Test("the pHYs chunk records scale × 72 dpi", arguments: [1.0, 2.0, 300.0 / 72])
    func physChunk(scale: Double) throws {
        let png = try #require(Fixtures.render(DeterminismTests.sampleDocument(engine: Fixtures.engine), "png", scale: scale).first)
        let chunks = ReferenceImage.chunks(png)
        #expect(chunks.map(\.type) == ["IHDR", "bKGD", "pHYs", "IDAT", "IEND"])
        let phys = try #require(chunks.first { $0.type == "pHYs" }?.data)
        #expect(phys.count == 9)
        let x = phys[0..<4].reduce(0) { $0 << 8 | Int($1) }, y = phys[4..<8].reduce(0) { $0 << 8 | Int($1) }
        let expected = Int((scale * 72 / 0.0254).rounded())
        #expect(x == expected && y == expected, "pHYs \(x)×\(y) px/m, expected \(expected)")
        #expect(phys[8] == 1, "unit: metre")
        let dir = try TempDir.make()
        let file = dir.appendingPathComponent("phys.png")
        try Data(png).write(to: file)
        let check = try ExternalTool.run("pngcheck", ["-v", file.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("\(expected) pixels/meter (\(Int((scale * 72).rounded())) dpi)"), "\(check.stdout)")
    }
}
