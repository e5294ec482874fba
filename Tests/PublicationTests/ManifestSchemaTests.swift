import A4PPublication
import TestSupport
import Foundation
import Testing

/// Editors check `Specs/publication.yaml` against `docs/publication.schema.json` (issue 19).
@Suite("Publication manifest schema")
struct ManifestSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("docs/publication.schema.json is the manifest's schema as generated, and the shipped manifest passes a real JSON Schema validator")
    func schemaShippedAndValid() throws {
        let file = Self.root.appendingPathComponent("docs/publication.schema.json")
        #expect(try String(contentsOf: file, encoding: .utf8) == PublicationManifest.jsonSchema, "run `swift run a4p spec-schema`")
        let check = """
            import json, sys, yaml, jsonschema
            v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            for path in sys.argv[2:]:
                for e in v.iter_errors(yaml.safe_load(open(path))): print(path, "/".join(map(str, e.absolute_path)), e.message)
            """
        let manifest = Self.root.appendingPathComponent("Specs/publication.yaml").path
        let shipped = try ExternalTool.run("python3", ["-c", check, file.path, manifest])
        #expect(shipped.status == 0 && shipped.stdout.isEmpty, "\(shipped.stdout)\(shipped.stderr)")
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("publication.yaml")
        try "title: Set\nwhen-not-current: hide\nsets:\n  - {folder: x, role: priority, specs: [a.yaml], languages: [en], extra: 1}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let rejected = try ExternalTool.run("python3", ["-c", check, file.path, bad.path])
        #expect(rejected.stdout.contains("when-not-current") && rejected.stdout.contains("'extra' was unexpected"), "\(rejected.stdout)")
    }
}
