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
        // Its standing (drawdown under resolution 2690) is in the slide's label, in every language: no
        // optional card has to find room for it (review 4: the Mandate card had given way in all six).
        #expect(text.contains("2690"), "\(language): \(text)")
    }

    @Test("UNMIK's Russian slide keeps its two bottom cards, their shared source printed once")
    func unmikCards() throws {
        let (_, text) = try Self.slide("UNMIK", "ru")
        #expect(text.contains("Психическое здоровье") && text.contains("Дезинформация"), "\(text)")
        // The highlight card's line, and one line for the two cards below it (three without sharing).
        #expect(text.components(separatedBy: "Источник: 6-й доклад").count - 1 == 2, "\(text)")
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

    @Test("a row whose first card must stay gives up its optional cards where the slide has no room (it ran over before)")
    func mixedRowGivesWay() throws {
        // The row of MINURSO's slide once its political highlight followed a newer field highlight:
        // a card that must stay, then optional ones; the optional card here cannot fit at any width.
        let long = String(repeating: "An optional text far too long for the slide. ", count: 60)
        let card = { (title: String, text: String, optional: Bool) in
            "  - {type: text, span: 6, style: highlight, title: \(title), text: \"\(text)\"\(optional ? ", when-no-room: hide" : "")}\n"
        }
        let (out, log) = try Papercut.render("data: DATA\npage: {size: slide, rows: aligned}\nblocks:\n"
            + card("Kept", "A short text that stays.", false) + card("Optional", long, true))
        #expect(!log.hasErrors, "\(log.sorted)")
        let text = Papercut.texts(try #require(out.first).document.pages[0].nodes).joined(separator: " ")
        #expect(text.contains("Kept") && text.contains("A short text that stays."), "\(text)")
        #expect(!text.contains("Optional"), "the optional card gave way: \(text)")
    }

    @Test("a card that must stay is kept, so a row it alone overflows stays an overflow error")
    func requiredCardStillOverflows() throws {
        let long = String(repeating: "A required text far too long for the slide. ", count: 250)
        let (_, log) = try Papercut.render("data: DATA\npage: {size: slide, rows: aligned}\nblocks:\n"
            + "  - {type: text, span: 6, style: highlight, title: Kept, text: \"\(long)\"}\n"
            + "  - {type: text, span: 6, style: highlight, title: Optional, text: Short., when-no-room: hide}\n")
        #expect(log.sorted.contains { $0.rule == "overflow" }, "\(log.sorted)")
    }
}
