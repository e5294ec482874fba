import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// The copy-fitting trials of an output share one `LayoutMemo` (chart bindings, report names) and
/// chart assets get their CSV after the trials: pure performance, so every decision and byte must be
/// what each layout working on its own gives.
@Suite("Layout memo: trial layouts share bindings and report names, with the same result")
struct LayoutMemoTests {
    /// Fact sheets that take each copy-fitting path: shrunk to one page (UNFICYP fr, MINURSO zh), two
    /// pages (MONUSCO en), grown (UNISFA zh), right to left with translated report names (UNMISS ar).
    static let sheets = [("UNFICYP", "fr"), ("MINURSO", "zh"), ("MONUSCO", "en"), ("UNISFA", "zh"), ("UNMISS", "ar")]

    func render(_ mission: String, _ language: String, shared: Bool) throws -> ([SpecOutput], [Diagnostic]) {
        let loaded = try SpecLoader.load(path: ShippedSpecs.path("Specs/publication/missions/factsheet.yaml"))
        var log = loaded.log
        let spec = try #require(loaded.spec)
        var renderer = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine)
        renderer.sharesLayoutMemo = shared
        let outputs = renderer.render(spec, language: language, only: mission, log: &log)
        return (outputs, log.diagnostics)
    }

    @Test("a fact sheet laid out with one memo for all its trials is the sheet laid out without sharing: pages, assets, coverage, messages",
          arguments: sheets)
    func sharedEqualsUnshared(mission: String, language: String) throws {
        let (shared, sharedLog) = try render(mission, language, shared: true)
        let (alone, aloneLog) = try render(mission, language, shared: false)
        let a = try #require(shared.first), b = try #require(alone.first)
        #expect(shared.count == 1 && alone.count == 1)
        #expect(a.document == b.document)
        #expect(a.shown == b.shown)
        #expect(a.fallbacks == b.fallbacks)
        #expect(a.assets.map(\.id) == b.assets.map(\.id))
        #expect(a.assets.map(\.document) == b.assets.map(\.document))
        #expect(a.assets.map(\.csv) == b.assets.map(\.csv))
        #expect(sharedLog == aloneLog)
        #expect(!a.assets.isEmpty)
    }

    @Test("chart assets get their CSV after copy-fitting: a header and one line per figure, as ChartAsset.csv writes it")
    func assetsCarryCSV() throws {
        let (outputs, _) = try render("UNISFA", "zh", shared: true)
        let assets = try #require(outputs.first?.assets)
        #expect(!assets.isEmpty)
        for asset in assets {
            #expect(asset.csv == ChartAsset.csv(asset.observations, dataset: SpecFixture.dataset))
            #expect(asset.csv.hasPrefix("indicator,mission,category,period,state,value,source\n"))
            #expect(asset.csv.split(separator: "\n").count == asset.observations.count + 1)
        }
    }

    @Test("a report name is made once per output, then read from the memo")
    func reportNameMadeOnce() throws {
        let memo = LayoutMemo()
        var made = 0
        let first = memo.reportName("A4P+ Reporting") { made += 1; return "[\($0)]" }
        let again = memo.reportName("A4P+ Reporting") { made += 1; return "other \($0)" }
        #expect(first == "[A4P+ Reporting]" && again == first && made == 1)
    }
}
