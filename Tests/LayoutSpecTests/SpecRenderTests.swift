import A4PCairoRenderers
import A4PIndicators
import A4PLayoutSpec
import A4PRender
import A4PScene
import Foundation
import TestSupport
import Testing

enum ShippedSpecs {
    static var root: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func render(_ relative: String, language: String? = nil, only: String? = nil) throws -> ([SpecOutput], DiagnosticLog) {
        let loaded = try SpecLoader.load(path: path(relative))
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(loaded.log.sorted)")
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, language: language, only: only, log: &log)
        return (outputs, log)
    }

    static func pdfText(_ output: SpecOutput) throws -> String {
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: output.name, formats: ["pdf"], to: dir)
        return normalisedExtraction(try ExternalTool.run("pdftotext", [files[0].path, "-"]).stdout)
    }
}

@Suite("Rendering specs")
struct SpecRenderTests {
    @Test("the every-block example uses every block kind and renders in PDF, PNG and SVG")
    func everyBlock() throws {
        let text = try String(contentsOfFile: ShippedSpecs.path("Specs/examples/every-block.yaml"), encoding: .utf8)
        // mission-data lists the template's mission, so it lives in the template example.
        for kind in SpecLanguage.blockKinds.map(\.tag) where kind != "mission-data" {
            #expect(text.contains("type: \(kind)\n"), "every-block.yaml lacks a \(kind) block")
        }
        let template = try String(contentsOfFile: ShippedSpecs.path("Specs/examples/mission-template.yaml"), encoding: .utf8)
        #expect(template.contains("type: mission-data\n"))
        let (outputs, log) = try ShippedSpecs.render("Specs/examples/every-block.yaml")
        #expect(!log.hasErrors, "\(log.sorted)")
        #expect(log.warningCount == 0, "\(log.sorted)")
        let output = try #require(outputs.first)
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "every", formats: ["pdf", "png", "svg"], to: dir)
        #expect(files.map(\.lastPathComponent) == ["every.pdf", "every-1.png", "every-2.png", "every-1.svg", "every-2.svg"])
        #expect(try ExternalTool.run("qpdf", ["--check", files[0].path]).status == 0)
        #expect(try ExternalTool.run("pngcheck", [files[1].path, files[2].path]).status == 0)
        for svg in files.suffix(2) {
            #expect(try ExternalTool.run("rsvg-convert", ["-o", dir.appendingPathComponent("x.png").path, svg.path]).status == 0)
        }
        let pdf = try ShippedSpecs.pdfText(output)
        for s in ["EVERY BLOCK KIND", "UNMISS", "125", "Source: A4P+ 5th Progress Report", "Reporting period: Cycle 6"] {
            #expect(pdf.localizedCaseInsensitiveContains(s), "'\(s)' not in the PDF text")
        }
    }

    @Test("a template spec renders one page per active mission, each with its own data")
    func template() throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/examples/mission-template.yaml")
        #expect(!log.hasErrors, "\(log.sorted)")
        let active = SpecFixture.dataset.missions.filter { $0.kind == .mission && $0.status == .active }.map(\.id)
        #expect(outputs.map { $0.missionID ?? "" } == active)
        #expect(outputs.map(\.name).contains("mission-UNMISS-en"))
        let unmiss = try ShippedSpecs.pdfText(try #require(outputs.first { $0.missionID == "UNMISS" }))
        let minusca = try ShippedSpecs.pdfText(try #require(outputs.first { $0.missionID == "MINUSCA" }))
        // P7.04 SOFA/SOMA incidents on record, cycle 5 (seed 002): UNMISS 585, MINUSCA 174.
        #expect(unmiss.contains("United Nations Mission in South Sudan") && unmiss.contains("585") && !unmiss.contains("174"))
        #expect(minusca.contains("174") && !minusca.contains("585"))
    }

    @Test("French and Arabic come from the translation tables; Arabic pages run right to left")
    func languages() throws {
        let (fr, logFR) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", language: "fr", only: "MINUSCA")
        #expect(!logFR.hasErrors, "\(logFR.sorted)")
        let text = try ShippedSpecs.pdfText(try #require(fr.first))
        #expect(text.contains("FICHE DE MISSION") && text.contains("Période couverte"))
        let (ar, logAR) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", language: "ar", only: "UNMISS")
        #expect(!logAR.hasErrors, "\(logAR.sorted)")
        #expect(try #require(ar.first).name == "mission-UNMISS-ar")
        #expect(try ShippedSpecs.pdfText(try #require(ar.first)).contains("المصدر"))
    }

    @Test("--only keeps one mission; an unknown one is an error")
    func only() throws {
        let (one, _) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", only: "UNMISS")
        #expect(one.map(\.missionID) == ["UNMISS"])
        let (none, log) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", only: "UNMIS")
        #expect(none.isEmpty)
        #expect(log.sorted.first?.suggestion == "did you mean UNMISS?")
    }
}

@Suite("JSON Schema and reference docs")
struct SchemaTests {
    @Test("docs/spec.schema.json and docs/spec.md are the ones generated from the spec language")
    func generated() throws {
        let schema = try String(contentsOfFile: ShippedSpecs.path("docs/spec.schema.json"), encoding: .utf8)
        let md = try String(contentsOfFile: ShippedSpecs.path("docs/spec.md"), encoding: .utf8)
        #expect(schema == SchemaExport.jsonSchema(), "run `swift run a4p spec-schema`")
        #expect(md == SchemaExport.markdown(), "run `swift run a4p spec-schema`")
        for kind in SpecLanguage.blockKinds.map(\.tag) { #expect(md.contains("`type: \(kind)`")) }
    }

    @Test("defaults written as values are the schema's 'default' for editors; defaults described in words give none")
    func defaults() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: ShippedSpecs.path("docs/spec.schema.json")))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try #require(root["$defs"] as? [String: Any])
        let page = try #require((defs["page"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((page["columns"] as? [String: Any])?["default"] as? Int == 12)
        #expect((page["rows"] as? [String: Any])?["default"] as? String == "top")
        #expect((page["spread-rows"] as? [String: Any])?["default"] as? Bool == false)
        let kpi = try #require((defs["kpi-block"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((kpi["caption"] as? [String: Any])?["default"] == nil, "a default in words is no value")
    }

    @Test("every shipped spec passes a real JSON Schema validator (python jsonschema)")
    func shippedSpecsValidate() throws {
        let specs = try FileManager.default.subpathsOfDirectory(atPath: ShippedSpecs.path("Specs"))
            .filter { $0.hasSuffix(".yaml") && $0 != "publication.yaml" }.map { ShippedSpecs.path("Specs/" + $0) }  // the export manifest is no spec
        #expect(specs.count >= 2)
        let result = try ExternalTool.run("python3", [ShippedSpecs.path("scripts/validate-specs")] + specs)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("every shipped spec and the manifest start with the yaml-language-server line naming their schema, and the path leads to it")
    func schemaLines() throws {
        let specs = try FileManager.default.subpathsOfDirectory(atPath: ShippedSpecs.path("Specs")).filter { $0.hasSuffix(".yaml") }
        #expect(specs.count >= 20)
        for spec in specs {
            let path = ShippedSpecs.path("Specs/" + spec)
            let first = try String(contentsOfFile: path, encoding: .utf8).prefix { $0 != "\n" }
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(spec): \(first)")
            let target = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(String(first.dropFirst(prefix.count))).standardized
            let expected = spec == "publication.yaml" ? "publication.schema.json" : "spec.schema.json"
            #expect(target.path == ShippedSpecs.path("docs/" + expected), "\(spec) → \(target.path)")
        }
    }

    @Test("the same validator rejects a spec with an unknown key and a wrong type")
    func validatorRejects() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "page:\n  columns: twelve\nblocks:\n  - type: bar\n    indicatr: P7.03\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run("python3", [ShippedSpecs.path("scripts/validate-specs"), bad.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("page/columns"))
        // The block is checked against its own kind (chosen by `type`), so the misspelt key is named.
        #expect(result.stdout.contains("blocks/0: Additional properties are not allowed ('indicatr' was unexpected)"), "\(result.stdout)")
        #expect(!result.stdout.contains("is not valid under any of the given schemas"))
        // Colours carry their pattern, for editors.
        let colour = dir.appendingPathComponent("colour.yaml")
        try "theme:\n  accent: blue\nblocks: []\n".write(to: colour, atomically: true, encoding: .utf8)
        let colourResult = try ExternalTool.run("python3", [ShippedSpecs.path("scripts/validate-specs"), colour.path])
        #expect(colourResult.status == 1 && colourResult.stdout.contains("theme/accent: 'blue' does not match"), "\(colourResult.stdout)")
    }
}

