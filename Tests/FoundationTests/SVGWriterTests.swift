@testable import A4PCairoRenderers
import A4PRender
import A4PScene
import Foundation
import Testing
import TestSupport

/// The SVG writer on hand-built scenes (what each scene feature becomes) and on the type specimen
/// (every script the fonts cover): well-formed, deterministic, one definition per glyph.
@Suite("SVG writer")
struct SVGWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A chart-like page: a clipped, translated plot with a dashed and a solid line, a half-opaque
    /// band, a translucent fill, round caps and bevel joins, a PNG and an SVG image, and a link.
    static func chartPage() throws -> Page {
        let png = try [UInt8](Data(contentsOf: root.appendingPathComponent("Specs/assets/a4p-badge.png")))
        let svg = try [UInt8](Data(contentsOf: root.appendingPathComponent("Specs/assets/a4p-badge.svg")))
        let plot = Group(transform: .translation(40, 30), clip: .rect(Rect(x: 0, y: 0, width: 200, height: 120)), children: [
            .shape(Shape(path: .rect(Rect(x: -20, y: 60, width: 260, height: 40)), fill: Color(hex: 0x009EDB, alpha: 0.4))),
            .shape(Shape(path: .polyline([Point(-10, 110), Point(60, 20), Point(120, 70), Point(230, -10)]),
                         stroke: Stroke(color: Color(hex: 0x1A1A1A), width: 3, dash: [8, 4], cap: .round, join: .bevel))),
            .shape(Shape(path: .polyline([Point(0, 100), Point(100, 40), Point(200, 90)]),
                         stroke: Stroke(color: Color(hex: 0xE5A000), width: 6))),
            .group(Group(opacity: 0.5, children: [.shape(Shape(path: .circle(center: Point(150, 60), radius: 30),
                                                               fill: Color(hex: 0x6C2C8C), stroke: Stroke(color: .black, width: 2)))])),
        ])
        return Page(size: Size(320, 240), nodes: [
            .group(plot),
            .shape(Shape(path: .rect(Rect(x: 40, y: 30, width: 200, height: 120)), stroke: Stroke(color: .black, width: 0.5))),
            .image(Image(rect: Rect(x: 250, y: 160, width: 60, height: 60), format: .png, data: png)),
            .image(Image(rect: Rect(x: 20, y: 170, width: 120, height: 50), format: .svg, data: svg)),
            .link(Link(rect: Rect(x: 20, y: 170, width: 120, height: 50), target: .uri("https://example.org/a?b=1&c=2"))),
            .anchor(Anchor(name: "top", point: Point(0, 0))),
        ])
    }

    static func svg(_ page: Page) throws -> String {
        String(decoding: try SVGRenderer(options: RenderOptions()).render(Document(pages: [page]))[0].bytes, as: UTF8.self)
    }

    @Test("groups, clips, dashes, opacity and images become the SVG attributes cairo's drawing matches")
    func chartElements() throws {
        let svg = try Self.svg(Self.chartPage())
        #expect(svg.contains(#"<clipPath id="c1"><path d="M0 0L200 0L200 120L0 120Z"/></clipPath>"#))
        #expect(svg.contains(#"<g transform="matrix(1 0 0 1 40 30)" clip-path="url(#c1)">"#))
        #expect(svg.contains(##"fill="#009EDB" fill-opacity="0.4""##))
        #expect(svg.contains(##"stroke="#1A1A1A" stroke-width="3" stroke-linecap="round" stroke-linejoin="bevel" stroke-dasharray="8 4""##))
        #expect(svg.contains(##"stroke="#E5A000" stroke-width="6" stroke-miterlimit="10"/>"##), "cairo's miter limit, not SVG's 4")
        #expect(svg.contains(#"<g opacity="0.5">"#))
        #expect(svg.contains(#"<image x="250" y="160" width="60" height="60" preserveAspectRatio="none" xlink:href="data:image/png;base64,iVBORw0KGgo"#))
        #expect(svg.contains(#"xlink:href="data:image/svg+xml;base64,"#))
        #expect(!svg.contains("<a ") && !svg.contains("example.org"), "cairo's SVG surface wrote no links; neither does the writer")
        #expect(svg.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
            + #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="320pt" height="240pt" viewBox="0 0 320 240" version="1.1">"#))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test("the chart page rasterised by rsvg-convert matches the PNG renderer's pixels")
    func chartPixels() throws {
        let page = try Self.chartPage()
        let doc = Document(pages: [page])
        let svg = try SVGRenderer(options: RenderOptions()).render(doc)[0].bytes
        let png = try PNGRenderer(options: RenderOptions(scale: 1)).render(doc)[0].bytes
        let first = try #require(try SVGParity.compare(svg: svg, png: png, name: "chart", keep: false))
        let ok = SVGParity.passes(first, SVGParity.textFree)
        let result = ok ? first : try #require(try SVGParity.compare(svg: svg, png: png, name: "chart", keep: true))
        #expect(ok, "\(result)")
        if ProcessInfo.processInfo.environment["A4P_PRINT_PARITY"] == "1" { print("SVG parity chart: \(result)") }
    }

    @Test("the parity check fails when the dash pattern or the clip is lost", arguments: ["dash", "clip"])
    func parityNotices(loss: String) throws {
        let page = try Self.chartPage()
        let png = try PNGRenderer(options: RenderOptions(scale: 1)).render(Document(pages: [page]))[0].bytes
        guard case .group(var plot) = page.nodes[0] else { Issue.record("no plot group"); return }
        if loss == "clip" {
            plot.clip = nil
        } else if case .shape(var line) = plot.children[1] {
            line.stroke?.dash = []  // drawn solid
            plot.children[1] = .shape(line)
        }
        var damaged = page
        damaged.nodes[0] = .group(plot)
        let svg = try SVGRenderer(options: RenderOptions()).render(Document(pages: [damaged]))[0].bytes
        let result = try #require(try SVGParity.compare(svg: svg, png: png, name: "damaged", keep: false))
        #expect(!SVGParity.passes(result, SVGParity.textFree), "\(result)")
        if ProcessInfo.processInfo.environment["A4P_PRINT_PARITY"] == "1" { print("SVG parity without the \(loss): \(result)") }
    }

    @Test("a title and description of the page's text, then figures, follow the root element; xml:lang on it")
    func metadata() throws {
        let figure = Group(children: [.shape(Shape(path: .rect(Rect(x: 1, y: 2, width: 10, height: 5)), fill: .black))],
                           altText: "Ten < by > five", name: "Box & co", role: .figure)
        let page = Page(size: Size(100, 50), nodes: [.group(figure)])
        let bytes = try SVGRenderer(options: RenderOptions()).renderPage(page, index: 0, title: "A & B", language: "fr")
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(svg.contains(#"version="1.1" xml:lang="fr">"# + "\n<title>A &amp; B</title>\n<desc>Ten &lt; by &gt; five</desc>"
            + "\n<g role=\"img\"><title>Box &amp; co</title><desc>Ten &lt; by &gt; five</desc>"))
        #expect(svg.contains("</g>\n<path d=\"M1 2L11 2L11 7L1 7Z\" fill=\"#000000\"/>\n</svg>\n"))
        let quoted = try SVGRenderer(options: RenderOptions()).renderPage(page, index: 0, title: nil, language: "x\"><a")
        #expect(String(decoding: quoted, as: UTF8.self).contains(#"xml:lang="x&quot;&gt;&lt;a">"#), "a language cannot break out of its attribute")
    }

    @Test("what cairo refuses fails the page as cairo did: a negative or all-zero dash, a singular transform")
    func cairoErrors() throws {
        let line = Path.line(from: Point(0, 0), to: Point(10, 10))
        for dash in [[-1.0, 2], [0.0, 0]] {
            let page = Page(size: Size(10, 10), nodes: [.shape(Shape(path: line, stroke: Stroke(color: .black, dash: dash)))])
            #expect { try Self.svg(page) } throws: { "\($0)" == "page 1: invalid value for a dash setting" }
        }
        let flat = Page(size: Size(10, 10), nodes: [.group(Group(transform: .scale(0, 1), children: []))])
        #expect { try Self.svg(flat) } throws: { "\($0)" == "page 1: invalid matrix (not invertible)" }
    }

    @Test("a path cairo accepts but SVG's grammar would not starts with a move; a leading close is dropped")
    func pathRepairs() {
        var out: [UInt8] = []
        SVGPathData.append(Path([.close, .line(Point(1, 2)), .line(Point(3, 4)), .close]), decimals: 2, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "M1 2L3 4Z")
        out = []
        SVGPathData.append(Path([.cubic(Point(1, 1), Point(2, 2), Point(3, 0))]), decimals: 2, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "M1 1C1 1 2 2 3 0")
    }

    @Test("coordinates under a scaling transform keep 0.01 pt on the page")
    func scaledPrecision() {
        #expect(SVGWriter.decimals(forScale: 0.5) == 2)
        #expect(SVGWriter.decimals(forScale: 1) == 2)
        #expect(SVGWriter.decimals(forScale: 10) == 3)
        #expect(SVGWriter.decimals(forScale: 250) == 5)
        #expect(SVGWriter.decimals(forScale: 1e9) == 6)
        #expect(SVGWriter.decimals(forScale: .nan) == 2)
    }
}

