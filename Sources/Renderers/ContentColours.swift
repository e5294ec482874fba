import Foundation

/// Rewrites the colour operators of a PDF content stream (as cairo writes them): every
/// `r g b rg` / `r g b RG` becomes CMYK (`c m y k k` / `K`), or the spot ink (`/UNBlue cs 1 scn`)
/// for UN blue. Everything else is copied byte for byte; strings, names, arrays and dictionaries
/// are skipped as tokens, so text that reads "rg" is never touched.
enum ContentColours {
    /// The resource name of the spot colour space in pages and forms that use it.
    static let spotResource = "UNBlue"

    /// The rewritten stream, and whether it used the spot colour.
    static func cmyk(_ content: [UInt8], _ colour: (Double, Double, Double) -> [Double],
                     isSpot: (Double, Double, Double) -> Bool) -> (bytes: [UInt8], usesSpot: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var copied = 0
        var operands: [(start: Int, value: Double?)] = []
        var usesSpot = false
        var i = 0
        let n = content.count
        func isDelimiter(_ c: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(c) }
        func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 13 || c == 9 || c == 12 || c == 0 }
        while i < n {
            let c = content[i]
            if isSpace(c) { i += 1; continue }
            let start = i
            switch c {
            case UInt8(ascii: "%"):
                while i < n, content[i] != 10, content[i] != 13 { i += 1 }
                continue
            case UInt8(ascii: "("):
                // A literal string: balanced parentheses, backslash escapes.
                var depth = 0
                while i < n {
                    let d = content[i]
                    if d == UInt8(ascii: "\\") { i += 2; continue }
                    if d == UInt8(ascii: "(") { depth += 1 }
                    if d == UInt8(ascii: ")") { depth -= 1; if depth == 0 { i += 1; break } }
                    i += 1
                }
                operands.append((start, nil))
            case UInt8(ascii: "<"):
                if i + 1 < n, content[i + 1] == UInt8(ascii: "<") { i += 2 } else {
                    while i < n, content[i] != UInt8(ascii: ">") { i += 1 }
                    i += 1
                }
                operands.append((start, nil))
            case UInt8(ascii: ">"):
                i += (i + 1 < n && content[i + 1] == UInt8(ascii: ">")) ? 2 : 1
                operands.append((start, nil))
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                i += 1
                operands.append((start, nil))
            case UInt8(ascii: "/"):
                i += 1
                while i < n, !isSpace(content[i]), !isDelimiter(content[i]) { i += 1 }
                operands.append((start, nil))
            default:
                while i < n, !isSpace(content[i]), !isDelimiter(content[i]) { i += 1 }
                let token = String(decoding: content[start..<i], as: UTF8.self)
                if let number = Double(token) {
                    operands.append((start, number))
                    continue
                }
                // An operator: rewrite an RGB colour, then start collecting operands again.
                if token == "rg" || token == "RG", operands.count >= 3 {
                    let last = operands.suffix(3)
                    let values = last.compactMap(\.value)
                    if values.count == 3 {
                        let stroke = token == "RG"
                        let replacement: String
                        if isSpot(values[0], values[1], values[2]) {
                            replacement = stroke ? "/\(spotResource) CS 1 SCN" : "/\(spotResource) cs 1 scn"
                            usesSpot = true
                        } else {
                            replacement = colour(values[0], values[1], values[2]).map(number).joined(separator: " ") + (stroke ? " K" : " k")
                        }
                        let from = last.first!.start
                        out.append(contentsOf: content[copied..<from])
                        out.append(contentsOf: Array(replacement.utf8))
                        copied = i
                    }
                }
                operands.removeAll(keepingCapacity: true)
            }
        }
        out.append(contentsOf: content[copied...])
        return (out, usesSpot)
    }

    /// A colour component as cairo writes numbers: up to 4 decimals, no trailing zeros.
    static func number(_ v: Double) -> String {
        var s = String(format: "%.4f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}
