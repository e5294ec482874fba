import Foundation
import A4PIndicators

/// The spec language's definition, written once. The validator checks specs against it, the JSON
/// Schema in `docs/spec.schema.json` and the key reference in `docs/spec.md` are generated from it.
public indirect enum SchemaType: Sendable {
    case string(allowed: [String]? = nil)
    case number(min: Double? = nil, max: Double? = nil)
    case integer(min: Int? = nil, max: Int? = nil)
    case boolean
    /// A colour written #RRGGBB (the loader reads the digits; the JSON Schema gives editors its pattern).
    case colour
    case array(SchemaType)
    /// A mapping from any key to values of one type (translation tables).
    case dictionary(SchemaType)
    /// A named object definition.
    case object(String)
    /// A named object whose `type` key picks one of several object definitions.
    case tagged(String)
    case oneOf([SchemaType])

    /// How a reader names it in messages and docs.
    var name: String {
        switch self {
        case .string(let allowed): allowed.map { "one of " + $0.joined(separator: ", ") } ?? "text"
        case .number(let lo, let hi): "number" + rangeText(lo, hi)
        case .integer(let lo, let hi): "whole number" + rangeText(lo.map(Double.init), hi.map(Double.init))
        case .boolean: "true or false"
        case .colour: "a colour #RRGGBB"
        case .array(let t): "list of \(t.name)"
        case .dictionary(let t): "mapping of \(t.name)"
        case .object(let n), .tagged(let n): n
        case .oneOf(let ts): ts.map(\.name).joined(separator: " or ")
        }
    }
}

public struct PropertySchema: Sendable {
    public var name: String
    public var type: SchemaType
    public var required: Bool
    /// The default, as written in a spec (for docs and the JSON Schema).
    public var defaultValue: String?
    public var summary: String
    public var example: String?

    public init(_ name: String, _ type: SchemaType, required: Bool = false, default defaultValue: String? = nil,
                _ summary: String, example: String? = nil) {
        self.name = name; self.type = type; self.required = required; self.defaultValue = defaultValue
        self.summary = summary; self.example = example
    }
}

public struct ObjectSchema: Sendable {
    public var name: String
    public var summary: String
    public var properties: [PropertySchema]
    public init(_ name: String, _ summary: String, _ properties: [PropertySchema]) {
        self.name = name; self.summary = summary; self.properties = properties
    }
    public func property(_ key: String) -> PropertySchema? { properties.first { $0.name == key } }
}

/// A set of `type`-tagged variants: `type: bar` selects the `bar` block's definition.
public struct TaggedSchema: Sendable {
    public var name: String
    public var summary: String
    /// Variant tag → object definition name, in documentation order.
    public var variants: [(tag: String, object: String)]
}

public struct Schema: Sendable {
    public var root: String
    public var objects: [ObjectSchema]
    public var tagged: [TaggedSchema]

    public init(root: String, objects: [ObjectSchema], tagged: [TaggedSchema] = []) {
        self.root = root; self.objects = objects; self.tagged = tagged
    }

    public func object(_ name: String) -> ObjectSchema? { objects.first { $0.name == name } }
    public func taggedSet(_ name: String) -> TaggedSchema? { tagged.first { $0.name == name } }
}

/// Checks a node tree against the schema and reports every problem with its position.
public struct SchemaValidator {
    public let schema: Schema
    /// The spec's text, when known: lets a key left empty by a `#` comment say so.
    public var source: String?
    public init(schema: Schema, source: String? = nil) { self.schema = schema; self.source = source }

    public func validate(_ node: SpecNode, into log: inout DiagnosticLog) {
        check(node, as: .object(schema.root), path: "", log: &log)
    }

