@testable import A4PCairoRenderers
import A4PScene
import Testing

@Suite("SVG finishing")
struct SVGFinishTests {
    @Test("every surface id becomes surface1; other ids and text stay; title and desc follow the root element")
    func renumbers() {
        let svg = #"<?xml version="1.0"?><svg a="1"><g id="surface12"><g id="surface7"/><g id="surface"/><path id="glyph0-1"/>id="surface3x"</g></svg>"#
        let page = Page(size: Size(10, 10), nodes: [])
        let out = String(decoding: SVGRenderer.finish(Array(svg.utf8), page: page, title: "A & B"), as: UTF8.self)
        #expect(out == #"<?xml version="1.0"?><svg a="1">"# + "\n<title>A &amp; B</title>"
            + #"<g id="surface1"><g id="surface1"/><g id="surface"/><path id="glyph0-1"/>id="surface3x"</g></svg>"#)
        #expect(SVGRenderer.renumberSurfaces(Array("no ids".utf8)) == Array("no ids".utf8))
    }
}
