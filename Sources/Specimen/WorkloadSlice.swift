import Foundation

/// The workload with one chart, cut out of the file's bytes before any JSON decoding. Foundation's
/// JSONDecoder scans the whole 176 kB file into a map before it decodes anything (29 M of the
/// 71 M instructions of a one-chart run), though `--only` keeps one chart of 120. This walks the
/// top-level object and the "charts" array by brackets and string quotes only, and hands the
/// decoder `{"meta": …, "charts": [the charts whose bytes hold the id as a JSON string]}`; the
/// decoder still checks the id and everything it reads. Nil when the bytes are not laid out as
/// expected: the caller then decodes the whole file. The walk stops after the last chart that
/// holds the id (the file after it is not read, as the decoder would not read it either).
public enum WorkloadSlice {
    public static func only(_ id: String, in data: Data) -> Data? {
        // A NUL after the last byte, outside the buffer `cut` sees: `skipValue`'s strcspn stops there.
        let all = [UInt8](data) + [0]
        return all.withUnsafeBufferPointer { cut(id, UnsafeBufferPointer(rebasing: $0.dropLast())) }
    }

    private static func cut(_ id: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Data? {
        let quotedID = Array(("\"" + id + "\"").utf8)
        var meta: Slice<UnsafeBufferPointer<UInt8>>?
        var charts: [Slice<UnsafeBufferPointer<UInt8>>] = []
        let hits = occurrences(of: quotedID, in: bytes)
        guard !hits.isEmpty else { return nil }
        var i = skipSpace(bytes, 0)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        topLevel: while true {
            i = skipSpace(bytes, i)
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "}") { break }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            guard let keyEnd = skipValue(bytes, i) else { return nil }
            let key = bytes[i..<keyEnd]
            i = skipSpace(bytes, keyEnd)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i = skipSpace(bytes, i + 1)
            if key.elementsEqual("\"charts\"".utf8) {
                // Chart by chart, not the array as one value first: once every chart that names the id is
                // cut out (and the meta, which comes first, read), the rest of the file is not walked.
                guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
                i += 1
                while true {
                    i = skipSpace(bytes, i)
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    guard let end = skipValue(bytes, i) else { return nil }
                    if hits.contains(where: { $0 >= i && $0 < end }) { charts.append(bytes[i..<end]) }
                    i = end
                    if meta != nil, let last = hits.last, last < end { break topLevel }
                }
                continue
            }
            guard let valueEnd = skipValue(bytes, i) else { return nil }
            if key.elementsEqual("\"meta\"".utf8) { meta = bytes[i..<valueEnd] }
            i = valueEnd
        }
        guard let meta else { return nil }
        var out = Array("{\"meta\":".utf8) + Array(meta) + Array(",\"charts\":[".utf8)
        for (k, chart) in charts.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: chart)
        }
        out.append(contentsOf: "]}".utf8)
        return Data(out)
    }

    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        return i
    }

    /// The index just past the JSON value starting at `from` (a string, an object or array with
    /// everything inside, or a number/literal), or nil when it does not end. `b` is followed by a
    /// NUL byte in memory (`only` puts it there), so strcspn may run to the end of it.
    static func skipValue(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int? {
        guard from < b.count else { return nil }
        var i = from, depth = 0
        repeat {
            guard i < b.count else { return nil }
            switch b[i] {
            case UInt8(ascii: "\""):
                // To the closing quote: memchr to each quote, kept when no backslash escapes it.
                while true {
                    i += 1
                    guard i < b.count, let q = memchr(b.baseAddress! + i, 0x22, b.count - i) else { return nil }
                    i = UnsafeRawPointer(q) - UnsafeRawPointer(b.baseAddress!)
                    var slashes = 0
                    while b[i - 1 - slashes] == UInt8(ascii: "\\") { slashes += 1 }
                    if slashes % 2 == 0 { break }
                }
                i += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard depth > 0 else { return nil }
                depth -= 1; i += 1
            default:
                if depth == 0 {  // a number or literal: up to the next delimiter
                    while i < b.count, !",}] \n\r\t".utf8.contains(b[i]) { i += 1 }
                    return i > from ? i : nil
                }
                // Inside an object or array, numbers, commas and spaces matter not: to the next quote
                // or bracket (or a NUL, which is stepped over like any byte), with glibc's strcspn.
                i += max(1, b.baseAddress!.advanced(by: i).withMemoryRebound(to: CChar.self, capacity: 1) { strcspn($0, "\"{}[]") })
            }
        } while depth > 0
        return i
    }

    /// Where `needle` starts in `hay`: memchr to each candidate first byte, memcmp for the rest.
    static func occurrences(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard needle.count > 1, hay.count >= needle.count else { return [] }
        let h = UnsafeRawBufferPointer(hay)
        return needle.withUnsafeBytes { n in
            var found: [Int] = []
            let base = h.baseAddress!, last = h.count - n.count
            // The second byte (the id's first letter) is rarer in JSON than the quote before it.
            var at = 0
            while at <= last, let hit = memchr(base + at + 1, Int32(n[1]), last - at + 1) {
                let i = UnsafeRawPointer(hit) - base - 1
                if memcmp(base + i, n.baseAddress!, n.count) == 0 { found.append(i) }
                at = i + 1
            }
            return found
        }
    }
}
