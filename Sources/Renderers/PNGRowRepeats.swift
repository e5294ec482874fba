import A4PCDeflate
import Foundation

/// The PNG encoder's default compression: a page's image data as one zlib stream in which every run
/// of rows equal to the row above is written as copies of that row, and only the other rows go
/// through zlib.
///
/// Why: 41 % of the rows of the export's pages repeat the row above (white margins, bars, rules), and
/// a compressor spends as long on such a row as on any other: libdeflate took 5.7 ms for an all-white
/// 2× A4 page against 8.6 ms for an average one, the largest single cost of the export. Here a
/// repeated run costs one `memcmp` a row and a few bytes of output: one fixed-Huffman deflate block of
/// length-258 matches at a distance of one row, then an empty stored block that brings the stream back
/// to a byte boundary. zlib compresses each band of other rows and ends it with `Z_FULL_FLUSH` (byte
/// aligned, its history reset, so it never refers to bytes it did not see). The stream is plain deflate:
/// any inflater gives back exactly the rows given (tests inflate it and compare every byte).
/// Measured on every fourth page of the export (README, Benchmarks): 17 % less CPU than libdeflate
/// level 4 over the whole image at zlib level 3; at level 1 (ninth round) 7 % smaller than cairo's writer.
final class PNGRowRepeats {
    /// zlib's level for the bands between repeated runs. Measured on the export's 324 PNG pages (README,
    /// Benchmarks, ninth round): level 1 compresses the bands in 0.78× the CPU of level 3 (the level before)
    /// for 5.7 % more bytes, still 7 % fewer than cairo's writer in total; the limit is +15 % in total.
    /// Levels 2 and 3 cost more for fewer bytes; `Z_RLE`, `Z_HUFFMAN_ONLY` and the Sub filter gave far larger files and no speed.
    static let zlibLevel: Int32 = 1

    /// The zlib header: deflate with a 32 KiB window, FLEVEL 0 ("fastest", as zlib writes for level 1),
    /// check bits making it a multiple of 31.
    static let zlibHeader: (UInt32, UInt32) = (0x78, 0x01)

    private let stream: UnsafeMutablePointer<z_stream>

    init() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Allocation failure is the only way this fails; `compress` then reports it.
        _ = a4p_deflate_init_raw(stream, Self.zlibLevel)
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Bytes of output `compress` may need for `rows` rows of `rowLength` bytes.
    func bound(rowLength: Int, rows: Int) -> Int {
        let raw = rowLength * rows
        return Int(deflateBound(stream, uLong(raw))) + raw / 64 + 32 * rows + 64
    }

    /// `rows` rows of `rowLength` bytes (the PNG filter byte first) as a zlib stream into `out`; its
    /// length, or nil when zlib fails or `capacity` is short.
    func compress(_ raw: UnsafePointer<UInt8>, rowLength: Int, rows: Int, bytesPerPixel bpp: Int,
                  into out: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int? {
        guard capacity >= 6, deflateReset(stream) == Z_OK else { return nil }
        var w = BitWriter(out: out, capacity: capacity)
        w.put(Self.zlibHeader.0, 8); w.put(Self.zlibHeader.1, 8)
        // A match reaches back at most 32,768 bytes and is at least 3 long.
        let repeats = rowLength >= 3 && rowLength <= 32768
        func same(_ y: Int) -> Bool { repeats && y > 0 && memcmp(raw + y * rowLength, raw + (y - 1) * rowLength, rowLength) == 0 }
        var y = 0
        while y < rows {
            let bandStart = y
            while y < rows, !same(y) { y += 1 }
            if y > bandStart {
                guard deflateBand(raw + bandStart * rowLength, (y - bandStart) * rowLength, flush: Z_FULL_FLUSH, &w) else { return nil }
            }
            let runStart = y
            while y < rows, same(y) { y += 1 }
            if y > runStart {
                let row = raw + runStart * rowLength
                // A row of one colour (filter byte, then one pixel over and over) copies its own first pixel:
                // a distance of one pixel costs no extra bits, one row's costs 11 to 13 a match.
                if rowLength > 1 + bpp, memcmp(row + 1 + bpp, row + 1, rowLength - 1 - bpp) == 0 {
                    w.uniformRows(y - runStart, row, rowLength: rowLength, bpp: bpp)
                } else {
                    w.repeatRows(length: (y - runStart) * rowLength, distance: rowLength)
                }
            }
        }
        guard deflateBand(raw, 0, flush: Z_FINISH, &w) else { return nil }
        let adler = libdeflate_adler32(1, raw, rowLength * rows)
        w.put(UInt32(adler >> 24), 8); w.put(UInt32((adler >> 16) & 0xFF), 8)
        w.put(UInt32((adler >> 8) & 0xFF), 8); w.put(UInt32(adler & 0xFF), 8)
        return w.overflow ? nil : w.count
    }

    /// zlib compresses `count` bytes and flushes (the writer is byte-aligned between bands).
    private func deflateBand(_ start: UnsafePointer<UInt8>, _ count: Int, flush: Int32, _ w: inout BitWriter) -> Bool {
        guard w.pendingBits == 0, !w.overflow else { return false }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: start)
        stream.pointee.avail_in = uInt(count)
        stream.pointee.next_out = w.out + w.count
        stream.pointee.avail_out = uInt(w.capacity - w.count)
        let status = deflate(stream, flush)
        // Space left over means zlib flushed everything it held.
        guard status == (flush == Z_FINISH ? Z_STREAM_END : Z_OK), stream.pointee.avail_in == 0, stream.pointee.avail_out > 0 else { return false }
        w.count = w.capacity - Int(stream.pointee.avail_out)
        return true
    }
}

