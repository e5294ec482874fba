/// Just enough of a PDF reader for cairo's own output: its classic cross-reference table, its
/// trailer and the dictionaries of its uncompressed objects (catalog, structure elements). Used by
/// `PDFIncrement`, which edits a few of those objects without re-writing the file; anything this
/// reader does not expect makes it answer nil, and the caller takes the general path (libqpdf).
struct PDFObjects {
    /// A parsed value; what the structure edit never looks into is `other`.
    indirect enum Value {
        case ref(Int)
        case array([Value])
        case dict([String: Value])
        case name(String)
        case other
    }

    /// One object's dictionary and where it sits: `start` of "N 0 obj", `end` just past its ">>".
    struct Object {
        let start: Int, end: Int
        let dict: [String: Value]
    }

    let bytes: [UInt8]
    /// Byte offsets of objects by number (free entries absent).
    let offsets: [Int: Int]
    /// The trailer dictionary, its raw text without the closing ">>", and where the xref table starts.
    let trailer: [String: Value]
    let trailerText: ArraySlice<UInt8>
    let xrefOffset: Int

    /// Nil unless `bytes` ends with one classic xref table (one subsection from 0) and its trailer.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        let tail = Array("startxref".utf8)
        guard let s = PDFObjects.lastIndex(of: tail, in: bytes) else { return nil }
        var lex = Lexer(bytes: bytes, at: s + tail.count)
        guard let x = lex.integer(), x >= 0, x < bytes.count else { return nil }
        xrefOffset = x
        lex = Lexer(bytes: bytes, at: x)
        guard lex.keyword() == "xref", lex.integer() == 0, let count = lex.integer(), count > 0 else { return nil }
        lex.skipSpace()
        var offsets: [Int: Int] = [:]
        for n in 0..<count {
            let e = lex.at + n * 20
            guard e + 20 <= bytes.count else { return nil }
            var offset = 0
            for k in e..<(e + 10) {
                guard bytes[k] >= 48, bytes[k] <= 57 else { return nil }
                offset = offset * 10 + Int(bytes[k] - 48)
            }
            if bytes[e + 17] == UInt8(ascii: "n") { offsets[n] = offset }
        }
        self.offsets = offsets
        lex.at += count * 20
        guard lex.keyword() == "trailer" else { return nil }
        lex.skipSpace()
        let open = lex.at
        guard case .dict(let t)? = lex.value(), t["/Prev"] == nil, t["/Encrypt"] == nil else { return nil }
        trailer = t
        trailerText = bytes[open..<(lex.at - 2)]
    }

    /// Object `number`'s dictionary, when it is a dictionary object (not a stream).
    func object(_ number: Int) -> Object? {
        guard let start = offsets[number] else { return nil }
        var lex = Lexer(bytes: bytes, at: start)
        guard lex.integer() == number, lex.integer() == 0, lex.keyword() == "obj",
              case .dict(let d)? = lex.value() else { return nil }
        let end = lex.at
        guard lex.keyword() == "endobj" else { return nil }
        return Object(start: start, end: end, dict: d)
    }

    static func lastIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = hay.count - needle.count
        while i >= 0 {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    /// PDF tokens (ISO 32000-1, 7.2–7.3): names, numbers, strings, arrays, dictionaries, references.
    struct Lexer {
        let bytes: [UInt8]
        var at: Int

        static func isSpace(_ c: UInt8) -> Bool { c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32 }
        static func isDelimiter(_ c: UInt8) -> Bool {
            switch c {
            case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: true  // ( ) < > [ ] { } / %
            default: false
            }
        }

        mutating func skipSpace() {
            while at < bytes.count {
                if Self.isSpace(bytes[at]) { at += 1 }
                else if bytes[at] == UInt8(ascii: "%") { while at < bytes.count, bytes[at] != 10, bytes[at] != 13 { at += 1 } }
                else { return }
            }
        }

        /// A run of regular characters (a number or keyword).
        mutating func keyword() -> String? {
            skipSpace()
            let from = at
            while at < bytes.count, !Self.isSpace(bytes[at]), !Self.isDelimiter(bytes[at]) { at += 1 }
            return at > from ? String(decoding: bytes[from..<at], as: UTF8.self) : nil
        }

        /// A non-negative integer (all this reader needs: object numbers, offsets, counts), digits read
        /// in place; nil, and nothing consumed but space, when the next token is anything else.
        mutating func integer() -> Int? {
            skipSpace()
            var i = at, n = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, n < Int.max / 10 - 9 { n = n * 10 + Int(bytes[i] - 48); i += 1 }
            guard i > at, i == bytes.count || Self.isSpace(bytes[i]) || Self.isDelimiter(bytes[i]) else { return nil }
            at = i
            return n
        }

        mutating func value() -> Value? {
            skipSpace()
            guard at < bytes.count else { return nil }
            let c = bytes[at]
            switch c {
            case UInt8(ascii: "/"):
                at += 1
                let name = keyword() ?? ""
                return .name("/" + name)
            case UInt8(ascii: "["):
                at += 1
                var items: [Value] = []
                while true {
                    skipSpace()
                    guard at < bytes.count else { return nil }
                    if bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
                    guard let v = value() else { return nil }
                    items.append(v)
                }
            case UInt8(ascii: "<") where at + 1 < bytes.count && bytes[at + 1] == UInt8(ascii: "<"):
                at += 2
                var d: [String: Value] = [:]
                while true {
                    skipSpace()
                    guard at + 1 < bytes.count else { return nil }
                    if bytes[at] == UInt8(ascii: ">"), bytes[at + 1] == UInt8(ascii: ">") { at += 2; return .dict(d) }
                    guard case .name(let key)? = value(), let v = value() else { return nil }
                    d[key] = v
                }
            case UInt8(ascii: "<"):
                guard let close = bytes[at...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                at = close + 1
                return .other
            case UInt8(ascii: "("):
                var depth = 0
                while at < bytes.count {
                    let b = bytes[at]
                    at += 1
                    if b == UInt8(ascii: "\\") { at += 1 }
                    else if b == UInt8(ascii: "(") { depth += 1 }
                    else if b == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return .other } }
                }
                return nil
            default:
                // "12 0 R" is a reference; a lone integer is a number.
                if let n = integer() {
                    var ahead = self
                    if ahead.integer() == 0, ahead.keyword() == "R" { self = ahead; return .ref(n) }
                    return .other
                }
                guard keyword() != nil else { return nil }
                return .other
            }
        }
    }
}
