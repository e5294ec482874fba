import A4PScene

/// The byte-level spellings the SVG writer needs besides numbers: colours, base64 for embedded
/// images, and text appended to a byte buffer. Written out here rather than through Foundation so
/// the writer appends straight into one `[UInt8]` without building Strings per element.
enum SVGEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends `#RRGGBB`: each component clamped to 0…1 as cairo clamps it, then rounded to 8 bits
    /// (what every raster output of the page holds).
    static func appendHex(_ c: Color, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "#"))
        for v in [c.red, c.green, c.blue] {
            let byte = v.isNaN ? 0 : Int((max(0, min(1, v)) * 255).rounded())
            out.append(hexDigits[byte >> 4])
            out.append(hexDigits[byte & 0xF])
        }
    }

    /// Appends ` name="#RRGGBB"` and, when the colour is not opaque, ` name-opacity="a"`
    /// (alpha clamped to 0…1, as cairo_set_source_rgba does).
    static func appendPaint(_ name: String, _ c: Color, to out: inout [UInt8]) {
        append(" \(name)=\"", to: &out)
        appendHex(c, to: &out)
        out.append(UInt8(ascii: "\""))
        if !(c.alpha >= 1) {
            append(" \(name)-opacity=\"", to: &out)
            SVGNumber.append(c.alpha.isNaN ? 0 : max(0, c.alpha), decimals: 3, to: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }

    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Appends `bytes` in base64 (RFC 4648, with padding, no line breaks), as a data: URI holds it.
    static func appendBase64(_ bytes: [UInt8], to out: inout [UInt8]) {
        out.reserveCapacity(out.count + (bytes.count + 2) / 3 * 4)
        var i = 0
        let n = bytes.count
        while i + 3 <= n {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out.append(base64Alphabet[Int(v >> 18)])
            out.append(base64Alphabet[Int((v >> 12) & 63)])
            out.append(base64Alphabet[Int((v >> 6) & 63)])
            out.append(base64Alphabet[Int(v & 63)])
            i += 3
        }
        let rest = n - i
        guard rest > 0 else { return }
        let v = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
        out.append(base64Alphabet[Int(v >> 18)])
        out.append(base64Alphabet[Int((v >> 12) & 63)])
        out.append(rest == 2 ? base64Alphabet[Int((v >> 6) & 63)] : UInt8(ascii: "="))
        out.append(UInt8(ascii: "="))
    }
}
