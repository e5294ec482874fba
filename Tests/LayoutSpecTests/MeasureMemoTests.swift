import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import A4PText
import Foundation
import Testing

/// The measurements column balancing and copy-fitting repeat in every trial layout are kept
/// (`TextEngine`'s paragraphs, `DerivedFigures.states`' answers): pure performance, so each shipped
/// sheet must come out exactly as it does when everything is measured afresh.
@Suite("Measure memo: kept paragraphs and stated figures give the layouts measuring afresh gives")
struct MeasureMemoTests {
    /// Sheets column balancing works on (MINURSO en; UNISFA zh, two pages at full type since sheets5:
    /// a column over the void limit before, so their trials lay the same blocks out at the same size
    /// again) and two it leaves alone (UNMOGIP en, and UNMISS ar, right to left, both within the limit
    /// since their hospitals and information-integrity texts are one module each), whose single
    /// layout finds nothing kept. Which sheets balance follows the specs: update this list with them.
    static let sheets = [("MINURSO", "en", true), ("UNMOGIP", "en", false), ("UNISFA", "zh", true), ("UNMISS", "ar", false)]

    func render(_ mission: String, _ language: String, engine: TextEngine, charts: Bool) throws -> ([SpecOutput], [Diagnostic], ChartFrameMemo.Counts) {
        let loaded = try SpecLoader.load(path: ShippedSpecs.path("Specs/publication/missions/factsheet.yaml"))
        var log = loaded.log
        let spec = try #require(loaded.spec)
        var renderer = SpecRenderer(dataset: SpecFixture.dataset, engine: engine)
        renderer.memoisesCharts = charts
        let outputs = renderer.render(spec, language: language, only: mission, log: &log)
        return (outputs, log.diagnostics, renderer.chartMemoCounts)
    }

    @Test("a fact sheet laid out with kept chart frames and paragraphs is the sheet laid out measuring everything afresh, and both memos are hit",
          arguments: sheets)
    func keptEqualsFresh(mission: String, language: String, balanced: Bool) throws {
        let fonts = SpecFixture.engine.fonts
        let keeping = TextEngine(fonts: fonts), fresh = TextEngine(fonts: fonts, keepsParagraphs: false)
        let (kept, keptLog, keptCharts) = try render(mission, language, engine: keeping, charts: true)
        let (alone, aloneLog, aloneCharts) = try render(mission, language, engine: fresh, charts: false)
        let a = try #require(kept.first), b = try #require(alone.first)
        #expect(kept.count == 1 && alone.count == 1)
        #expect(a.document == b.document)
        #expect(a.shown == b.shown)
        #expect(a.assets.map(\.document) == b.assets.map(\.document))
        #expect(keptLog == aloneLog)
        // The trials set the same paragraphs again: most are answered from the cache.
        let counts = keeping.paragraphCounts
        #expect(counts.hits > 0, "hits \(counts.hits), misses \(counts.misses)")
        #expect(fresh.paragraphCounts.hits == 0)
        // A balancing trial lays its chart blocks out from the memo, but where its move changed them;
        // a copy-fitting trial sets another type size, so a theme not seen yet.
        #expect((keptCharts.value.hits > 0) == balanced, "hits \(keptCharts.value.hits), misses \(keptCharts.value.misses)")
        #expect(aloneCharts.value.hits == 0 && aloneCharts.value.misses == 0)
    }

    @Test("a paragraph's key compares bytes: canonically equivalent texts spelt otherwise are set apart")
    func keyComparesBytes() {
        let engine = TextEngine(fonts: SpecFixture.engine.fonts)
        let style = TextStyle(size: 9, language: "fr")
        let composed = "Sécurité des camps", decomposed = "Se\u{301}curite\u{301} des camps"
        #expect(composed == decomposed)   // String's equality: canonical equivalence
        _ = engine.paragraph(composed, style: style, width: 80)
        _ = engine.paragraph(decomposed, style: style, width: 80)
        #expect(engine.paragraphCounts.misses == 2 && engine.paragraphCounts.hits == 0)
        _ = engine.paragraph(composed, style: style, width: 80)
        _ = engine.paragraph(composed, style: style, width: 81)
        _ = engine.paragraph(composed, style: style.with(size: 9.45), width: 80)
        #expect(engine.paragraphCounts.hits == 1 && engine.paragraphCounts.misses == 4)
    }

    @Test("every seed sentence's answer for its own figure and its neighbours is the one found afresh, then kept")
    func statedFiguresOverTheSeeds() {
        let dataset = SpecFixture.dataset
        var asked = 0
        for (key, quote) in dataset.quotes.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            guard case .number(let n, _)? = dataset.observation(key)?.value else { continue }
            for value in [n, n + 1, 0, 1] {
                let fresh = DerivedFigures.findStates(quote.text, value)
                #expect(DerivedFigures.states(quote.text, value) == fresh, "\(key) \(value)")
                let before = DerivedFigures.stated.counts.hits
                #expect(DerivedFigures.states(quote.text, value) == fresh)
                #expect(DerivedFigures.stated.counts.hits > before)
                asked += 1
            }
        }
        #expect(asked > 100)
    }

    @Test("whether a text block quotes nothing is found once per output and block, then kept")
    func emptinessKept() throws {
        let loaded = SpecLoader.parse("page: {size: A4}\nblocks:\n  - {type: text, indicator: P1.04, when-empty: hide}\n", file: "t.yaml")
        let block = try #require(loaded.spec?.blocks.first)
        let memo = LayoutMemo()
        var found = 0
        #expect(memo.empty(block) { found += 1; return true } == true)
        #expect(memo.empty(block) { found += 1; return false } == true)
        #expect(found == 1)
    }
}