/// Deflate's bit order: values least significant bit first, Huffman codes most significant bit first.
struct BitWriter {
    let out: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0
    var overflow = false
    private var bits: UInt64 = 0
    private(set) var pendingBits = 0

    init(out: UnsafeMutablePointer<UInt8>, capacity: Int) { self.out = out; self.capacity = capacity }

    mutating func put(_ value: UInt32, _ width: Int) {
        bits |= UInt64(value) << UInt64(pendingBits)
        pendingBits += width
        while pendingBits >= 8 {
            if count < capacity { out[count] = UInt8(truncatingIfNeeded: bits) } else { overflow = true }
            count += 1
            bits >>= 8
            pendingBits -= 8
        }
    }

    /// A Huffman code of `width` bits, most significant bit first.
    mutating func code(_ value: UInt32, _ width: Int) {
        var reversed: UInt32 = 0
        for i in 0..<width { reversed |= ((value >> UInt32(i)) & 1) << UInt32(width - 1 - i) }
        put(reversed, width)
    }

    /// RFC 1951 fixed codes: symbols 256–279 are 7 bits from 0, 280–287 8 bits from 0xC0.
    mutating func fixedLengthSymbol(_ symbol: Int) {
        if symbol < 280 { code(UInt32(symbol - 256), 7) } else { code(UInt32(0xC0 + symbol - 280), 8) }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// `length` bytes (≥ 3) copied from `distance` (1…32,768) back, at a byte boundary: a fixed-code
    /// block of matches of at most 258, then an empty stored block, which ends on a byte boundary.
    mutating func repeatRows(length: Int, distance: Int) {
        precondition(pendingBits == 0 && length >= 3 && (1...32768).contains(distance))
        put(0, 1); put(1, 2)  // not final; fixed Huffman codes
        matches(length: length, distance: distance)
        endBlock()
    }

    /// `count` rows equal to `row` (its filter byte, then one pixel of `bpp` bytes over and over; `rowLength`
    /// > 1 + `bpp`): each is its filter byte and first pixel as literals, then copies at one pixel's distance
    /// (literals when fewer than 3 bytes are left), independent of the rows before.
    mutating func uniformRows(_ count: Int, _ row: UnsafePointer<UInt8>, rowLength: Int, bpp: Int) {
        precondition(pendingBits == 0 && rowLength > 1 + bpp)
        put(0, 1); put(1, 2)
        for _ in 0..<count {
            for i in 0...bpp { literal(row[i]) }
            let rest = rowLength - 1 - bpp
            if rest >= 3 { matches(length: rest, distance: bpp) } else { for i in 0..<rest { literal(row[1 + bpp + i]) } }
        }
        endBlock()
    }

    /// A literal byte in the fixed code: 0–143 are 8 bits from 0x30, 144–255 9 bits from 0x190.
    mutating func literal(_ byte: UInt8) {
        if byte < 144 { code(0x30 + UInt32(byte), 8) } else { code(0x190 + UInt32(byte) - 144, 9) }
    }

    /// Matches of 3 to 258 bytes covering `length` (≥ 3) at `distance`.
    private mutating func matches(length: Int, distance: Int) {
        let d = Self.distanceBase.lastIndex { $0 <= distance }!
        var left = length
        while left > 0 {
            // Never leave 1 or 2 bytes: a match is 3 to 258 long.
            let m = left > 258 ? (left - 258 < 3 ? left - 3 : 258) : left
            let l = Self.lengthBase.lastIndex { $0 <= m }!
            fixedLengthSymbol(257 + l)
            put(UInt32(m - Self.lengthBase[l]), Self.lengthExtra[l])
            code(UInt32(d), 5)
            put(UInt32(distance - Self.distanceBase[d]), Self.distanceExtra[d])
            left -= m
        }
    }

    /// End of block, then an empty stored block that brings the stream to a byte boundary.
    private mutating func endBlock() {
        fixedLengthSymbol(256)  // end of block
        put(0, 3)  // empty stored block: not final, type 00, then to the byte boundary
        if pendingBits > 0 { put(0, 8 - pendingBits) }
        put(0, 16); put(0xFFFF, 16)
    }
}
