import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14, review 5: no half of a slide stays white over a fifth of its height. A highlight card
/// beside a taller block fills its column, cards side by side end level, a zero sentence beside
/// tiles takes a tile's share of the row, and the shipped slides hold the limit in the lint's measure.
@Suite("Slides fill their columns")
struct SlideColumnFillTests {
    /// The tinted boxes of highlight cards on a page (the theme's faint fill), top to bottom.
    static func cardBoxes(_ nodes: [Node], _ t: Transform = .identity) -> [Rect] {
        nodes.flatMap { node -> [Rect] in
            switch node {
            case .group(let g): return cardBoxes(g.children, g.transform.concatenating(t))
            case .shape(let s) where s.fill == Color(hex: 0xF2F2F2):
                return s.path.bounds.map { t.apply($0) }.map { $0.width > 60 ? [$0] : [] } ?? []
            default: return []
            }
        }.sorted { $0.minY < $1.minY }
    }

    static func page(_ yaml: String) throws -> Page {
        let (out, log) = try Papercut.render(yaml)
        #expect(!log.hasErrors, "\(log.sorted)")
        return try #require(out.first).document.pages[0]
    }

    /// A short card (alone, or the last of a stack) beside a bar chart 300 pt tall.
    static func cardBesideChart(size: String, stacked: Bool) -> String {
        let card = "{type: text, style: highlight, title: Why, text: A short card.}"
        let left = stacked ? "  - {type: stack, span: 4, blocks: [\(card), \(card)]}\n" : "  - {type: text, span: 4, style: highlight, title: Why, text: A short card.}\n"
        return "data: DATA\npage: {size: \(size), rows: aligned}\nblocks:\n" + left
            + "  - {type: bar, span: 8, height: 300, title: New incidents, indicator: P7.03, period: C5}\n"
    }

    @Test("a slide's card beside a taller chart grows down its column, alone or last in a stack; on paper it keeps its words' height",
          arguments: [false, true])
    func cardFillsColumn(stacked: Bool) throws {
        let slide = Self.cardBoxes(try Self.page(Self.cardBesideChart(size: "slide", stacked: stacked)).nodes)
        let paper = Self.cardBoxes(try Self.page(Self.cardBesideChart(size: "A4", stacked: stacked)).nodes)
        #expect(slide.count == (stacked ? 2 : 1) && paper.count == slide.count, "\(slide) \(paper)")
        let grown = try #require(slide.last), kept = try #require(paper.last)
        // The chart is 300 pt: the last card ends at its foot (less its source line), the paper card does not grow.
        #expect(grown.maxY - (slide.first?.minY ?? 0) > 250, "slide: \(slide)")
        #expect(kept.height < 100, "paper: \(paper)")
        if stacked { #expect((slide.first?.height ?? 0) < 100, "the stack's first card keeps its words' height: \(slide)") }
    }

    /// The page's two cards start and end level.
    static func expectLevelPair(_ yaml: String) throws {
        let boxes = cardBoxes(try page(yaml).nodes)
        #expect(boxes.count == 2, "\(boxes)")
        #expect(abs(boxes[0].maxY - boxes[1].maxY) < 0.5 && abs(boxes[0].minY - boxes[1].minY) < 0.5, "\(boxes)")
    }

    @Test("two cards side by side on a slide end level, the shorter grown to the taller")
    func cardsEndLevel() throws {
        let yaml = """
        data: DATA
        page: {size: slide, rows: aligned}
        blocks:
          - {type: text, span: 6, style: highlight, title: One, text: A short card.}
          - {type: text, span: 6, style: highlight, title: Two, text: "A longer card, whose words run over three or four lines of the column at this width, as the handover card of MINUSMA's slide does beside its highlights."}
        """
        try Self.expectLevelPair(yaml)
    }

    @Test("a paper page's row block of two cards ends them level (MINURSO's highlights in ar, ru and zh; review 7)")
    func paperRowCardsEndLevel() throws {
        let yaml = """
        data: DATA
        page: {size: A4, rows: aligned}
        blocks:
          - type: row
            blocks:
              - {type: text, span: 1, style: highlight, title: One, text: A short card.}
              - {type: text, span: 1, style: highlight, title: Two, text: "A longer card, whose words run over three or four lines of the column at this width, as MINURSO's field highlight does beside its political one."}
        """
        try Self.expectLevelPair(yaml)
    }

    @Test("a zero sentence beside two tiles takes a third of the row, the tiles a third each (UNFICYP)")
    func zeroSentenceEvenColumns() throws {
        // UNFICYP, 5th report: 163 events, 41 with women's groups; no SOFA/SOMA incidents, new or on record.
        let yaml = """
        data: DATA
        theme: {big-number-size: 36}
        page: {size: slide, rows: aligned}
        blocks:
          - {type: kpi, span: 3, indicator: P1.05, category: events, mission: UNFICYP, period: C5, caption: Events, trend: false}
          - {type: kpi, span: 3, indicator: P1.05, category: with_womens_groups, mission: UNFICYP, period: C5, caption: Of these with women, trend: false}
          - {type: kpi, span: 3, indicator: P7.03, mission: UNFICYP, period: C5, caption: New incidents, trend: false}
          - {type: kpi, span: 3, indicator: P7.04, mission: UNFICYP, period: C5, caption: Incidents on record, trend: false}
        """
        let runs = MeasureThenPlaceTests.runs(try Self.page(yaml).nodes)
        let text = runs.map(\.run.text).joined(separator: " ")
        // 960 pt, 36 pt margins, 12 columns of 63 pt with 12 pt gutters: a third starts at 336 and 636 pt.
        let second = try #require(runs.first { $0.run.text == "41" }, "\(text)")
        let sentence = try #require(runs.first { $0.run.text.hasPrefix("Cycle 5: no SOFA") || $0.run.text.hasPrefix("No SOFA") }, "\(text)")
        #expect(abs(second.origin.x - 336) < 4, "the second tile starts at a third: \(second.origin.x)")
        #expect(abs(sentence.origin.x - 636) < 4, "the sentence takes the last third: \(sentence.origin.x)")
        #expect(!runs.contains { $0.run.text == "0" }, "\(text)")
    }

    @Test("the shipped mission and key slides leave no half white over the limit (the lint's measure)", arguments: ["en", "zh", "ar"])
    func shippedSlides(language: String) throws {
        let specs = ["factsheet-slide"] + (1...7).map { "P\($0)-key" }
        for name in specs {
            let (outputs, log) = try ShippedSpecs.render("Specs/publication/slides/\(name).yaml", language: language)
            #expect(!log.hasErrors, "\(log.sorted)")
            for output in outputs {
                let page = try #require(output.document.pages.first)
                let share = page.largestSlideColumnVoid / page.size.height
                #expect(share <= Page.columnVoidLimit, "\(output.name): \(share)")
            }
        }
    }
}
