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
}