/// The specimen (Latin, Arabic, Chinese, symbols, math) through the writer.
@Suite("SVG writer on the specimen")
struct SVGSpecimenTests {
    static func pages() throws -> [[UInt8]] { try Fixtures.render(Fixtures.specimen, "svg") }

    @Test("two renders, and two at once on two threads, give the same bytes")
    func deterministic() async throws {
        let first = try Self.pages()
        #expect(try Self.pages() == first)
        async let a = Task.detached { try Self.pages() }.value
        async let b = Task.detached { try Self.pages() }.value
        let (x, y) = try await (a, b)
        #expect(x == first && y == first)
    }

    @Test("xmllint accepts every page; glyph ids are defined once and every <use> names one")
    func wellFormed() throws {
        let dir = try TempDir.make("a4p-svg-xml")
        for (i, bytes) in try Self.pages().enumerated() {
            let url = dir.appendingPathComponent("page-\(i + 1).svg")
            try Data(bytes).write(to: url)
            let lint = try ExternalTool.run("xmllint", ["--noout", url.path])
            #expect(lint.status == 0, "\(lint.stderr)")
            let svg = String(decoding: bytes, as: UTF8.self)
            let ids = Self.values(of: " id=\"", in: svg)
            #expect(Set(ids).count == ids.count, "duplicate ids")
            let glyphs = ids.filter { $0.hasPrefix("g") }
            #expect(glyphs.count > 100, "the specimen's glyphs are defined")
            let used = Set(Self.values(of: "xlink:href=\"#", in: svg))
            #expect(used == Set(glyphs), "every glyph defined is used and every use is defined")
        }
    }

    @Test("rsvg-convert's raster of the specimen matches the PNG renderer's")
    func pixels() throws {
        let pngs = try Fixtures.render(Fixtures.specimen, "png", scale: 1)
        for (i, (svg, png)) in zip(try Self.pages(), pngs).enumerated() {
            let first = try #require(try SVGParity.compare(svg: svg, png: png, name: "specimen-\(i + 1)", keep: false))
            let ok = SVGParity.passes(first)
            let result = ok ? first : try #require(try SVGParity.compare(svg: svg, png: png, name: "specimen-\(i + 1)", keep: true))
            #expect(ok, "page \(i + 1): \(result)")
            if ProcessInfo.processInfo.environment["A4P_PRINT_PARITY"] == "1" { print("SVG parity specimen: \(result)") }
        }
    }

    /// The attribute values that follow each `prefix` up to the next quote.
    static func values(of prefix: String, in svg: String) -> [String] {
        svg.components(separatedBy: prefix).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
