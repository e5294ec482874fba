import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14: a Russian slide whose title takes two lines says what the other languages say. A row of
/// figures with no room takes it from optional cards above it; cards citing one source print it once.
@Suite("Slides that fit in every language")
struct SlideFitTests {
    static func slide(_ mission: String, _ language: String) throws -> (heroes: [String], text: String) {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/slides/factsheet-slide.yaml", language: language, only: mission)
        #expect(!log.hasErrors, "\(log.sorted)")
        let runs = MeasureThenPlaceTests.runs(try #require(outputs.first).document.pages[0].nodes).map(\.run)
        return (runs.filter { $0.size >= 30 }.map(\.text), runs.map(\.text).joined(separator: " "))
    }

    @Test("MINUSMA's slide prints its 174 / 43 / 10 in every language, Russian too", arguments: ["en", "fr", "ru", "zh", "ar"])
    func minusmaFigures(language: String) throws {
        let (heroes, text) = try Self.slide("MINUSMA", language)
        #expect(["174", "43", "10"].allSatisfy(heroes.contains), "\(language): heroes \(heroes)")
        // Russian: the third card gave way to the figures, and the Mandate card left out before comes back.
        if language == "ru" { #expect(text.contains("Мандат") && text.contains("2690"), "\(text)") }
    }

    @Test("UNMIK's Russian slide keeps its Mandate card, with the other two cards' shared source printed once")
    func unmikMandate() throws {
        let (_, text) = try Self.slide("UNMIK", "ru")
        #expect(text.contains("Мандат"), "\(text)")
        #expect(text.contains("Политический процесс"), "the card's text: \(text)")
    }

    @Test("two cards citing one report print its source line once on a slide, under each on paper")
    func cardsShareSource() throws {
        func sources(_ size: String) throws -> Int {
            // UNMIK's and UNIFIL's information-integrity texts, both from the 6th report.
            let card = { (m: String) in "  - {type: text, span: 6, style: highlight, title: \(m), indicator: P6.08, mission: \(m), period: C6}\n" }
            let (out, log) = try Papercut.render("data: DATA\npage: {size: \(size), rows: aligned}\nblocks:\n" + card("UNMIK") + card("UNIFIL"))
            #expect(!log.hasErrors, "\(log.sorted)")
            let text = Papercut.texts(try #require(out.first).document.pages[0].nodes).joined(separator: " ")
            return text.components(separatedBy: "Source: A4P+ 6th Progress Report").count - 1
        }
        #expect(try sources("slide") == 1)
        #expect(try sources("A4") == 2)
    }
}
