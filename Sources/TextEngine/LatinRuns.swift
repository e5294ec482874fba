import A4PCFriBidi

/// Left-to-right runs kept whole inside right-to-left text (Arabic typography, `Typography.apply`).
///
/// The bidi algorithm alone (UAX #9) orders a Latin or number run inside Arabic by its strong
/// characters only: the symbols at its edges are neutral and take the Arabic direction, so "A4P+"
/// reads "+A4P", "+337%" reads "337%+", ">150" lands on the number's other side and mirrors to
/// "<", and a number after a Latin run joins it ("C-34، 25 أكتوبر" pulls the 25 away from its
/// month: rule W7 makes it Latin). Each such run, with its leading symbols ("+ > < # ( …") and its
/// trailing ones ("+ % ) …"), is wrapped in a left-to-right isolate (LRI … PDI): inside it the run
/// keeps the order it is written in, outside it is one neutral block in the Arabic line.
///
/// A run is Latin letters or European digits (FriBidi's L and EN), joined by separators without
/// spaces ("A/79/553/Add.1", "7,100", "1/1+") and, after a letter, across spaces and Latin
/// punctuation ("UN Women", "Resolution 2719", "Source: 50%"), never across Arabic punctuation
/// ("،" ends a run). A run of digits only, without a leading or trailing symbol that
/// would flip, is left as it is (the bidi algorithm already keeps "7,100", "45%" and "1/1" whole).
/// Text inside isolates or embeddings already there is the author's and is not touched.
enum LatinRuns {
    static let lri: Unicode.Scalar = "\u{2066}"
    static let pdi: Unicode.Scalar = "\u{2069}"
    static let joiner: Unicode.Scalar = "\u{2060}"

    /// Symbols that belong to the run they touch: before it (a sign, a comparison, a hashtag, a
    /// currency, an opening bracket) and after it (a plus, a percent, a degree, a closing bracket).
    static let leading = Set("+-−><≥≤≈~±#$€£@([{«“‘‹".unicodeScalars)
    static let trailing = Set("+%‰°٪′″)]}»”’›".unicodeScalars)
    /// Separators that stay inside a run when a letter or digit follows them at once.
    static let inner = Set(".,/:-–+_'’&·".unicodeScalars)
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‘": "’", "‹": "›"]

    enum Kind { case letter, digit, other }

    static func kind(_ s: Unicode.Scalar) -> Kind {
        switch fribidi_get_bidi_type(s.value) {
        case FRIBIDI_TYPE_LTR: s.value == 0x200E ? .other : .letter
        case FRIBIDI_TYPE_EN: .digit
        default: .other
        }
    }

    /// Spaces and Latin punctuation a run may cross; Arabic punctuation, line breaks and strong
    /// right-to-left characters end it.
    static func crossable(_ s: Unicode.Scalar) -> Bool {
        if (0x0600...0x06FF).contains(s.value) || s == "\n" || s == "\r" || s == "\t" { return false }
        if isControl(s) { return false }
        switch fribidi_get_bidi_type(s.value) {
        case FRIBIDI_TYPE_WS, FRIBIDI_TYPE_CS, FRIBIDI_TYPE_ES, FRIBIDI_TYPE_ET, FRIBIDI_TYPE_ON, FRIBIDI_TYPE_BN: return true
        default: return false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{00A0}" || s == "\u{202F}" }

    /// Isolate and embedding controls: LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
    static func isControl(_ s: Unicode.Scalar) -> Bool { (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) }

    /// `text` with each Latin or number run that the bidi algorithm would break up isolated.
    static func isolate(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        // Most Arabic labels hold no Latin letter or digit at all: nothing to do.
        guard s.contains(where: { kind($0) != .other }) else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count + 8)
        var depth = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if isControl(c) {
                if c == "\u{2069}" || c == "\u{202C}" { depth = max(0, depth - 1) } else { depth += 1 }
            }
            if depth == 0, let run = run(at: i, in: s) {
                // A run that is the whole text ("MINUSMA", a label) is set as it is unless a symbol
                // at its edge would flip ("A4P+", "+337%"): there is nothing around it to keep apart.
                let isolate = run.isolate && (run.range != s.indices || flips(s[run.range]))
                if isolate { out.append(lri) }
                out += s[run.range]
                if isolate { out.append(pdi) }
                i = run.range.upperBound
                continue
            }
            out.append(c)
            i += 1
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: out)
        return result
    }

