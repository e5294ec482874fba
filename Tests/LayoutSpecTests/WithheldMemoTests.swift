import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// `same-in-every-language` lays a slide out in every language, and again for each optional block it
/// tries to give back; the trials of one language share a memo (`withheldExtras`' `memoised`). Pure
/// performance: the blocks withheld, so every page, must be those of trials that each measure afresh.
@Suite("Withheld blocks: a language's trials share a memo, with the same slides")
struct WithheldMemoTests {
    /// UNISFA's slide tries three blocks back after its six first layouts; MONUSCO's and UNMISS's are
    /// right to left and French, where other blocks give way.
    static let slides = [("UNISFA", "en"), ("UNISFA", "ar"), ("MONUSCO", "fr"), ("UNMISS", "zh")]

    func render(_ mission: String, _ language: String, memo: Bool) throws -> ([SpecOutput], [Diagnostic]) {
        let loaded = try SpecLoader.load(path: ShippedSpecs.path("Specs/publication/slides/factsheet-slide.yaml"))
        var log = loaded.log
        let spec = try #require(loaded.spec)
        #expect(spec.page.sameInEveryLanguage)
        var renderer = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine)
        renderer.sharesLayoutMemo = memo
        renderer.memoisesCharts = memo
        let outputs = renderer.render(spec, language: language, only: mission, log: &log)
        return (outputs, log.diagnostics)
    }

    @Test("a slide whose withheld blocks were chosen by trials sharing a memo is the slide chosen by trials measuring afresh",
          arguments: slides)
    func memoisedEqualsFresh(mission: String, language: String) throws {
        let (kept, keptLog) = try render(mission, language, memo: true)
        let (fresh, freshLog) = try render(mission, language, memo: false)
        let a = try #require(kept.first), b = try #require(fresh.first)
        #expect(kept.count == 1 && fresh.count == 1)
        #expect(a.document == b.document)
        #expect(a.shown == b.shown)
        #expect(a.fallbacks == b.fallbacks)
        #expect(keptLog == freshLog)
        #expect(!a.document.pages.isEmpty)
    }
}
