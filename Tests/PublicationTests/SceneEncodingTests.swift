@testable import A4PPublication
import A4PRender
import A4PScene
import Foundation
import Testing

/// The incremental export trusts `SceneEncoding` to see every difference a renderer could see.
@Suite("scene encoding for the render record")
struct SceneEncodingTests {
    static func run(_ text: String = "A4P", size: Double = 10, x: Double = 0) -> GlyphRun {
        GlyphRun(font: FontReference(path: "/fonts/a.ttf", postScriptName: "A"), size: size, origin: Point(x, 20),
                 glyphs: [Glyph(id: 3, x: 0, y: 0)], text: text, clusters: [TextCluster(byteCount: 3, glyphCount: 1)],
                 isRightToLeft: false, color: .black, advance: 20, ascent: 8, descent: 2)
    }

    static func document(_ nodes: [Node], title: String = "t") -> Document {
        Document(pages: [Page(size: Size(100, 100), nodes: nodes)], metadata: DocumentMetadata(title: title))
    }

    static func bytes(_ d: Document) -> [UInt8] {
        var e = SceneEncoding()
        e.add(d)
        return e.bytes
    }

    @Test("every stored property of every scene type is encoded: a new field fails here until SceneEncoding writes it")
    func fieldCounts() {
        // The count of fields SceneEncoding writes for each type; update both together.
        let path = Path.rect(Rect(x: 0, y: 0, width: 1, height: 1))
        let expected: [(Any, Int)] = [
            (Document(pages: []), 3), (DocumentMetadata(), 7), (Page(size: Size(1, 1)), 3), (OutlineItem(title: "", destination: ""), 4),
            (Group(), 7), (Shape(path: path), 3), (Stroke(color: .black), 5), (Image(rect: Rect(x: 0, y: 0, width: 1, height: 1), data: []), 4),
            (Link(rect: Rect(x: 0, y: 0, width: 1, height: 1), target: .uri("")), 2), (Anchor(name: "", point: .zero), 2),
            (Self.run(), 11), (FontReference(path: "", postScriptName: ""), 3), (Glyph(id: 0, x: 0, y: 0), 3),
            (TextCluster(byteCount: 0, glyphCount: 0), 2), (Color.black, 4), (Transform.identity, 6), (path, 1),
            (Point.zero, 2), (Size(1, 1), 2), (Rect(x: 0, y: 0, width: 1, height: 1), 4), (RenderOptions(), 4),
        ]
        for (value, count) in expected {
            #expect(Mirror(reflecting: value).children.count == count, "\(type(of: value)) has a field SceneEncoding does not know")
        }
    }

    @Test("a difference anywhere in the scene changes the bytes; the same scene gives the same bytes")
    func differences() {
        let base = Self.document([.text(Self.run())])
        #expect(Self.bytes(base) == Self.bytes(Self.document([.text(Self.run())])))
        let variants = [
            Self.document([.text(Self.run("A4Q"))]), Self.document([.text(Self.run(size: 10.000001))]),
            Self.document([.text(Self.run(x: -0.0001))]), Self.document([.text(Self.run())], title: "u"),
            Self.document([.group(Group(children: [.text(Self.run())]))]),
            Self.document([.text(Self.run()), .anchor(Anchor(name: "a", point: .zero))]),
            Self.document([.image(Image(rect: Rect(x: 0, y: 0, width: 1, height: 1), data: [1]))]),
        ]
        var seen: Set<[UInt8]> = [Self.bytes(base)]
        for v in variants { #expect(seen.insert(Self.bytes(v)).inserted, "\(v)") }
        var e = SceneEncoding()
        e.add(base)
        #expect(e.fonts == ["/fonts/a.ttf"], "the font files a scene names are digested with it")
    }
}
