@testable import A4PCairoRenderers
import A4PScene
import Foundation
import Testing

@Suite("Structure and print passes, unit by unit")
struct StructureUnitTests {
    static func rewrite(_ s: String) -> (String, Bool) {
        let r = ContentColours.cmyk(Array(s.utf8), { r, g, b in [r, g, b, 0.5] }, isSpot: { r, g, b in r == 0 && g == 0.619608 && b == 0.858824 })
        return (String(decoding: r.bytes, as: UTF8.self), r.usesSpot)
    }

    @Test("rg and RG become k and K; UN blue the spot colour; strings, hex strings, names and dictionaries are left alone")
    func contentColours() {
        #expect(Self.rewrite("0.1 0.2 0.3 rg 1 w\n0.4 0.5 0.6 RG") == ("0.1 0.2 0.3 0.5 k 1 w\n0.4 0.5 0.6 0.5 K", false))
        #expect(Self.rewrite("0 0.619608 0.858824 rg /a0 gs") == ("/UNBlue cs 1 scn /a0 gs", true))
        #expect(Self.rewrite("0 0.619608 0.858824 RG") == ("/UNBlue CS 1 SCN", true))
        // Text that reads like an operator, a string with escaped and nested parentheses, a dictionary with a hex string.
        let text = "BT (1 2 3 rg) Tj (a \\) 1 2 3 rg (b)) Tj [(x)20(1 2 3 RG)]TJ ET /Span << /ActualText <feff0066> >> BDC /rg1 gs"
        #expect(Self.rewrite(text) == (text, false))
        // Only three numbers right before the operator count.
        #expect(Self.rewrite("/x 0.2 0.3 rg") == ("/x 0.2 0.3 rg", false))
        #expect(ContentColours.number(0.25) == "0.25" && ContentColours.number(1) == "1" && ContentColours.number(0.12345) == "0.1235")
    }

    @Test("an SVG figure's area is its bounds through every transform above it, in page coordinates")
    func svgFigureArea() {
        let figure = Group(children: [.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 10, height: 5)), fill: Color(hex: 0)))],
                           altText: "Ten by five", name: "Box", role: .figure)
        let page = Page(size: Size(100, 100), nodes: [.group(Group(transform: .translation(20, 30), children: [
            .group(Group(transform: .translation(1, 2), children: [.group(figure)])),
            .tagged(.paragraph, []),
        ]))])
        let figures = SVGFigures.figures(on: page)
        #expect(figures == [SVGFigures.Figure(title: "Box", description: "Ten by five", area: Rect(x: 21, y: 32, width: 10, height: 5))])
        #expect(SVGFigures.markup(figures) == "\n<g role=\"img\"><title>Box</title><desc>Ten by five</desc><rect x=\"21.00\" y=\"32.00\" width=\"10.00\" height=\"5.00\" fill=\"none\"/></g>")
    }

    @Test("the PDF post-pass refuses a tree whose figures do not match what was drawn")
    func figureCountMismatch() throws {
        let page = Page(size: Size(100, 100), nodes: [.tagged(.figure, [.shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 5, height: 5)), fill: Color(hex: 0)))], altText: "A square")])
        let pdf = try PDFRenderer(options: .init()).render(Document(pages: [page], metadata: DocumentMetadata(language: "fr")))[0].bytes
        #expect(throws: (any Error).self) { try PDFStructure.finish(pdf, alts: ["one", "two"], language: "fr") }
        let again = try PDFStructure.finish(pdf, alts: ["Un carré"], language: "fr")
        #expect(again == (try PDFStructure.finish(pdf, alts: ["Un carré"], language: "fr")), "same bytes")
    }
}