    /// The run starting at `i` (at its leading symbols or its first letter or digit), if one does.
    private static func run(at i: Int, in s: [Unicode.Scalar]) -> (range: Range<Int>, isolate: Bool)? {
        guard let first = token(at: i, in: s) else { return nil }
        var end = first.end
        var hasLetter = first.hasLetter
        // Join the next token: after a letter across spaces and Latin punctuation ("Resolution 2719",
        // "SOFA/SOMA (125)", as rule W7 would); before a letter across spaces only ("13 Well-being
        // Group"), so a year of the Arabic text stays out of a symbol after it ("لعام 2024 (A/78/19)").
        while true {
            var j = end
            while j < s.count, crossable(s[j]) { j += 1 }
            guard j > end, j < s.count, let next = token(at: j, in: s),
                  hasLetter || (next.hasLetter && s[end..<j].allSatisfy(isSpace)) else { break }
            end = next.end
            hasLetter = hasLetter || next.hasLetter
        }
        // Brackets and quotation marks at the edges stay only with their partner; a run that would
        // lose its first symbol is tried again one character later by the caller.
        if let close = pairs[s[i]], !s[(i + 1)..<end].contains(close) { return nil }
        // A closing mark whose opener stands before the run, in the text, stays out ("(انظر A/78/19)");
        // one with no opener before it at all closes a quotation opened on an earlier line and stays
        // with its run ("gros titres»" on the second line of P6's Arabic MONUSCO card, review 4).
        while end > i, let open = pairs.first(where: { $0.value == s[end - 1] })?.key,
              !s[i..<(end - 1)].contains(open), s[..<i].contains(open) { end -= 1 }
        return (i..<end, hasLetter || flips(s[i..<end]))
    }

    /// Whether a run of digits has a symbol at an edge that the bidi algorithm would move: "+", ">",
    /// "-" do; "%", "#", "$" (European terminators, kept with the number by rule W5) and brackets
    /// (paired and mirrored by rule N0) do not.
    private static func flips(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        let edges = run.prefix(while: { kind($0) == .other }) + run.reversed().prefix(while: { kind($0) == .other })
        return edges.contains { fribidi_get_bidi_type($0.value) != FRIBIDI_TYPE_ET && pairs[$0] == nil && !pairs.values.contains($0) }
    }

    private struct Token { var end: Int; var hasLetter: Bool }

    /// Leading symbols, letters and digits joined by separators, trailing symbols. Leading symbols
    /// only where a word starts: not "كلمة-5", a hyphen after an Arabic word.
    private static func token(at i: Int, in s: [Unicode.Scalar]) -> Token? {
        var j = i
        if i == 0 || !(s[i - 1].properties.isAlphabetic || s[i - 1].properties.numericType != nil) {
            while j < s.count, leading.contains(s[j]) { j += 1 }
        }
        guard j < s.count, kind(s[j]) != .other else { return nil }
        var hasLetter = false
        while j < s.count {
            let k = kind(s[j])
            if k == .letter { hasLetter = true; j += 1; continue }
            if k == .digit { j += 1; continue }
            if inner.contains(s[j]), j + 1 < s.count, kind(s[j + 1]) != .other { j += 1; continue }
            // A word joiner keeps what follows it in the run ("A4P\u{2060}+", so "A4P+" does not break).
            if s[j] == joiner, j + 1 < s.count, kind(s[j + 1]) != .other || trailing.contains(s[j + 1]) { j += 1; continue }
            break
        }
        while j < s.count, trailing.contains(s[j]) || (s[j] == joiner && j + 1 < s.count && trailing.contains(s[j + 1])) { j += 1 }
        return Token(end: j, hasLetter: hasLetter)
    }
}
