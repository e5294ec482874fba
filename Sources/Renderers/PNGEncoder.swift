import A4PCCairo
import A4PCDeflate
import Foundation

/// Encodes a Cairo image surface as PNG: the same pixels as `cairo_surface_write_to_png_stream`
/// (RGB24 → 8-bit RGB; ARGB32 → un-premultiplied 8-bit RGBA, or RGB when opaque, rounding as cairo
/// does), the same bKGD (white), plus a pHYs chunk with the resolution. The image data goes into one
/// IDAT chunk: by default rows repeating the row above are copied and the rest deflated by zlib
/// (`PNGRowRepeats`); `.libdeflate` deflates it all with libdeflate at `level`. The output depends only on the
/// pixels and the settings, so it is byte-deterministic.
///
/// Why not cairo's writer: libpng's adaptive filter choice and zlib level 6 took 91 % of PNG time.
/// The defaults here were chosen by measurement on the publication's pages and the bench workload
/// (see README, Benchmarks).
public struct PNGEncoder: Sendable {
    public enum Filter: Int, Sendable { case none = 0, sub = 1, up = 2, average = 3, paeth = 4, adaptive = 5 }

    /// How the image data is compressed: `PNGRowRepeats` (default), or libdeflate over every byte.
    public enum Compression: Sendable { case rowRepeats, libdeflate }

    public var filter: Filter
    /// libdeflate compression level, 1...12 (with `.libdeflate`).
    public var level: Int32
    public var compression: Compression
    /// Pixels per inch recorded in pHYs (nil: no pHYs chunk).
    public var dpi: Double?

    /// Measured (README, Benchmarks): no filter compresses these flat-colour pages best, and
    /// libdeflate's level 4 is within 5 % of level 2's time with files 19 % smaller than cairo's.
    public static let defaultFilter = Filter.none
    public static let defaultLevel: Int32 = 4

    public init(filter: Filter = PNGEncoder.defaultFilter, level: Int32 = PNGEncoder.defaultLevel, dpi: Double? = nil,
                compression: Compression = .rowRepeats) {
        self.filter = filter
        self.level = level
        self.compression = compression
        self.dpi = dpi
    }

