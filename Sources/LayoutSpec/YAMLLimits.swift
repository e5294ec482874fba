import A4PIndicators
import Yams

/// The structural limits of a YAML document (see `InputLimits`): flow nesting checked on the
/// text before Yams composes it, alias uses, values and depth counted while converting its tree.
enum YAMLLimits {
    struct Budget {
        var nodes = 0
        var aliases = 0
        /// Anchored nodes already seen: a second visit of one is a use of an alias.
        var anchored: Set<String> = []

        mutating func visit(_ node: Node, at position: SourcePosition, depth: Int) throws {
            nodes += 1
            if let anchor = node.anchor?.rawValue, !anchored.insert(anchor).inserted {
                aliases += 1
                if aliases > InputLimits.yamlAliases {
                    throw Diagnostic(.error, position, rule: "too-many-aliases",
                                     "aliases expand more than \(InputLimits.yamlAliases) times (the last one expands '&\(anchor)', defined here); write the values out or use fewer aliases")
                }
            }
            if nodes > InputLimits.yamlNodes {
                throw Diagnostic(.error, position, rule: "too-many-values",
                                 "the document holds more than \(InputLimits.yamlNodes) values (aliases included); split it")
            }
            if depth > InputLimits.yamlDepth {
                throw Diagnostic(.error, position, rule: "too-deep",
                                 "lists and mappings nest more than \(InputLimits.yamlDepth) deep here; flatten the document")
            }
        }
    }

    /// Line and column where `[`/`{` nesting first passes the depth limit, skipping quoted text and comments.
    static func flowTooDeep(_ text: String) -> (Int, Int)? {
        // Only "[" and "{" deepen, and each is one byte: a text with no more of them than the limit
        // cannot pass it. The walk below goes by Character (grapheme clusters, for the column): 12 % of
        // a one-sheet `a4p render`, spent on the translation tables, which hold about 80 (README, eighth round).
        guard opensExceed(text, InputLimits.yamlDepth) else { return nil }
        var depth = 0, line = 1, column = 0
        var quote: Character?
        var comment = false
        var previous: Character = " "
        for c in text {
            column += 1
            if c == "\n" { line += 1; column = 0; comment = false; previous = c; continue }
            if comment { continue }
            if let q = quote {
                if c == q && !(q == "\"" && previous == "\\") { quote = nil }
            } else if c == "#" && (previous == " " || previous == "\t" || column == 1) {
                comment = true
            } else if (c == "\"" || c == "'") && (depth > 0 || " :-[{,".contains(previous)) {
                quote = c
            } else if c == "[" || c == "{" {
                depth += 1
                if depth > InputLimits.yamlDepth { return (line, column) }
            } else if c == "]" || c == "}" {
                depth = max(0, depth - 1)
            }
            previous = c
        }
        return nil
    }

    /// Whether `text` holds more than `limit` "[" and "{" (a Character equal to either is that one byte).
    static func opensExceed(_ text: String, _ limit: Int) -> Bool {
        var opens = 0
        for b in text.utf8 where b == 0x5B || b == 0x7B {
            opens += 1
            if opens > limit { return true }
        }
        return false
    }

    /// Where `key` is written a second time at the column of its first mention (Yams reports only
    /// the first): the next line, after `mark`, that starts with the key at the same indentation.
    static func repeatedKey(_ key: String, after mark: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        // A flow mapping ({a: 1, a: 2}): the second one later on the same line.
        let first = Array(lines[mark.line - 1])
        var i = mark.column - 1 + key.count
        while i < first.count {
            if [",", "{", " "].contains(first[i]) {
                var j = i + 1
                while j < first.count, first[j] == " " { j += 1 }
                let rest = String(first[j...])
                if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" { return (mark.line, j + 1) }
            }
            i += 1
        }
        for (i, raw) in lines.enumerated().dropFirst(mark.line) {
            let line = Substring(raw)
            let indent = line.prefix { $0 == " " || $0 == "-" }.count
            guard indent + 1 == mark.column else { continue }
            let rest = line.dropFirst(indent)
            for spelled in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelled) {
                let after = rest.dropFirst(spelled.count).drop { $0 == " " }
                if after.first == ":" { return (i + 1, indent + 1) }
            }
        }
        return nil
    }
}
