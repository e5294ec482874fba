import A4PIndicators
import A4PLayoutSpec
import Foundation

/// `Specs/publication.yaml`: which specs make the publication set, in which languages, into which
/// folder of `Output/`. Read with Yams' decoder; a mistake names the key and the line.
public struct PublicationManifest: Decodable, Sendable {
    public struct Set: Decodable, Sendable {
        /// Folder under the output folder ("priorities", "missions", "slides", "overview"); relative,
        /// no `..` (checked with its position by `ManifestPathCheck`).
        public var folder: String
        /// Spec paths relative to the manifest; a trailing `*.yaml` takes every spec of a folder. They
        /// must lead inside the manifest's project, symlinks followed (see `Confinement`).
        public var specs: [String]
        /// Languages to render; `all` means every language with a translation table.
        public var languages: [String]
        /// What the outputs are, for the combined PDF's outline: priority, mission, slide, overview.
        public var role: String
    }
    /// May use {period}, {period.lower}, {period.short}: the publication's cycle.
    public var title: String
    /// The publication's reporting cycle: a cycle id, or `latest` / absent for the newest cycle
    /// with data. Specs' `latest`, `previous`, `latest-N` and every page header follow it.
    public var cycle: String?
    /// Per cycle, indicators its report does not give although the cycle before did, checked by hand:
    /// the export does not list the blocks that show their older figure. A new cycle starts with none.
    public var knownGaps: [String: [String]]?
    /// What a block without a figure in the publication's cycle does, unless it says (`when-not-current`).
    public var notCurrent: NotCurrent?
    public var sets: [Set]

    /// Reads the manifest as specs are read: a regular file within the size cap, YAML within the
    /// structural limits, checked against `schema` so that every mistake has its line and column.
    public static func load(_ url: URL) throws -> PublicationManifest {
        let data: Data
        do {
            data = try InputFile.read(url.path, limit: InputLimits.yamlBytes, what: "publication manifest")
        } catch {
            throw ManifestError(diagnostics: [Diagnostic(.error, SourcePosition(file: url.path, line: 1, column: 1),
                                                         rule: "unreadable-file", error.problem)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ManifestError(diagnostics: [Diagnostic(.error, SourcePosition(file: url.path, line: 1, column: 1),
                                                         rule: "encoding", "the manifest is not UTF-8 text; save it as UTF-8")])
        }
        let root: SpecNode
        switch SpecNode.parse(text, file: url.path) {
        case .failure(let d): throw ManifestError(diagnostics: [d])
        case .success(let node): root = node
        }
        var log = DiagnosticLog()
        SchemaValidator(schema: schema).validate(root, into: &log)
        // Every entry is rendered in every language it asks for: bound the work one manifest can ask.
        var entries = 0
        for set in root["sets"]?.sequence ?? [] {
            let specs = set["specs"]?.sequence ?? [], languages = set["languages"]?.sequence ?? []
            entries += specs.count * max(1, languages.count)
            if entries > InputLimits.manifestOutputs {
                log.error(set.position, rule: "too-many-outputs",
                          "with this set the manifest asks for more than \(InputLimits.manifestOutputs) spec renderings (specs × languages); split the publication")
                break
            }
        }
        if log.hasErrors { throw ManifestError(diagnostics: log.sorted) }
        let sets = (root["sets"]?.sequence ?? []).map { n in
            Set(folder: n["folder"]?.string ?? "", specs: n["specs"]?.sequence?.compactMap(\.string) ?? [],
                languages: n["languages"]?.sequence?.compactMap(\.string) ?? [], role: n["role"]?.string ?? "")
        }
        var gaps: [String: [String]]?
        if let map = root["known-gaps"]?.mapping {
            gaps = Dictionary(map.compactMap { k, v in k.string.map { ($0, v.sequence?.compactMap(\.string) ?? []) } },
                              uniquingKeysWith: { first, _ in first })
        }
        var manifest = PublicationManifest(title: root["title"]?.string ?? "", sets: sets)
        manifest.cycle = root["cycle"]?.string
        manifest.knownGaps = gaps
        manifest.notCurrent = root["when-not-current"]?.string.flatMap(NotCurrent.init(rawValue:))
        return manifest
    }

    /// What a manifest may say (the same validator as specs: unknown keys, types, missing keys).
    /// As a JSON Schema, for editors (`docs/publication.schema.json`, written by `a4p spec-schema`).
    public static var jsonSchema: String {
        SchemaExport.jsonSchema(schema, schemaID: "urn:a4p-charts:schema:publication", title: "A4P Charts publication manifest")
    }

    static let schema = Schema(root: "publication manifest", objects: [
        ObjectSchema("publication manifest", "The publication set", [
            PropertySchema("title", .string(), required: true, "Title of the set; may name the cycle with {period…}"),
            PropertySchema("cycle", .string(), "The publication's cycle: a cycle id, or latest (the newest cycle with data)"),
            PropertySchema("known-gaps", .dictionary(.array(.string())),
                           "Per cycle, indicators its report does not give although the cycle before did (checked by hand)"),
            PropertySchema("when-not-current", .string(allowed: NotCurrent.allCases.map(\.rawValue)), default: "show-older",
                           "A block whose indicator has no figure in the cycle: show the newest older figure, named with its period, or say \"Not reported in <cycle>.\" (a block's own when-not-current wins)"),
            PropertySchema("sets", .array(.object("set")), required: true, "The sets of outputs"),
        ]),
        ObjectSchema("set", "One folder of outputs", [
            PropertySchema("folder", .string(), required: true, "Folder under the output folder"),
            PropertySchema("role", .string(allowed: ["overview", "priority", "mission", "slide"]), required: true, "What the outputs are"),
            PropertySchema("specs", .array(.string()), required: true, "Spec paths relative to the manifest"),
            PropertySchema("languages", .array(.string()), required: true, "Languages, or [all]"),
        ]),
    ])

    /// The spec files a set names, sorted, relative paths resolved against `base`.
    public static func expand(_ patterns: [String], base: URL) -> [URL] {
        var out: [URL] = []
        for pattern in patterns {
            if pattern.hasSuffix("*.yaml") {
                let dir = base.appendingPathComponent(String(pattern.dropLast("*.yaml".count)))
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
                    .filter { $0.hasSuffix(".yaml") }.sorted()
                out += names.map { dir.appendingPathComponent($0) }
            } else {
                out.append(base.appendingPathComponent(pattern))
            }
        }
        return out
    }
}

/// A manifest that cannot be used: every problem with its position.
public struct ManifestError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
