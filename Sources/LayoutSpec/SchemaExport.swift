import Foundation

/// Turns the spec language's definition into a JSON Schema (draft 2020-12) and a Markdown reference.
public enum SchemaExport {
    /// A URN, not a made-up web address: the schema is the file in `docs/`, which editors are pointed at.
    public static func jsonSchema(_ schema: Schema = SpecLanguage.schema, schemaID: String = "urn:a4p-charts:schema:spec",
                                  title: String = "A4P Charts layout spec") -> String {
        var defs: [String: Any] = [:]
        for object in schema.objects {
            var o = objectSchema(object)
            if let variant = schema.tagged.flatMap(\.variants).first(where: { $0.object == object.name }) {
                var props = o["properties"] as? [String: Any] ?? [:]
                props["type"] = ["const": variant.tag, "description": "Selects this kind of block"]
                o["properties"] = props
                o["required"] = ((o["required"] as? [String]) ?? []) + ["type"]
            }
            defs[id(object.name)] = o
        }
        // A block picks its definition by `type` (if/then, not a bare oneOf): an editor then reports a
        // misspelt key of a bar block against the bar block, not "valid under none of 24 schemas".
        for set in schema.tagged {
            defs[id(set.name)] = [
                "description": set.summary, "type": "object", "required": ["type"],
                "properties": ["type": ["enum": set.variants.map(\.tag), "description": "The kind of block"]],
                "allOf": set.variants.map { v -> [String: Any] in
                    ["if": ["properties": ["type": ["const": v.tag]], "required": ["type"]], "then": ["$ref": "#/$defs/\(id(v.object))"]]
                },
            ]
        }
        let root: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": schemaID,
            "title": title,
            "description": "Generated from Sources/LayoutSpec/SpecLanguage.swift by `a4p spec-schema`; do not edit by hand.",
            "$ref": "#/$defs/\(id(schema.root))",
            "$defs": defs,
        ]
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func id(_ name: String) -> String { name.replacingOccurrences(of: " ", with: "-") }

    static func objectSchema(_ object: ObjectSchema) -> [String: Any] {
        var props: [String: Any] = [:]
        for p in object.properties {
            var t = typeSchema(p.type)
            t["description"] = p.summary + (p.defaultValue.map { " (default: \($0))" } ?? "")
            if let value = p.defaultValue.flatMap({ literal($0, of: p.type) }) { t["default"] = value }
            if let example = p.example { t["examples"] = [example] }
            props[p.name] = t
        }
        var o: [String: Any] = ["type": "object", "description": object.summary, "properties": props,
                                "additionalProperties": false]
        let required = object.properties.filter(\.required).map(\.name)
        if !required.isEmpty { o["required"] = required }
        return o
    }

    /// A default written as a value of its type ("12", "false", "top", "#009EDB") as JSON, for
    /// editors to offer; a default described in words ("the indicator's title") gives none.
    static func literal(_ text: String, of type: SchemaType) -> Any? {
        switch type {
        case .boolean: return ["true": true, "false": false][text]
        case .integer: return Int(text)
        case .number: return Double(text).flatMap { $0.isFinite ? $0 : nil }
        case .string(let allowed): return allowed?.contains(text) == true ? text : nil
        case .colour: return text.range(of: "^#[0-9A-Fa-f]{6}$", options: .regularExpression) != nil ? text : nil
        default: return nil
        }
    }

    static func typeSchema(_ type: SchemaType) -> [String: Any] {
        switch type {
        case .string(let allowed):
            var t: [String: Any] = ["type": "string"]
            if let allowed { t["enum"] = allowed }
            return t
        case .number(let lo, let hi):
            var t: [String: Any] = ["type": "number"]
            if let lo { t["minimum"] = lo }
            if let hi { t["maximum"] = hi }
            return t
        case .integer(let lo, let hi):
            var t: [String: Any] = ["type": "integer"]
            if let lo { t["minimum"] = lo }
            if let hi { t["maximum"] = hi }
            return t
        case .boolean: return ["type": "boolean"]
        case .colour: return ["type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"]
        case .array(let e): return ["type": "array", "items": typeSchema(e)]
        case .dictionary(let e): return ["type": "object", "additionalProperties": typeSchema(e)]
        case .object(let n), .tagged(let n): return ["$ref": "#/$defs/\(id(n))"]
        case .oneOf(let ts): return ["oneOf": ts.map(typeSchema)]
        }
    }

