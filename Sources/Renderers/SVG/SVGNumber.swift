/// Numbers for SVG attributes, appended as ASCII bytes.
///
/// Why not printf or `String(format:)`: formatting glyph-outline numbers through glibc's `printf_fp`
/// was most of an SVG render's time when cairo wrote the files. This is integer arithmetic on the
/// value rounded to a fixed number of decimals, so it is fast and the same on every machine.
///
/// The rules (tested in SVGNumberTests):
/// - rounded half away from zero at `decimals` places (of the binary value times 10^decimals),
///   trailing zeros and a bare point trimmed: `12.5`, `3`, `-0.25`;
/// - never `-0`: a value that rounds to zero is written `0`;
/// - never exponent notation: magnitudes are clamped to `limit` (far beyond any page), so the
///   value times 10^9 always fits in 64 bits;
/// - NaN is written `0` and ±infinity as ±`limit`: SVG has no spelling for them and a viewer would
///   drop the whole element, so a bad coordinate lands somewhere visible instead of losing the drawing.
enum SVGNumber {
    /// The largest magnitude written; anything beyond (and infinity) is clamped to it.
    static let limit = 1e9

    private static let powers: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]
    private static let intPowers: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
                                               100_000_000, 1_000_000_000]

    /// Appends `v` to `out` with at most `decimals` (0…9) decimal places; with `trimmed` false,
    /// with exactly that many (`21.00`, as the figure rectangles have always been written).
    static func append(_ v: Double, decimals: Int = 2, trimmed: Bool = true, to out: inout [UInt8]) {
        let d = max(0, min(9, decimals))
        let clamped = v.isNaN ? 0 : max(-limit, min(limit, v))
        let scaled = (clamped * powers[d]).rounded(.toNearestOrAwayFromZero)
        if scaled < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = UInt64(scaled.magnitude)
        let p = intPowers[d]
        appendDigits(magnitude / p, to: &out)
        var fraction = magnitude % p
        var places = d
        if trimmed {
            guard fraction != 0 else { return }
            while fraction % 10 == 0 {
                fraction /= 10
                places -= 1
            }
        }
        guard places > 0 else { return }
        out.append(UInt8(ascii: "."))
        // Leading zeros of the fraction, then its digits.
        var divisor = intPowers[places - 1]
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8((fraction / divisor) % 10))
            divisor /= 10
        }
    }

    /// The decimal digits of `n` (at least one).
    static func appendDigits(_ n: UInt64, to out: inout [UInt8]) {
        if n < 10 {
            out.append(UInt8(ascii: "0") + UInt8(n))
            return
        }
        let start = out.count
        var rest = n
        while rest > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        out[start...].reverse()
    }

    /// `v` as a String, for tests and the few places that build attributes as text.
    static func string(_ v: Double, decimals: Int = 2, trimmed: Bool = true) -> String {
        var out: [UInt8] = []
        append(v, decimals: decimals, trimmed: trimmed, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
