import Foundation

/// SplitMix64: a fixed seed gives the same runs on every machine.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutations of spec, data and translation text, chosen to reach the places that once broke:
/// bytes, numbers at the extremes, keys lost or doubled, files cut short, YAML structure abuse.
enum FuzzMutator {
    static let extremes = ["0", "-1", "1e308", "-1e308", "1e309", "-1e18", "1e18", ".nan", ".inf", "-.inf", "nan", "inf",
                           "99999999999999999999999", "2147483648", "-9223372036854775809", "1e-308", "0.0000001",
                           "-0", "18446744073709551616", String(repeating: "9", count: 400), "0x10", "1_000"]
    static let yamlValues = ["null", "~", "[]", "{}", "\"\"", "*nope", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]", "&a x", "!!binary AAAA",
                             "|\n  block", "? complex\n: key", "'", "\"", "{a: [", "- - - -", "\u{0}", "\u{FEFF}"]

    /// One mutation of `text` (what it did, the new text). `csv` picks CSV-shaped edits.
    static func mutate(_ text: String, csv: Bool, rng: inout SeededRandom) -> (String, String) {
        var lines = text.components(separatedBy: "\n")
        let choice = Int.random(in: 0..<9, using: &rng)
        switch choice {
        case 0: // byte flips
            var bytes = Array(text.utf8)
            guard !bytes.isEmpty else { return ("empty", text) }
            let n = Int.random(in: 1...4, using: &rng)
            for _ in 0..<n { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            return ("flip \(n) bytes", String(decoding: bytes, as: UTF8.self))
        case 1, 2: // a number to an extreme
            let numbers = numberRanges(text)
            guard let r = numbers.randomElement(using: &rng) else { return mutate(text, csv: csv, rng: &rng) }
            // Half extremes (the schema's ranges should stop them), half ordinary-looking numbers that
            // pass and reach layout and drawing with odd sizes, spans and values.
            let e = Bool.random(using: &rng) ? extremes.randomElement(using: &rng)!
                : [String(Int.random(in: 0...3000, using: &rng)), String(Double(Int.random(in: 1...999, using: &rng)) / 100),
                   String(Int.random(in: 1...30, using: &rng))].randomElement(using: &rng)!
            return ("number \(text[r]) → \(e) at \(line(of: r.lowerBound, in: text))", text.replacingCharacters(in: r, with: e))
        case 3: // a line (key or row) deleted
            guard lines.count > 1 else { return ("one line", text) }
            let i = Int.random(in: 0..<lines.count, using: &rng)
            lines.remove(at: i)
            return ("delete line \(i + 1)", lines.joined(separator: "\n"))
        case 4: // a line (key or row) duplicated
            let i = Int.random(in: 0..<lines.count, using: &rng)
            lines.insert(lines[i], at: i)
            return ("duplicate line \(i + 1)", lines.joined(separator: "\n"))
        case 5: // truncated
            let cut = Int.random(in: 0...text.utf8.count, using: &rng)
            return ("truncate at byte \(cut)", String(decoding: text.utf8.prefix(cut), as: UTF8.self))
        case 6: // a value replaced by YAML structure (or, in CSV, a field by an odd one)
            let i = Int.random(in: 0..<lines.count, using: &rng)
            if csv {
                var fields = lines[i].components(separatedBy: ",")
                let j = Int.random(in: 0..<fields.count, using: &rng)
                fields[j] = ["\"", "\"\"\"", "", ",,,,", "\u{0}", String(repeating: "x", count: 5000), "-", "yes", "C99"].randomElement(using: &rng)!
                lines[i] = fields.joined(separator: ",")
                return ("field \(j + 1) of line \(i + 1)", lines.joined(separator: "\n"))
            }
            guard let colon = lines[i].firstIndex(of: ":") else { return mutate(text, csv: csv, rng: &rng) }
            let v = yamlValues.randomElement(using: &rng)!
            lines[i] = String(lines[i][...colon]) + " " + v
            return ("value of line \(i + 1) → \(v.debugDescription)", lines.joined(separator: "\n"))
        case 7: // two lines swapped (keys out of place, blocks in other blocks)
            guard lines.count > 2 else { return ("short", text) }
            let a = Int.random(in: 0..<lines.count, using: &rng), b = Int.random(in: 0..<lines.count, using: &rng)
            lines.swapAt(a, b)
            return ("swap lines \(a + 1) and \(b + 1)", lines.joined(separator: "\n"))
        default: // indentation changed (YAML) or a row widened (CSV)
            let i = Int.random(in: 0..<lines.count, using: &rng)
            lines[i] = csv ? lines[i] + ",extra" : String(repeating: " ", count: Int.random(in: 0...6, using: &rng)) + lines[i].drop { $0 == " " }
            return ("reshape line \(i + 1)", lines.joined(separator: "\n"))
        }
    }

    static func numberRanges(_ text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i].isASCII && text[i].isNumber {
                var j = i
                while j < text.endIndex, text[j].isASCII, text[j].isNumber || text[j] == "." { j = text.index(after: j) }
                out.append(i..<j)
                i = j
            } else {
                i = text.index(after: i)
            }
        }
        return out
    }

    static func line(of index: String.Index, in text: String) -> Int { text[..<index].filter { $0 == "\n" }.count + 1 }
}
