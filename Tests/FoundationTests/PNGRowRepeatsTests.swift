import A4PCCairo
@testable import A4PCairoRenderers
import A4PRender
import A4PScene
import Foundation
import Testing
import TestSupport

/// The shortcuts of the PNG encoder (`PNGRowRepeats`, reused page memory)
/// checked against the slow paths they replace: the same pixels, deterministic bytes.
@Suite("PNG row repeats")
struct PNGRowRepeatsTests {
    /// An RGB24 surface whose row `y` is filled from `kind(y)`: equal kinds give equal rows.
    static func surface(width: Int32, height: Int32, kind: (Int) -> UInt32) -> OpaquePointer {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        cairo_surface_flush(surface)
        let data = cairo_image_surface_get_data(surface)!
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<Int(height) {
            let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            let k = kind(y)
            for x in 0..<Int(width) {
                // White rows, flat rows and rows varying along x, so the bands between runs hold real data.
                row[x] = k == 0 ? 0xFFFFFF : (k & 1 == 0 ? k &* 0x9E3779B1 : (k &* 2_654_435_761 &+ UInt32(x) &* 40503)) & 0xFFFFFF
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    @Test("repeated runs of any length give the rows libdeflate's stream gives, byte-deterministic",
          arguments: [1, 2, 85, 86, 87, 300, 1190, 11_000] as [Int32])
    func sameRowsAsLibdeflate(width: Int32) throws {
        // Runs of 1, 2, 3 and 40 equal rows (a row of 86 px is 259 bytes: 258 + 1 is split 255 + 4),
        // single rows, white runs, a run at the end. 11,000 px rows (33,001 bytes) are too long for a
        // deflate match: nothing is copied, zlib takes every row.
        let kinds: [UInt32] = [0, 0, 1, 2, 2, 3, 3, 3, 4] + Array(repeating: 5, count: 40) + [0, 7, 0, 0, 9, 9, 6, 6, 6] + Array(repeating: 0, count: 25)
        let s = Self.surface(width: width, height: Int32(kinds.count)) { kinds[$0] }
        defer { cairo_surface_destroy(s) }
        let repeats = try PNGEncoder(compression: .rowRepeats).encode(s)
        let plain = try PNGEncoder(compression: .libdeflate).encode(s)
        try PNGEncoderTests.expectSamePixels(repeats, plain, "\(width) px wide")
        #expect(try PNGEncoder(compression: .rowRepeats).encode(s) == repeats, "two encodings differ")
        #expect(repeats != plain, "the row-repeat stream is not libdeflate's")
    }

    @Test("an all-white 2× A4 page is copied row by row: a few kB, and the same pixels")
    func whitePage() throws {
        let s = Self.surface(width: 1190, height: 1684) { _ in 0 }
        defer { cairo_surface_destroy(s) }
        let repeats = try PNGEncoder(compression: .rowRepeats).encode(s)
        try PNGEncoderTests.expectSamePixels(repeats, try PNGEncoder(compression: .libdeflate).encode(s), "white page")
        // 1,683 copied rows of 3,571 bytes: 14 fixed-code matches each, about 42 bytes a row.
        #expect(repeats.count < 80_000, "\(repeats.count) bytes")
    }

    @Test("pages drawn into reused memory have the pixels of fresh surfaces, opaque and transparent", arguments: [false, true])
    func reusedMemory(transparent: Bool) throws {
        let renderer = PNGRenderer(options: RenderOptions(scale: 1, transparent: transparent))
        let sample = DeterminismTests.sampleDocument(engine: Fixtures.engine)
        // The specimen first, so the sample's pages land in memory another page drew on.
        _ = try renderer.render(Fixtures.specimen)
        let ours = try renderer.render(sample), fresh = try renderer.renderWithCairoWriter(sample)
        #expect(ours.count == fresh.count)
        for (o, f) in zip(ours, fresh) {
            try PNGEncoderTests.expectSamePixels(o.bytes, f.bytes, "sample page \((o.pageIndex ?? 0) + 1)")
        }
    }

    /// The data of every chunk of `type` in a PNG, in order.
    static func chunks(_ type: String, in png: [UInt8]) -> [[UInt8]] {
        var found: [[UInt8]] = [], i = 8
        while i + 12 <= png.count {
            let n = png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) }
            if String(decoding: png[i + 4..<i + 8], as: UTF8.self) == type { found.append(Array(png[i + 8..<i + 8 + n])) }
            i += 12 + n
        }
        return found
    }

    @Test("bands at zlib's fastest level: the header says so, pixels and pHYs stay")
    func fastestBands() throws {
        // Ninth round (README, Benchmarks): level 1 for the bands, 0.78× the CPU of level 3 on the export's pages.
        // Bytes are judged on the export's pages (README): this sample is almost white, where cairo's zlib 6
        // beats the row copies (about 40 bytes a row) at any band level.
        let renderer = PNGRenderer(options: RenderOptions(scale: 2))
        let sample = DeterminismTests.sampleDocument(engine: Fixtures.engine)
        let ours = try renderer.render(sample), cairos = try renderer.renderWithCairoWriter(sample)
        #expect(ours.count == cairos.count)
        for (o, c) in zip(ours, cairos) {
            let idat = Self.chunks("IDAT", in: o.bytes)
            #expect(idat.count == 1 && idat[0].starts(with: [0x78, 0x01]), "zlib header \(idat.first?.prefix(2).map { $0 } ?? [])")
            #expect(Self.chunks("pHYs", in: o.bytes).count == 1, "pHYs missing")
            try PNGEncoderTests.expectSamePixels(o.bytes, c.bytes, "sample page \((o.pageIndex ?? 0) + 1)")
        }
    }
}