    private func check(_ node: SpecNode, as type: SchemaType, path: String, log: inout DiagnosticLog) {
        let at = node.position
        let label = path.isEmpty ? "the spec" : "'\(path)'"
        func wrongType() {
            log.error(at, rule: "wrong-type", "\(label) must be \(type.name), found \(node.kindDescription)")
        }
        // Every key of the language needs a value; `key:` with nothing after it (YAML's null) is a mistake.
        if node.isNull, !path.isEmpty { return missingValue(node, label: label, type: type, log: &log) }
        switch type {
        case .colour:
            guard node.string != nil else { return wrongType() }
        case .string(let allowed):
            guard let s = node.string else { return wrongType() }
            if let allowed, !allowed.contains(s) {
                log.error(at, rule: "unknown-value", "\(label) must be one of \(allowed.joined(separator: ", ")); found \"\(s)\"",
                          suggestion: Suggestion.closest(to: s, in: allowed))
            }
        case .number(let lo, let hi):
            guard let d = node.double else { return wrongType() }
            // NaN and infinities pass every comparison below; they are never a size or a value.
            guard d.isFinite else {
                return log.error(at, rule: "out-of-range", "\(label) must be a finite number\(rangeText(lo, hi)); found \(node.string ?? "?")")
            }
            let found = node.string ?? fmtNumber(d)
            if let lo, d < lo { log.error(at, rule: "out-of-range", "\(label) must be at least \(fmtNumber(lo)); found \(found)") }
            if let hi, d > hi { log.error(at, rule: "out-of-range", "\(label) must be at most \(fmtNumber(hi)); found \(found)") }
        case .integer(let lo, let hi):
            guard let i = node.int else {
                // A whole number too large for the document's ranges: say the range, not "not a number".
                if let d = node.double, d.isFinite, d == d.rounded() {
                    return log.error(at, rule: "out-of-range", "\(label) must be a whole number\(rangeText(lo.map(Double.init), hi.map(Double.init))); found \(node.string ?? "?")")
                }
                return wrongType()
            }
            if let lo, i < lo { log.error(at, rule: "out-of-range", "\(label) must be at least \(lo); found \(i)") }
            if let hi, i > hi { log.error(at, rule: "out-of-range", "\(label) must be at most \(hi); found \(i)") }
        case .boolean:
            if node.bool == nil { wrongType() }
        case .array(let element):
            guard let items = node.sequence else { return wrongType() }
            for (i, item) in items.enumerated() { check(item, as: element, path: "\(path)[\(i + 1)]", log: &log) }
        case .dictionary(let element):
            guard let pairs = node.mapping else { return wrongType() }
            for (k, v) in pairs { check(v, as: element, path: join(path, k.string ?? "?"), log: &log) }
        case .object(let name):
            guard let object = schema.object(name) else { return }
            checkObject(node, object, path: path, skipping: [], log: &log)
        case .tagged(let name):
            guard let set = schema.taggedSet(name), node.mapping != nil else { return wrongType() }
            let tags = set.variants.map(\.tag)
            guard let tagNode = node["type"] else {
                return log.error(at, rule: "missing-key", "\(label) needs a 'type' (one of \(tags.joined(separator: ", ")))")
            }
            guard let tag = tagNode.string, let variant = set.variants.first(where: { $0.tag == tag }),
                  let object = schema.object(variant.object) else {
                // The closest type when there is one; the whole list only when nothing is close.
                let suggestion = Suggestion.closest(to: tagNode.string ?? "", in: tags)
                return log.error(tagNode.position, rule: "unknown-value",
                                 "unknown \(name) type \"\(tagNode.string ?? "?")\""
                                 + (suggestion == nil ? "; known: \(tags.joined(separator: ", "))" : ""),
                                 suggestion: suggestion)
            }
            checkObject(node, object, path: path, skipping: ["type"], log: &log)
        case .oneOf(let types):
            // Take the first alternative whose shape matches; report against it.
            let chosen = types.first { matchesShape(node, $0) }
            guard let chosen else { return wrongType() }
            check(node, as: chosen, path: path, log: &log)
        }
    }

