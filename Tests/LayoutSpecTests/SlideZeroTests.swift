import A4PCharts
import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14: a slide shows no big 0. A run of zero tiles citing one report is one sentence on the
/// row's hero baseline; the row's other figures keep their tiles; the shipped mission slides print
/// no "0" as a hero in any language.
@Suite("Slides say their zeros in words")
struct SlideZeroTests {
    /// Runs at or above this size are hero numbers (the mission slide's are 36 pt, body text 14–16).
    static let heroSize = 30.0

    static func slideRow(_ tiles: [(indicator: String, mission: String, caption: String)]) throws -> [(run: GlyphRun, origin: Point)] {
        let blocks = tiles.map {
            "  - {type: kpi, span: 4, indicator: \($0.indicator), mission: \($0.mission), period: C5, caption: \($0.caption), trend: false}\n"
        }.joined()
        let (out, log) = try Papercut.render("data: DATA\ntheme: {big-number-size: 36}\npage: {size: slide, rows: aligned}\nblocks:\n" + blocks)
        #expect(!log.hasErrors, "\(log.sorted)")
        return MeasureThenPlaceTests.runs(try #require(out.first).document.pages[0].nodes)
    }

    @Test("a run of zero tiles beside a figure is one sentence on the figure's baseline, the shared source printed once")
    func runBesideFigure() throws {
        // P7.03 cycle 5: UNMISS 125 new incidents; UNFICYP none new and none on record (5th report).
        let runs = try Self.slideRow([("P7.03", "UNMISS", "New at UNMISS"), ("P7.03", "UNFICYP", "New incidents"),
                                      ("P7.04", "UNFICYP", "Incidents on record")])
        let text = runs.map(\.run.text).joined(separator: " ")
        let hero = try #require(runs.first { $0.run.text == "125" }, "\(text)")
        #expect(hero.run.size >= Self.heroSize)
        #expect(!runs.contains { $0.run.text == "0" }, "no zero is printed: \(text)")
        // One clause for the pair on a slide (review 7: "SOFA/SOMA incidents" was said twice).
        #expect(text.contains("No SOFA/SOMA incidents on record, none new in the last six months."), "\(text)")
        let sentence = try #require(runs.first { $0.run.text.hasPrefix("No SOFA/SOMA") }, "\(text)")
        #expect(sentence.run.size < Self.heroSize, "said in body type")
        #expect(abs(sentence.origin.y - hero.origin.y) < 0.5, "on the hero baseline: \(sentence.origin.y) vs \(hero.origin.y)")
        #expect(sentence.origin.x > hero.origin.x + 200, "in the zero tiles' columns, right of the figure: \(sentence.origin.x)")
        #expect(text.components(separatedBy: "Source: A4P+ 5th Progress Report").count == 2, "one source line for the row: \(text)")
    }

    @Test("a zero tile beside a figure of the same report is said in words; the figure stays a hero")
    func differentSources() throws {
        // MINURSO, 5th report: no new SOFA/SOMA incidents, 2 on record.
        let runs = try Self.slideRow([("P7.03", "MINURSO", "New incidents"), ("P7.04", "MINURSO", "Incidents on record")])
        let text = runs.map(\.run.text).joined(separator: " ")
        #expect(runs.contains { $0.run.text == "2" && $0.run.size >= Self.heroSize }, "\(text)")
        #expect(!runs.contains { $0.run.text == "0" }, "\(text)")
        #expect(text.contains("No new SOFA/SOMA incidents in the last six months."), "\(text)")
    }

    @Test("the shipped mission slides print no 0 as a hero; UNDOF and UNFICYP say theirs; UNFICYP shows its 163 events",
          arguments: ["en", "ru", "ar"])
    func shippedSlides(language: String) throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/slides/factsheet-slide.yaml", language: language)
        #expect(!log.hasErrors, "\(log.sorted)")
        #expect(outputs.count == 12)
        // The fact in the indicators' own words (`indicator.P7.04.zero`), not a label list.
        let none = ["en": "no SOFA/SOMA incidents on record", "ru": "зарегистрированных инцидентов по SOFA/SOMA нет",
                    "ar": "حوادث مسجلة"][language]!
        for output in outputs {
            let runs = MeasureThenPlaceTests.runs(output.document.pages[0].nodes).map(\.run)
            let heroes = runs.filter { $0.size >= Self.heroSize }.map(\.text)
            #expect(!heroes.contains("0"), "\(output.name): heroes \(heroes)")
            let text = runs.map(\.text).joined(separator: " ")
            if output.name.contains("UNDOF") || output.name.contains("UNFICYP") {
                #expect(text.contains(none), "\(output.name): no '\(none)' sentence: \(text)")
            }
            if output.name.contains("UNFICYP") {
                #expect(heroes.contains("163") && heroes.contains("41"), "\(output.name): heroes \(heroes)")
            }
        }
    }

    @Test("zero tiles in their indicators' own words: the shared period leads, once; without one, a sentence each")
    func zeroStatementWording() {
        let sentences = ["No new SOFA/SOMA incidents in the last six months", "No SOFA/SOMA incidents on record"]
        #expect(Words.zeroStatement(sentences, captions: ["New SOFA/SOMA incidents, last six months (Cycle 5)", "SOFA/SOMA incidents on record (Cycle 5)"], "en")
                == "Cycle 5: no new SOFA/SOMA incidents in the last six months; no SOFA/SOMA incidents on record.")
        #expect(Words.zeroStatement(sentences, captions: ["New (Cycle 5)", "On record (Cycle 6)"], "en")
                == "No new SOFA/SOMA incidents in the last six months. No SOFA/SOMA incidents on record.")
        #expect(Words.zeroStatement(["过去六个月没有新发生的地位协定事件"], captions: ["新事件（第5周期）"], "zh") == "第5周期：过去六个月没有新发生的地位协定事件。")
    }

    @Test("zero tiles of one period say it once, after 'None', and lower a caption's sentence capital")
    func noneSentenceWording() {
        #expect(Words.noneSentence(["New SOFA/SOMA incidents, last six months (Cycle 5)", "SOFA/SOMA incidents on record (Cycle 5)"], "en")
                == "None (Cycle 5): new SOFA/SOMA incidents, last six months; SOFA/SOMA incidents on record.")
        // Different periods stay with their captions.
        #expect(Words.noneSentence(["New incidents (Cycle 5)", "Incidents on record (Cycle 6)"], "en")
                == "None: new incidents (Cycle 5); incidents on record (Cycle 6).")
        #expect(Words.noneSentence(["新事件（第5周期）", "记录在案的事件（第5周期）"], "zh") == "无（第5周期）：新事件；记录在案的事件。")
    }
}
