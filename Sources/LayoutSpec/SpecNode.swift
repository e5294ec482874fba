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

    /// Parses YAML or JSON text. A syntax error comes back as a diagnostic with the parser's position.
    public static func parse(_ text: String, file: String) -> Result<SpecNode, Diagnostic> {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return .success(SpecNode(.null, at: SourcePosition(file: file, line: 1, column: 1)))
            }
            return .success(convert(node, file: file))
        } catch let error as YamlError {
            return .failure(diagnostic(error, file: file))
        } catch {
            return .failure(Diagnostic(.error, SourcePosition(file: file, line: 1, column: 1), rule: "yaml-syntax", "\(error)"))
        }
    }

    private static func convert(_ node: Node, file: String) -> SpecNode {
        let mark = node.mark
        let position = SourcePosition(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        switch node {
        case .scalar(let s):
            let quoted = s.style == .singleQuoted || s.style == .doubleQuoted
            if !quoted && (s.string == "null" || s.string == "~" || s.string.isEmpty) && s.style == .plain {
                return SpecNode(.null, at: position)
            }
            return SpecNode(.scalar(s.string, quoted: quoted), at: position)
        case .mapping(let m):
            return SpecNode(.mapping(m.map { (convert($0.key, file: file), convert($0.value, file: file)) }), at: position)
        case .sequence(let seq):
            return SpecNode(.sequence(seq.map { convert($0, file: file) }), at: position)
        case .alias:
            return SpecNode(.null, at: position)
        }
    }

    private static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(.error, at(mark), rule: "yaml-syntax", "YAML syntax: \(text)")
        default:
            return Diagnostic(.error, SourcePosition(file: file, line: 1, column: 1), rule: "yaml-syntax", "YAML: \(error)")
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
        return Double(s.replacingOccurrences(of: "_", with: ""))
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
