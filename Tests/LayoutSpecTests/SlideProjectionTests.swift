import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14, item 5: slides are projected; `when-no-room: hide` fills sparse template pages.
@Suite struct SlideProjectionTests {
    static func runs(_ nodes: [Node]) -> [GlyphRun] {
        nodes.flatMap { node -> [GlyphRun] in
            switch node {
            case .text(let run): [run]
            case .group(let g): runs(g.children)
            default: []
            }
        }
    }

    @Test("on a slide no text is under 11 pt and body text under 14, whatever the type scale; A4 keeps its sizes")
    func projectionFloor() throws {
        let blocks = "blocks:\n  - type: text\n    title: \"A title\"\n    text: \"Body text\"\n"
        for scale in ["", "theme: {type-scale: 0.8}\n"] {
            let (slide, log) = try Papercut.render("data: DATA\n" + scale + "page:\n  size: slide\n  header:\n    title: \"Slide\"\n" + blocks)
            #expect(!log.hasErrors, "\(log.sorted)")
            let runs = Self.runs(try #require(slide.first).document.pages[0].nodes)
            #expect(runs.map(\.size).min() ?? 0 >= 11, "\(runs.map { ($0.text, $0.size) })")
            #expect(runs.first { $0.text.contains("Body") }?.size ?? 0 >= 14)
            #expect(runs.first { $0.text == "A4P+ Reporting" }?.size ?? 0 >= 11, "the footer")
        }
        let (a4, _) = try Papercut.render("data: DATA\n" + blocks)
        let runs = Self.runs(try #require(a4.first).document.pages[0].nodes)
        #expect(runs.first { $0.text == "A4P+ Reporting" }?.size == 6.5, "A4 pages keep the house sizes")
        #expect(runs.first { $0.text.contains("Body") }?.size == 9)
    }

    @Test("when-no-room: hide leaves out a last row that does not fit, with its figures; a row that fits stays")
    func whenNoRoom() throws {
        func spec(spacer: Int, hide: Bool) -> String {
            "data: DATA\npage:\n  size: slide\nblocks:\n  - type: spacer\n    height: \(spacer)\n"
                + "  - type: text\n    style: highlight\n    title: \"Optional\"\n    indicator: P1.04\n    mission: MINUSCA\n    period: C6\n"
                + (hide ? "    when-no-room: hide\n" : "")
        }
        let (left, leftLog) = try Papercut.render(spec(spacer: 430, hide: true))
        #expect(!leftLog.hasErrors, "\(leftLog.sorted)")
        let out = try #require(left.first)
        #expect(!Self.runs(out.document.pages[0].nodes).contains { $0.text.contains("Optional") })
        #expect(out.shown.isEmpty, "a text left out is not counted as shown")

        let (_, errorLog) = try Papercut.render(spec(spacer: 430, hide: false))
        #expect(errorLog.sorted.contains { $0.rule == "overflow" }, "without the key it is an overflow, as before")

        let (kept, keptLog) = try Papercut.render(spec(spacer: 100, hide: true))
        #expect(!keptLog.hasErrors, "\(keptLog.sorted)")
        let shown = try #require(kept.first)
        #expect(Self.runs(shown.document.pages[0].nodes).contains { $0.text.contains("Optional") })
        #expect(!shown.shown.isEmpty)
    }

    @Test("a row of three optional cards with room for two keeps the first two, each across half the row")
    func fewerCards() throws {
        func spec(spacer: Int) -> String {
            let words = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen."
            return "data: DATA\npage: {size: {width: 480, height: 300}, margins: 12, footer: false}\nblocks:\n"
                + "  - type: spacer\n    height: \(spacer)\n"
                + ["First", "Second", "Third"].map {
                    "  - type: text\n    span: 4\n    style: highlight\n    title: \"\($0) card\"\n    text: \"\(words)\"\n    when-no-room: hide\n"
                }.joined()
        }
        // The card titles with their origins on the page (groups here only translate).
        func placed(_ nodes: [Node], _ dx: Double = 0, _ dy: Double = 0) -> [GlyphRun] {
            nodes.flatMap { node -> [GlyphRun] in
                switch node {
                case .text(var run): run.origin = Point(run.origin.x + dx, run.origin.y + dy); return [run]
                case .group(let g): return placed(g.children, dx + g.transform.tx, dy + g.transform.ty)
                default: return []
                }
            }
        }
        func cards(_ spacer: Int) throws -> [GlyphRun] {
            let (out, log) = try Papercut.render(spec(spacer: spacer))
            #expect(!log.hasErrors, "\(log.sorted)")
            return placed(try #require(out.first).document.pages[0].nodes).filter { $0.text.hasSuffix("card") }
        }
        #expect(try cards(100).map(\.text) == ["First card", "Second card", "Third card"])
        let two = try cards(140)
        #expect(two.map(\.text) == ["First card", "Second card"])
        // Side by side on one line, the second starting past the middle of the 456 pt body.
        #expect(two.count == 2 && abs(two[0].origin.y - two[1].origin.y) < 0.5 && two[1].origin.x > 240, "\(two.map(\.origin))")
        #expect(try cards(160).map(\.text) == ["First card"])
        #expect(try cards(200).isEmpty)
    }
}
