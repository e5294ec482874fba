import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14: hero numbers of one row sit on one baseline, also when the spec gives the tiles a
/// height taller than they measure (a tile centres its number and caption in its box, so a tile
/// with a shorter caption drew its number lower: P5's "7" and "2" were 5.6 pt apart).
@Suite("Hero baselines: one row, one baseline")
struct HeroBaselineTests {
    /// The baselines of the runs of `size` pt or more that start with a digit, on page `page`.
    static func heroBaselines(_ nodes: [Node], size: Double) -> [(text: String, y: Double)] {
        MeasureThenPlaceTests.runs(nodes)
            .filter { $0.run.size >= size && $0.run.text.unicodeScalars.first.map(CharacterSet.decimalDigits.contains) == true }
            .map { ($0.run.text, $0.origin.y) }
    }

    @Test("two tiles given a height, one caption of one line and one of four: their numbers share a baseline within 0.5 pt")
    func tallTiles() throws {
        let yaml = """
            data: \(SpecFixture.dataPath)
            page: {size: A4, rows: aligned}
            blocks:
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 4, height: 118, trend: false,
                 caption: "A caption long enough to wrap over three or four lines of a narrow tile, as a long label does"}
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 4, height: 118, trend: false, caption: "Short"}
            """
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        let page = try #require(outputs.first?.document.pages.first)
        let heroes = Self.heroBaselines(page.nodes, size: 20)
        #expect(heroes.count == 2, "\(heroes)")
        let ys = heroes.map(\.y)
        #expect((ys.max() ?? 0) - (ys.min() ?? 0) <= 0.5, "hero baselines \(heroes)")
    }

    @Test("P5 page 1: the '7' and '2' tiles (height 118) share a baseline", arguments: ["fr", "es", "zh"])
    func priorityFive(language: String) throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/priorities/P5.yaml", language: language)
        #expect(!log.hasErrors, "\(log.sorted.prefix(3))")
        let page = try #require(outputs.first?.document.pages.first)
        let heroes = Self.heroBaselines(page.nodes, size: 20).filter { $0.text == "7" || $0.text == "2" }
        #expect(heroes.count == 2, "\(heroes)")
        let ys = heroes.map(\.y)
        #expect((ys.max() ?? 0) - (ys.min() ?? 0) <= 0.5, "hero baselines \(heroes)")
    }
}
