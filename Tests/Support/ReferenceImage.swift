import A4PCCairo
import Foundation

/// Pixel comparison of PNGs with a tolerance, for reference-image tests. References live in
/// Tests/…/References; set A4P_UPDATE_REFERENCES=1 to rewrite them from the current output.
public enum ReferenceImage {
    public struct Difference: CustomStringConvertible {
        public var width: Int, height: Int
        public var differingPixels: Int
        public var maxChannelDelta: Int
        public var fraction: Double { Double(differingPixels) / Double(max(1, width * height)) }
        public var description: String {
            "\(differingPixels) of \(width * height) pixels differ (\(String(format: "%.3f", fraction * 100))%), max channel delta \(maxChannelDelta)"
        }
    }

    /// `References/name` in the folder of the test file that asks (pass `#filePath`).
    public static func referenceURL(_ name: String, testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("References").appendingPathComponent(name)
    }

    public static var updating: Bool { ProcessInfo.processInfo.environment["A4P_UPDATE_REFERENCES"] == "1" }

    /// Compares `png` with the named reference; a pixel counts as different when any channel
    /// differs by more than `channelTolerance`. Nil when a dimension differs or a file is unreadable.
    public static func compare(_ png: [UInt8], withReference name: String, channelTolerance: Int = 40,
                               testFile: String = #filePath) throws -> Difference? {
        let url = referenceURL(name, testFile: testFile)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(png).write(to: url)
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("a4p-ref-\(UUID().uuidString).png")
        try Data(png).write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        guard let a = pixels(tmp.path), let b = pixels(url.path), a.width == b.width, a.height == b.height else {
            return nil
        }
        var differing = 0, maxDelta = 0
        for i in 0..<(a.width * a.height) {
            let pa = a.data[i], pb = b.data[i]
            var worst = 0
            for shift in [0, 8, 16] {
                worst = max(worst, abs(Int((pa >> UInt32(shift)) & 0xFF) - Int((pb >> UInt32(shift)) & 0xFF)))
            }
            maxDelta = max(maxDelta, worst)
            if worst > channelTolerance { differing += 1 }
        }
        return Difference(width: a.width, height: a.height, differingPixels: differing, maxChannelDelta: maxDelta)
    }

    /// Leaves a failed comparison behind for looking at: `<name>.actual.png` and `<name>.diff.png`
    /// (the reference faded, pixels beyond the tolerance in red) in `.build/reference-failures/` of
    /// the package the test file belongs to. Returns the folder.
    @discardableResult
    public static func keepFailure(_ png: [UInt8], reference name: String, channelTolerance: Int = 40,
                                   testFile: String = #filePath) -> URL? {
        var root = URL(fileURLWithPath: testFile).deletingLastPathComponent()
        while root.path != "/" && root.lastPathComponent != "Tests" { root.deleteLastPathComponent() }
        let folder = root.deletingLastPathComponent().appendingPathComponent(".build/reference-failures")
        let stem = (name as NSString).deletingPathExtension
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
              (try? Data(png).write(to: folder.appendingPathComponent(stem + ".actual.png"))) != nil else { return nil }
        let actual = folder.appendingPathComponent(stem + ".actual.png")
        guard let a = pixels(actual.path), let b = pixels(referenceURL(name, testFile: testFile).path),
              a.width == b.width, a.height == b.height,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(a.width), Int32(a.height)) else { return folder }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let base = cairo_image_surface_get_data(surface) {
            for y in 0..<a.height {
                let row = UnsafeMutableRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<a.width {
                    let pa = a.data[y * a.width + x], pb = b.data[y * a.width + x]
                    var worst = 0
                    for shift: UInt32 in [0, 8, 16] {
                        let ca = Int((pa >> shift) & 0xFF), cb = Int((pb >> shift) & 0xFF)
                        worst = max(worst, abs(ca - cb))
                    }
                    // Grey of the reference at a quarter strength; differing pixels red.
                    let green = Int((pb >> 8) & 0xFF)
                    let grey = UInt32(255 - (255 - green) / 4)
                    let faded: UInt32 = 0xFF00_0000 | (grey << 16) | (grey << 8) | grey
                    row[x] = worst > channelTolerance ? 0xFFFF_0000 : faded
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        cairo_surface_write_to_png(surface, folder.appendingPathComponent(stem + ".diff.png").path)
        return folder
    }

    /// Decodes a PNG with Cairo into 0xAARRGGBB pixels.
    public static func pixels(_ path: String) -> (width: Int, height: Int, data: [UInt32])? {
        guard let src = cairo_image_surface_create_from_png(path) else { return nil }
        defer { cairo_surface_destroy(src) }
        guard cairo_surface_status(src) == CAIRO_STATUS_SUCCESS else { return nil }
        let w = Int(cairo_image_surface_get_width(src)), h = Int(cairo_image_surface_get_height(src))
        // Paint onto a known ARGB32 surface so the layout in memory does not depend on the PNG.
        let dst = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))!
        defer { cairo_surface_destroy(dst) }
        let cr = cairo_create(dst)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_surface(cr, src, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_flush(dst)
        let stride = Int(cairo_image_surface_get_stride(dst))
        guard let base = cairo_image_surface_get_data(dst) else { return nil }
        var out = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<w { out[y * w + x] = row[x] }
        }
        return (w, h, out)
    }

    /// Decodes PNG bytes with cairo's own PNG reader, as cairo lays the pixels out (format, and one
    /// native-endian 0xAARRGGBB word per pixel, premultiplied), for exact comparisons. Nil when unreadable.
    public static func decode(_ png: [UInt8]) -> (width: Int, height: Int, format: Int32, data: [UInt32])? {
        final class Reader { var bytes: [UInt8]; var at = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(png)
        let ctx = Unmanaged.passRetained(reader)
        defer { ctx.release() }
        let read: cairo_read_func_t = { closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard let data, r.at + n <= r.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + r.at, count: n) }
            r.at += n
            return CAIRO_STATUS_SUCCESS
        }
        guard let surface = cairo_image_surface_create_from_png_stream(read, ctx.toOpaque()) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let base = cairo_image_surface_get_data(surface) else {
            return nil
        }
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var out = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = UnsafeRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<w { out[y * w + x] = row[x] }
        }
        return (w, h, Int32(cairo_image_surface_get_format(surface).rawValue), out)
    }

    /// The chunks of a PNG file: type and data, in order (no CRC check).
    public static func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var i = 8
        while i + 12 <= png.count {
            let n = Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3])
            guard i + 12 + n <= png.count else { break }
            out.append((String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self), Array(png[(i + 8)..<(i + 8 + n)])))
            i += 12 + n
        }
        return out
    }

    /// Writes opaque 0xAARRGGBB pixels as a PNG (for images left behind by a failed comparison).
    public static func writePNG(_ pixels: [UInt32], width: Int, height: Int, to path: String) {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else { return }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else { return }
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { row[x] = pixels[y * width + x] }
        }
        cairo_surface_mark_dirty(surface)
        cairo_surface_write_to_png(surface, path)
    }
}