@Suite("Images in specs")
struct SpecImageTests {
    @Test("a PNG and an SVG image are placed with their aspect ratio; the SVG stays vector in the PDF")
    func images() throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/examples/every-block.yaml")
        #expect(!log.hasErrors, "\(log.sorted)")
        let doc = try #require(outputs.first).document
        var images: [A4PScene.Image] = []
        func collect(_ nodes: [A4PScene.Node]) {
            for n in nodes {
                switch n {
                case .image(let i): images.append(i)
                case .group(let g): collect(g.children)
                default: break
                }
            }
        }
        collect(doc.pages[0].nodes)
        #expect(images.map(\.format) == [.png, .svg])
        for i in images { #expect(abs(i.rect.width / i.rect.height - 2) < 0.01, "240×120 keeps 2:1") }
        #expect(images.allSatisfy { $0.altText?.isEmpty == false })
        // In the PDF the PNG is one raster image; the SVG adds none (its shapes are vector paths).
        let dir = try TempDir.make()
        let pdf = try DocumentExport(registry: .standard).write(doc, name: "img", formats: ["pdf"], to: dir)[0]
        let list = try ExternalTool.run("pdfimages", ["-list", pdf.path]).stdout
        #expect(list.split(separator: "\n").count == 3, "header, rule and exactly one image:\n\(list)")
    }

    @Test("an image outside the project or in another format is an error at its path")
    func badImages() throws {
        let outside = SpecFixture.only("blocks:\n  - type: image\n    path: /etc/hostname\n    alt: x\n", rule: "image-outside")
        #expect(outside.first?.position.line == 3)
        let dir = try TempDir.make()
        let spec = dir.appendingPathComponent("s.yaml")
        try Data("x".utf8).write(to: dir.appendingPathComponent("logo.gif"))
        // No data: key: the dataset is found from the current folder (a named one must be inside the project).
        try "blocks:\n  - type: image\n    path: logo.gif\n    alt: x\n".write(to: spec, atomically: true, encoding: .utf8)
        let loaded = try SpecLoader.load(path: spec.path)
        var log = loaded.log
        _ = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(try #require(loaded.spec), log: &log)
        #expect(log.sorted.first { $0.rule == "image-format" }?.message == "images must be PNG or SVG: 'logo.gif'")
    }
}
