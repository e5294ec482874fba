import A4PCairoRenderers
import A4PRender
import Testing
import TestSupport

@Suite("PNG pixels of spec pages")
struct PNGPixelTests {
    @Test("every-block pages and a mission sheet have the pixels cairo's own PNG writer gives")
    func samePixelsAsCairo() throws {
        let (every, _) = try ShippedSpecs.render("Specs/examples/every-block.yaml")
        let (mission, _) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", language: "ar")
        let documents = [every.first, mission.first].compactMap { $0?.document }
        #expect(documents.count == 2)
        let renderer = PNGRenderer(options: RenderOptions(scale: 2))
        var pages = 0
        for doc in documents {
            for (o, c) in zip(try renderer.render(doc), try renderer.renderWithCairoWriter(doc)) {
                let a = try #require(ReferenceImage.decode(o.bytes)), b = try #require(ReferenceImage.decode(c.bytes))
                #expect(a.width == b.width && a.height == b.height && a.format == b.format)
                #expect(a.data == b.data, "page \(pages + 1) differs from cairo's writer")
                #expect(o.bytes.count <= c.bytes.count * 115 / 100, "\(o.bytes.count) bytes against cairo's \(c.bytes.count)")
                pages += 1
            }
        }
        #expect(pages >= 3)
    }
}