    public struct EncodeError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Encodes `surface` (flushed; RGB24 or ARGB32).
    public func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32 else {
            throw EncodeError(description: "PNG: unsupported surface format \(format.rawValue)")
        }
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard w > 0, h > 0, let data = cairo_image_surface_get_data(surface) else {
            throw EncodeError(description: "PNG: empty surface")
        }
        var alpha = false
        if format == CAIRO_FORMAT_ARGB32 {
            // As cairo: an ARGB32 image that is entirely opaque is written as RGB.
            outer: for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<w where row[x] >> 24 != 0xFF { alpha = true; break outer }
            }
        }
        let bpp = alpha ? 4 : 3
        let rowBytes = w * bpp
        let rawCount = (rowBytes + 1) * h
        // Buffers and the compressor are reused across images (a fresh 3 MB buffer per page costs
        // more in page faults than the filtering does).
        let ws = Workspace.take(level: max(1, min(12, level)), rawCount: rawCount, rowBytes: rowBytes)
        defer { Workspace.give(ws) }
        var p = ws.prev, c = ws.cur
        for y in 0..<h {
            let src = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            let dst = ws.raw + y * (rowBytes + 1)
            if filter == .none {
                // Unfiltered rows go straight into the compressor's input (no row copy).
                dst[0] = 0
                Self.unpack(src, w, alpha, into: dst + 1)
                continue
            }
            Self.unpack(src, w, alpha, into: c)
            dst[0] = UInt8(Self.filterRow(filter, c, y == 0 ? nil : p, rowBytes, bpp, dst + 1, ws.trial))
            swap(&p, &c)
        }
        let n = switch compression {
        case .libdeflate: libdeflate_zlib_compress(ws.compressor, ws.raw, rawCount, ws.out, ws.outCapacity)
        case .rowRepeats: ws.rowRepeats.compress(ws.raw, rowLength: rowBytes + 1, rows: h, bytesPerPixel: bpp,
                                                into: ws.out, capacity: ws.outCapacity) ?? 0
        }
        guard n > 0 else { throw EncodeError(description: "PNG: compression failed") }
        let idat = UnsafeBufferPointer(start: ws.out, count: n)

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.reserveCapacity(n + 128)
        var ihdr: [UInt8] = []
        Self.be32(UInt32(w), &ihdr); Self.be32(UInt32(h), &ihdr)
        ihdr += [8, alpha ? 6 : 2, 0, 0, 0]
        Self.chunk("IHDR", ihdr, &png)
        Self.chunk("bKGD", [0, 255, 0, 255, 0, 255], &png)
        if let dpi, dpi.isFinite, dpi > 0 {
            var phys: [UInt8] = []
            let ppm = UInt32(min(Double(UInt32.max), (dpi / 0.0254).rounded()))
            Self.be32(ppm, &phys); Self.be32(ppm, &phys)
            phys.append(1)  // unit: metre
            Self.chunk("pHYs", phys, &png)
        }
        Self.chunk("IDAT", idat, &png)
        Self.chunk("IEND", [], &png)
        return png
    }

    /// One row of native-endian 0xAARRGGBB pixels → RGB or un-premultiplied RGBA bytes, as cairo's
    /// `convert_data_to_bytes` and `unpremultiply_data` do.
    @inline(__always)
    static func unpack(_ src: UnsafePointer<UInt32>, _ w: Int, _ alpha: Bool, into c: UnsafeMutablePointer<UInt8>) {
        if !alpha {
            var o = 0
            for x in 0..<w {
                let px = src[x]
                c[o] = UInt8(truncatingIfNeeded: px >> 16)
                c[o + 1] = UInt8(truncatingIfNeeded: px >> 8)
                c[o + 2] = UInt8(truncatingIfNeeded: px)
                o += 3
            }
        } else {
            var o = 0
            for x in 0..<w {
                let px = src[x]
                let a = px >> 24
                if a == 0 {
                    c[o] = 0; c[o + 1] = 0; c[o + 2] = 0; c[o + 3] = 0
                } else {
                    let r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, b = px & 0xFF
                    c[o] = UInt8(truncatingIfNeeded: (r * 255 + a / 2) / a)
                    c[o + 1] = UInt8(truncatingIfNeeded: (g * 255 + a / 2) / a)
                    c[o + 2] = UInt8(truncatingIfNeeded: (b * 255 + a / 2) / a)
                    c[o + 3] = UInt8(truncatingIfNeeded: a)
                }
                o += 4
            }
        }
    }

    /// Filters `c` (previous row `p`, nil for the first) into `dst`; returns the filter type used.
    static func filterRow(_ f: Filter, _ c: UnsafePointer<UInt8>, _ p: UnsafePointer<UInt8>?, _ n: Int, _ bpp: Int,
                          _ dst: UnsafeMutablePointer<UInt8>, _ trial: UnsafeMutablePointer<UInt8>) -> Int {
        switch f {
        case .adaptive:
            // libpng's heuristic: the filter whose output has the least sum of |signed byte|.
            var best = 0, bestSum = Int.max
            for k in [0, 1, 2, 3, 4] {
                let out = best == 0 && k == 0 ? dst : trial
                apply(k, c, p, n, bpp, out)
                var sum = 0
                for i in 0..<n { let v = Int(Int8(bitPattern: out[i])); sum += v < 0 ? -v : v }
                if sum < bestSum {
                    bestSum = sum
                    if out != dst { dst.update(from: out, count: n) }
                    best = k
                }
            }
            return best
        default:
            apply(f.rawValue, c, p, n, bpp, dst)
            return f.rawValue
        }
    }

    @inline(__always)
    static func apply(_ k: Int, _ c: UnsafePointer<UInt8>, _ p: UnsafePointer<UInt8>?, _ n: Int, _ bpp: Int,
                      _ d: UnsafeMutablePointer<UInt8>) {
        switch k {
        case 1:
            for i in 0..<min(bpp, n) { d[i] = c[i] }
            if n > bpp { for i in bpp..<n { d[i] = c[i] &- c[i - bpp] } }
        case 2:
            if let p { for i in 0..<n { d[i] = c[i] &- p[i] } } else { d.update(from: c, count: n) }
        case 3:
            for i in 0..<n {
                let a = i >= bpp ? Int(c[i - bpp]) : 0, b = p.map { Int($0[i]) } ?? 0
                d[i] = c[i] &- UInt8((a + b) >> 1)
            }
        case 4:
            for i in 0..<n {
                let a = i >= bpp ? Int(c[i - bpp]) : 0
                let b = p.map { Int($0[i]) } ?? 0
                let cc = i >= bpp ? (p.map { Int($0[i - bpp]) } ?? 0) : 0
                let pp = a + b - cc
                let pa = abs(pp - a), pb = abs(pp - b), pc = abs(pp - cc)
                let pred = pa <= pb && pa <= pc ? a : (pb <= pc ? b : cc)
                d[i] = c[i] &- UInt8(pred)
            }
        default:
            d.update(from: c, count: n)
        }
    }

    /// A compressor at one level and the buffers one image needs; a few are kept for reuse.
    final class Workspace {
        let level: Int32
        let compressor: OpaquePointer
        var raw: UnsafeMutablePointer<UInt8>, rawCapacity = 0
        var out: UnsafeMutablePointer<UInt8>, outCapacity = 0
        var prev: UnsafeMutablePointer<UInt8>, cur: UnsafeMutablePointer<UInt8>, trial: UnsafeMutablePointer<UInt8>
        var rowCapacity = 0
        /// zlib's stream for `.rowRepeats`, reset for each image.
        lazy var rowRepeats = PNGRowRepeats()

        init(level: Int32) {
            self.level = level
            compressor = libdeflate_alloc_compressor(level)!
            raw = .allocate(capacity: 1); out = .allocate(capacity: 1)
            prev = .allocate(capacity: 1); cur = .allocate(capacity: 1); trial = .allocate(capacity: 1)
        }

        deinit {
            libdeflate_free_compressor(compressor)
            raw.deallocate(); out.deallocate(); prev.deallocate(); cur.deallocate(); trial.deallocate()
        }

        func reserve(rawCount: Int, rowBytes: Int) {
            if rawCapacity < rawCount {
                raw.deallocate(); raw = .allocate(capacity: rawCount); rawCapacity = rawCount
            }
            let bound = max(libdeflate_zlib_compress_bound(compressor, rawCount),
                            rowRepeats.bound(rowLength: rowBytes + 1, rows: rawCount / (rowBytes + 1)))
            if outCapacity < bound {
                out.deallocate(); out = .allocate(capacity: bound); outCapacity = bound
            }
            if rowCapacity < rowBytes {
                for p in [prev, cur, trial] { p.deallocate() }
                prev = .allocate(capacity: rowBytes); cur = .allocate(capacity: rowBytes); trial = .allocate(capacity: rowBytes)
                rowCapacity = rowBytes
            }
        }

        private final class Pool: @unchecked Sendable {
            let lock = NSLock()
            var free: [Workspace] = []
        }
        private static let pool = Pool()

        static func take(level: Int32, rawCount: Int, rowBytes: Int) -> Workspace {
            let ws = pool.lock.withLock { () -> Workspace? in
                guard let i = pool.free.lastIndex(where: { $0.level == level }) else { return nil }
                return pool.free.remove(at: i)
            } ?? Workspace(level: level)
            ws.reserve(rawCount: rawCount, rowBytes: rowBytes)
            return ws
        }

        /// Keeps at most four workspaces (two cores, two levels); buffers of huge images are not kept.
        static func give(_ ws: Workspace) {
            guard ws.rawCapacity <= 64 << 20 else { return }
            pool.lock.withLock {
                if pool.free.count >= 4 { pool.free.removeFirst() }
                pool.free.append(ws)
            }
        }
    }

    static func be32(_ v: UInt32, _ out: inout [UInt8]) {
        out += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static func chunk<C: Collection>(_ type: String, _ data: C, _ out: inout [UInt8]) where C.Element == UInt8 {
        be32(UInt32(data.count), &out)
        let start = out.count
        out += Array(type.utf8)
        out += data
        let crc = out[start...].withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        be32(crc, &out)
    }
}
