@testable import A4PLayoutSpec
@testable import A4PPublication
import A4PRender
import A4PScene
import Foundation
import TestSupport
import Testing

/// Renderers of the test's own, registered under the standard names: the bytes they write say who made them.
struct MarkerPNG: Renderer {
    static let name = "png"
    static let summary = "test PNG"
    let options: RenderOptions
    init(options: RenderOptions) { self.options = options }
    func render(_ document: Document) throws -> [RenderedFile] {
        document.pages.indices.map { RenderedFile(pageIndex: $0, bytes: Array("marker png, 1 of \(document.pages.count) pages, scale \(options.scale)".utf8)) }
    }
}

struct MarkerPDF: Renderer {
    static let name = "pdf"
    static let summary = "test PDF"
    init(options: RenderOptions) {}
    func render(_ document: Document) throws -> [RenderedFile] {
        [RenderedFile(pageIndex: nil, bytes: Array("marker pdf, \(document.pages.count) pages".utf8))]
    }
}

@Suite("Publication renders through the renderer registry")
struct PublicationRegistryTests {
    static func item(_ mission: String, role: String, pages: Int) -> PublicationItem {
        let page = Page(size: Size(200, 100), nodes: [])
        let document = Document(pages: Array(repeating: page, count: pages), metadata: DocumentMetadata(title: mission, subject: "test"))
        return PublicationItem(folder: role == "slide" ? "slides" : "missions", role: role, spec: "Specs/test.yaml",
                               output: SpecOutput(name: "\(mission)-\(role)", missionID: mission, priorityID: nil, language: "en",
                                                  document: document))
    }

    @Test("thumbnails come from the registry's png renderer, combined PDFs from its pdf renderer")
    func thumbnailsAndCombined() throws {
        let registry = RendererRegistry([MarkerPNG.self, MarkerPDF.self])
        let writer = PublicationWriter(formats: ["pdf"], options: RenderOptions(), registry: registry, chartFormats: [])
        let manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(#"{"title": "Test", "sets": []}"#.utf8))
        let out = try TempDir.make("a4p-registry").appendingPathComponent("out")
        let items = [Self.item("MINUSCA", role: "mission", pages: 2), Self.item("MINUSCA", role: "slide", pages: 1)]
        let entries = try writer.write(items, manifest: manifest, to: out)

        func read(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: out.appendingPathComponent(path)), as: UTF8.self)
        }
        // The thumbnail shows the first page only, at 0.68× (2× the gallery's 200 CSS px for A4).
        #expect(try read("thumbnails/missions-MINUSCA-mission.png") == "marker png, 1 of 1 pages, scale 0.68")
        #expect(try read("thumbnails/slides-MINUSCA-slide.png") == "marker png, 1 of 1 pages, scale 0.68")
        // Fact sheet (2 pages) and slide (1) in one PDF, and the whole set.
        #expect(try read("combined/mission-MINUSCA.pdf") == "marker pdf, 3 pages")
        #expect(try read("combined/a4p-publication.pdf") == "marker pdf, 2 pages")
        #expect(entries.contains { $0.path == "combined/mission-MINUSCA.pdf" && $0.folder == "combined" })
    }

    @Test("a registry without png cannot make thumbnails: the export fails and says which format is missing")
    func missingFormat() throws {
        let writer = PublicationWriter(formats: ["pdf"], options: RenderOptions(), registry: RendererRegistry([MarkerPDF.self]), chartFormats: [])
        #expect(throws: RenderError.self) { try writer.thumbnail(of: Self.item("UNMISS", role: "mission", pages: 1).output.document) }
        #expect(try writer.combinedPDF(Document(pages: [])) == Array("marker pdf, 0 pages".utf8))
    }
}

@Suite("Transparent chart assets")
struct TransparentExportTests {
    @Test("export --transparent clears the chart assets' background only: pages stay on white")
    func pagesStayWhite() {
        let writer = PublicationWriter(formats: ["png"], options: RenderOptions(scale: 2, transparent: true))
        #expect(writer.pageOptions.transparent == false)
        #expect(writer.pageOptions.scale == 2)
        #expect(writer.options.transparent)
    }
}
