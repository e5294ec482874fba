import A4PCairoRenderers
import A4PRender
import A4PScene
import Foundation
import Testing
import TestSupport

/// The SVG writer against the PNG renderer on real pages: every block kind (charts, tables, the PNG
/// and SVG badge images) and mission sheets in Arabic (right to left, joined letters, marks placed
/// on their bases) and Chinese (CFF outlines from an .otf). Rasterised with rsvg-convert at 72 dpi,
/// compared with the PNG renderer at scale 1 within SVGParity's limits.
@Suite("SVG pages against PNG pages")
struct SVGParityTests {
    static func documents() throws -> [(String, Document)] {
        let (every, _) = try ShippedSpecs.render("Specs/examples/every-block.yaml")
        let (arabic, _) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", language: "ar", only: "UNMISS")
        let (chinese, _) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", language: "zh", only: "UNMISS")
        return [("every-block", every.first), ("mission-ar", arabic.first), ("mission-zh", chinese.first)]
            .compactMap { name, output in output.map { (name, $0.document) } }
    }

    @Test("every-block, Arabic and Chinese mission pages are well-formed and look the same as SVG and as PNG")
    func pagesMatch() throws {
        let documents = try Self.documents()
        #expect(documents.count == 3)
        var pages = 0
        let dir = try TempDir.make("a4p-svg-parity")
        for (name, doc) in documents {
            let svgs = try SVGRenderer(options: RenderOptions()).render(doc)
            let pngs = try PNGRenderer(options: RenderOptions(scale: 1)).render(doc)
            #expect(svgs.count == pngs.count)
            for (i, (svg, png)) in zip(svgs, pngs).enumerated() {
                let label = "\(name)-\(i + 1)"
                let file = dir.appendingPathComponent("\(label).svg")
                try Data(svg.bytes).write(to: file)
                let lint = try ExternalTool.run("xmllint", ["--noout", file.path])
                #expect(lint.status == 0, "\(label): \(lint.stderr)")
                let first = try #require(try SVGParity.compare(svg: svg.bytes, png: png.bytes, name: label, keep: false), "\(label)")
                let ok = SVGParity.passes(first)
                let result = ok ? first : try #require(try SVGParity.compare(svg: svg.bytes, png: png.bytes, name: label, keep: true))
                #expect(ok, "\(label): \(result)")
                if ProcessInfo.processInfo.environment["A4P_PRINT_PARITY"] == "1" { print("SVG parity \(label): \(result)") }
                pages += 1
            }
        }
        #expect(pages >= 4)
    }

    @Test("the Arabic sheet's SVG holds its text in <desc> and its glyphs as outlines of the Arabic font")
    func arabicText() throws {
        let (arabic, _) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", language: "ar", only: "UNMISS")
        let doc = try #require(arabic.first?.document)
        let svg = String(decoding: try SVGRenderer(options: RenderOptions()).render(doc)[0].bytes, as: UTF8.self)
        #expect(svg.contains("xml:lang=\"ar\""))
        let desc = try #require(svg.components(separatedBy: "<desc>").dropFirst().first)
        #expect(desc.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "Arabic letters in <desc>")
        #expect(svg.contains("<use xlink:href=\"#g"), "glyphs drawn as outlines")
        #expect(!svg.contains("<text"), "no live text: viewers without the fonts would draw other shapes")
    }
}