    /// docs/spec.md: every key with its type, default and an example, grouped by object.
    public static func markdown(_ schema: Schema = SpecLanguage.schema) -> String {
        var out = """
            # Layout spec reference

            Generated from `Sources/LayoutSpec/SpecLanguage.swift` by `a4p spec-schema`, like
            `docs/spec.schema.json`. Editors with a YAML language server (VS Code's YAML extension, Neovim,
            Helix, JetBrains) complete keys and check values from it when a spec's first line names it:
            `# yaml-language-server: $schema=../../docs/spec.schema.json` (the path from the spec to `docs/`);
            the publication manifest's is `docs/publication.schema.json`.
            Every problem in a spec is reported as `file:line:column: error: message [rule]`.
            A key with no value (`key:` and nothing after it) is an error: give a value or leave the key out.
            In YAML `#` starts a comment, so colours are quoted: `accent: "#E5A000"`.

            Text may use `{mission.acronym}`, `{mission.name}`, `{mission.location}` (in a template),
            `{period}` (the period's name) and `{t:key}` (a translation from `Translations/<language>.yaml`).

            **Specs follow the data.** The publication names its cycle once (`cycle:` in `Specs/publication.yaml`;
            `latest`, the default, is the newest cycle with a figure). Bindings say `period: latest` (that cycle;
            an indicator without a figure there shows its newest earlier one, labelled with its period, and the
            export lists the block), `previous`, `latest-N`, and ranges such as `latest-2..latest`; a fixed id
            (`C5`) only where a block is about that period. Text names periods with `{period}`, `{period.short}`
            ("Cycle 6"), `{period.lower}` / `{period.short.lower}` (mid-sentence), `{period.id}`; the same forms
            of `{previous…}` and `{latest-2…}`, translated through `period.<id>` and `period.<id>.short`.
            Prose that quotes figures ("eight missions in cycle 6, down from ten") is tied to its cycle: the spec
            says `about: C6` and the prose writes `{about.short.lower}` (and `{about.previous…}`), so under a
            newer cycle the sentence still names the cycle it is true of, and the export warns (`stale-prose`)
            at the `about:` line until someone rewrites it.

            **Paths stay in their place.** Input paths (`data`, `translations`, an image's `path`) are relative
            to the spec and, with every symlink followed, must lead to somewhere inside the spec's *project*:
            the nearest folder at or above the spec's folder that holds `Specs/`, `Data/`, `Package.swift` or
            `.git` (else the spec's own folder). `output` names a file inside the output folder (`--out`):
            relative, without `..`. Anything else is an error at the key's `file:line:column` (rules
            `outside-project`, `image-outside`, `output-outside`), and nothing is written.


            """
        let order = [schema.root, "page", "size", "margins", "header", "footer", "template", "theme"]
        let blocks = schema.tagged.flatMap(\.variants).map(\.object)
        for name in order + blocks {
            guard let object = schema.object(name) else { continue }
            let tag = schema.tagged.flatMap(\.variants).first { $0.object == name }?.tag
            out += "## \(tag.map { "`type: \($0)`" } ?? "`\(name)`")\n\n\(object.summary).\n\n"
            out += "| key | type | default | meaning | example |\n|---|---|---|---|---|\n"
            for p in object.properties {
                let cells = ["`\(p.name)`" + (p.required ? " (required)" : ""), p.type.name.replacingOccurrences(of: "|", with: "\\|"),
                             p.defaultValue ?? "", p.summary.replacingOccurrences(of: "|", with: "\\|"),
                             p.example.map { "`\($0)`" } ?? ""]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        return out
    }
}