    private func checkObject(_ node: SpecNode, _ object: ObjectSchema, path: String, skipping: Set<String>,
                             log: inout DiagnosticLog) {
        guard let pairs = node.mapping else {
            return log.error(node.position, rule: "wrong-type",
                             "\(path.isEmpty ? "the spec" : "'\(path)'") must be a mapping (\(object.name)), found \(node.kindDescription)")
        }
        var seen: Set<String> = []
        for (keyNode, value) in pairs {
            let key = keyNode.string ?? ""
            if !seen.insert(key).inserted {
                log.error(keyNode.position, rule: "duplicate-key", "'\(join(path, key))' is given twice")
                continue
            }
            if skipping.contains(key) { continue }
            guard let property = object.property(key) else {
                let known = object.properties.map(\.name) + skipping
                log.error(keyNode.position, rule: "unknown-key", "unknown key '\(key)' in \(object.name)",
                          suggestion: Suggestion.closest(to: key, in: known))
                continue
            }
            if value.isNull && property.required {
                // An empty required key is as good as a missing one (`blocks: null` is not an empty
                // page), and "leave the key out" would be wrong advice.
                log.error(value.position, rule: "missing-value",
                          "'\(join(path, key))' needs \(property.type.name) (\(property.summary)), found nothing")
                continue
            }
            check(value, as: property.type, path: join(path, key), log: &log)
        }
        for p in object.properties where p.required && !seen.contains(p.name) {
            log.error(node.position, rule: "missing-key", "\(object.name) needs '\(p.name)' (\(p.summary))")
        }
    }

    /// `accent: #E5A000` is the key `accent` followed by a YAML comment: say so rather than "no value".
    private func missingValue(_ node: SpecNode, label: String, type: SchemaType, log: inout DiagnosticLog) {
        var comment: String?
        if let source {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            if node.position.line >= 1, node.position.line <= lines.count {
                let line = lines[node.position.line - 1]
                // The comment after the key's colon (or the list's dash): the first " #" not inside quotes is enough here.
                if let hash = line.range(of: " #") ?? line.range(of: "\t#") {
                    comment = String(line[line.index(after: hash.lowerBound)...]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        if let comment, comment.count > 1, !comment.dropFirst().first!.isWhitespace {
            let word = String(comment.prefix { !$0.isWhitespace })
            let isColour = [4, 7, 9].contains(word.count) && word.dropFirst().allSatisfy(\.isHexDigit)
            log.error(node.position, rule: "missing-value",
                      "\(label) has no value: in YAML '#' starts a comment, so \(word) was read as one; "
                      + "the \(isColour ? "colour" : "value") needs quotes: \"\(word)\"")
        } else {
            log.error(node.position, rule: "missing-value", "\(label) has no value; give \(type.name) or leave the key out")
        }
    }

    private func matchesShape(_ node: SpecNode, _ type: SchemaType) -> Bool {
        switch (type, node.value) {
        case (.string, .scalar): node.double == nil || type.name != "number"
        case (.number, .scalar): node.double != nil
        case (.integer, .scalar): node.int != nil
        case (.boolean, .scalar): node.bool != nil
        case (.array, .sequence): true
        case (.object, .mapping), (.tagged, .mapping), (.dictionary, .mapping): true
        case (.oneOf(let ts), _): ts.contains { matchesShape(node, $0) }
        default: false
        }
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// " from 1 to 24", " of at least 0", "" for a message.
func rangeText(_ lo: Double?, _ hi: Double?) -> String {
    switch (lo, hi) {
    case let (lo?, hi?): " from \(fmtNumber(lo)) to \(fmtNumber(hi))"
    case let (lo?, nil): " of at least \(fmtNumber(lo))"
    case let (nil, hi?): " of at most \(fmtNumber(hi))"
    default: ""
    }
}

func fmtNumber(_ d: Double) -> String {
    if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
    return abs(d) >= 1e15 ? String(format: "%g", d) : String(d)
}
