import A4PIndicators
import Yams

/// A YAML (or JSON) value with the position it was written at. Specs are read into this tree
/// first, so that every later check can say `file:line:column`.
public struct SpecNode: Sendable {
    public enum Value: Sendable {
        case scalar(String, quoted: Bool)
        case mapping([(key: SpecNode, value: SpecNode)])
        case sequence([SpecNode])
        case null
    }
    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) { self.value = value; self.position = position }

    /// This mapping with `key`'s value replaced by the scalar `scalar` (at the old value's position);
    /// unchanged when it has no such key. Column balancing sets a list in one column this way.
    public func setting(_ key: String, to scalar: String) -> SpecNode {
        guard case .mapping(let pairs) = value else { return self }
        var out = self
        out.value = .mapping(pairs.map { $0.key.string == key ? ($0.key, SpecNode(.scalar(scalar, quoted: false), at: $0.value.position)) : $0 })
        return out
    }

    /// Parses YAML or JSON text. A syntax error comes back as a diagnostic with the parser's position;
    /// so does a document past the limits of `InputLimits` (size, nesting, aliases, values).
    public static func parse(_ text: String, file: String) -> Result<SpecNode, Diagnostic> {
        func fail(_ at: SourcePosition, _ rule: String, _ message: String) -> Result<SpecNode, Diagnostic> {
            .failure(Diagnostic(.error, at, rule: rule, message))
        }
        let start = SourcePosition(file: file, line: 1, column: 1)
        if text.utf8.count > InputLimits.yamlBytes {
            return fail(start, "too-large", "the document is \(text.utf8.count >> 10) KB, more than the limit of \(InputLimits.yamlBytes >> 20) MB; split it")
        }
        // Yams composes recursively: refuse deep flow nesting ([[[[…) before it can exhaust the stack.
        if let (line, column) = YAMLLimits.flowTooDeep(text) {
            return fail(SourcePosition(file: file, line: line, column: column), "too-deep",
                        "lists and mappings nest more than \(InputLimits.yamlDepth) deep here; flatten the document")
        }
        do {
            // The parser stays alive while converting: Yams nodes hold their anchors weakly.
            let parser = try Parser(yaml: text)
            guard let node = try parser.singleRoot() else {
                return .success(SpecNode(.null, at: start))
            }
            var budget = YAMLLimits.Budget()
            let converted = try withExtendedLifetime(parser) { try convert(node, file: file, depth: 0, budget: &budget) }
            return .success(converted)
        } catch let error as YamlError {
            return .failure(diagnostic(error, text: text, file: file))
        } catch let error as Diagnostic {
            return .failure(error)
        } catch {
            return fail(start, "yaml-syntax", "YAML: \(error)")
        }
    }

    /// The Yams tree as positioned nodes. An alias is the very node it names (Yams shares it), so
    /// expanding one multiplies work: uses of anchors, values and depth are counted against limits.
    private static func convert(_ node: Node, file: String, depth: Int, budget: inout YAMLLimits.Budget) throws -> SpecNode {
        let mark = node.mark
        let position = SourcePosition(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        try budget.visit(node, at: position, depth: depth)
        switch node {
        case .scalar(let s):
            let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
            if !quoted && (s.string == "null" || s.string == "~" || s.string.isEmpty) && s.style == .plain {
                return SpecNode(.null, at: position)
            }
            return SpecNode(.scalar(s.string, quoted: quoted), at: position)
        case .mapping(let m):
            return SpecNode(.mapping(try m.map { (try convert($0.key, file: file, depth: depth + 1, budget: &budget),
                                                  try convert($0.value, file: file, depth: depth + 1, budget: &budget)) }), at: position)
        case .sequence(let seq):
            return SpecNode(.sequence(try seq.map { try convert($0, file: file, depth: depth + 1, budget: &budget) }), at: position)
        case .alias:
            return SpecNode(.null, at: position)
        }
    }

    private static func diagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml's own nesting guard (1000 levels, "- - - - …" on one line): our words and rule.
            if problem.contains("Maximum nesting level") {
                return Diagnostic(.error, at(mark), rule: "too-deep",
                                  "lists and mappings nest more than \(InputLimits.yamlDepth) deep here; flatten the document")
            }
            var message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // libyaml's words for a tab say nothing of tabs.
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(mark.line - 1).first
            if let line, line.prefix(mark.column).contains("\t") { message += "; YAML indents with spaces, not tabs" }
            return Diagnostic(.error, at(mark), rule: "yaml-syntax", "YAML syntax: \(message)")
        case .duplicatedKeysInMapping(let keys, let context):
            // Yams marks the first of the pair and carries the whole text: point at the second instead.
            let key = keys.sorted().first ?? "?"
            let second = YAMLLimits.repeatedKey(key, after: context.mark, in: text)
            let where_ = second == nil ? "" : "; it is first given at line \(context.mark.line)"
            let position = second.map { SourcePosition(file: file, line: $0.line, column: $0.column) } ?? at(context.mark)
            return Diagnostic(.error, position, rule: "duplicate-key",
                              "the key '\(key)' is given twice in one mapping\(where_); keep one")
        default:
            return Diagnostic(.error, SourcePosition(file: file, line: 1, column: 1), rule: "yaml-syntax",
                              "YAML: \(String(describing: error).prefix(200))")
        }
    }

    // MARK: Access

    public var string: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }
    public var mapping: [(key: SpecNode, value: SpecNode)]? {
        if case .mapping(let m) = value { return m }
        return nil
    }
    public var sequence: [SpecNode]? {
        if case .sequence(let s) = value { return s }
        return nil
    }
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The value under `key` of a mapping.
    public subscript(key: String) -> SpecNode? {
        mapping?.first { $0.key.string == key }?.value
    }

    public var double: Double? {
        guard case .scalar(let s, let quoted) = value, !quoted else { return nil }
        // YAML writes infinity and NaN as .inf and .nan: numbers, so the range check names them.
        // Only a text starting with ".", "+" or "-" can be one (lowercasing keeps those bytes), and
        // only one with a "_" needs Foundation's copy: layouts read spec numbers in every trial.
        if let first = s.utf8.first, first == UInt8(ascii: ".") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            switch s.lowercased() {
            case ".inf", "+.inf": return .infinity
            case "-.inf": return -.infinity
            case ".nan": return .nan
            default: break
            }
        }
        return Double(s.utf8.contains(UInt8(ascii: "_")) ? s.replacingOccurrences(of: "_", with: "") : s)
    }
    public var int: Int? {
        guard let d = double, d == d.rounded(), abs(d) < 1e12 else { return nil }
        return Int(d)
    }
    public var bool: Bool? {
        guard case .scalar(let s, let quoted) = value, !quoted else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// A short description of what this node is, for "expected a number, found …" messages.
    var kindDescription: String {
        switch value {
        case .scalar(let s, let quoted):
            if !quoted && Double(s) != nil { return "the number \(s)" }
            return "the text \"\(s.count > 30 ? String(s.prefix(30)) + "…" : s)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .null: return "nothing"
        }
    }
}

extension Diagnostic: Error {}
