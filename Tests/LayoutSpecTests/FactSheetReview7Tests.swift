import A4PCharts
import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review 7 of the fact sheets (brief sheets7): truth first. A yes/no figure the seed qualifies is
/// printed in the seed's words (UNMOGIP has no SRSG and a compact "in lieu" of the plan, 000 fn 2;
/// UNMISS was "developing" its MDMH working group, 000); a number of thousands in a text is grouped
/// as the language groups the figures beside it; the hospitals table's "–" says whose blank cell it is.
@Suite("Fact sheets, review 7: yes/no in the seed's words, numbers grouped, the dash explained")
struct FactSheetReview7Tests {
    static let spec = "Specs/publication/missions/factsheet.yaml"
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]

    /// The sheet's text, every page, without white space (lines of Chinese break between characters)
    /// unless `spaced`.
    static func text(_ mission: String, _ language: String, spaced: Bool = false) throws -> String {
        let (outputs, log) = try ShippedSpecs.render(spec, language: language == "en" ? nil : language, only: mission)
        #expect(!log.hasErrors, "\(mission)-\(language): \(log.sorted)")
        let output = try #require(outputs.first)
        #expect(output.document.pages.count <= 2, "\(mission)-\(language): \(output.document.pages.count) pages")
        let text = output.document.pages.map { MeasureThenPlaceTests.runs($0.nodes).map(\.run.text).joined() }.joined()
        return spaced ? text : text.filter { !$0.isWhitespace }
    }

    /// The text holds the words of `key` in `language`; in Arabic each Arabic word (lines are set in
    /// visual order, so a phrase's words may come in another order).
    static func says(_ text: String, _ key: String, _ language: String) throws -> Bool {
        let words = try #require(SlideContentTests.translations.lookup(key, language: language), "\(key) in \(language)")
        guard language == "ar" else { return text.contains(words.filter { !$0.isWhitespace }) }
        let arabic = words.split { $0 == " " || $0 == "؛" || $0 == "(" || $0 == ")" || $0 == "." || $0 == "،" }
            .filter { $0.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) } }
        #expect(!arabic.isEmpty, "\(key)")
        return arabic.allSatisfy { text.contains($0) }
    }

    static let qualified = [("UNMOGIP", "indicator.P2.01a.answer.UNMOGIP.C4"), ("UNMISS", "indicator.P6.05a.answer.UNMISS.C4"),
                            ("UNFICYP", "indicator.P6.05a.answer.UNFICYP.C6"), ("MONUSCO", "indicator.P2.01a.answer.MONUSCO.C5")]

    @Test("a yes/no the seed qualifies is printed in its words: UNMOGIP's plan (no SRSG, a compact in lieu), UNMISS's working group in development, UNFICYP's in preparation, MONUSCO's plan under development",
          arguments: languages)
    func answersInWords(language: String) throws {
        for (mission, key) in Self.qualified {
            let text = try Self.text(mission, language)
            #expect(try Self.says(text, key, language), "\(mission)-\(language) lacks \(key): \(text)")
        }
    }

    @Test("UNMOGIP's plan is not among the checklist's plain yes answers, nor UNMISS's cycle-4 working group a plain no")
    func noBareAnswer() throws {
        let unmogip = try Self.text("UNMOGIP", "en")
        // The rows every report answers yes lead the list; the plan is not one of them.
        #expect(!unmogip.contains("Cycle4:SRSG-approvedmissionplan"), "\(unmogip)")
        let unmiss = try Self.text("UNMISS", "en")
        #expect(unmiss.contains("MDMH/InformationIntegrityworkinggroupCycle4indevelopment"), "\(unmiss)")
        #expect(!unmiss.contains("workinggroupCycle4no"), "\(unmiss)")
    }

    @Test("UNMIK's checklist says that the reports disagree on its cycle-4 CPAS assessment; no other sheet says it",
          arguments: languages)
    func unmikConflict(language: String) throws {
        #expect(try Self.says(try Self.text("UNMIK", language), "note.sheet-checklist.UNMIK", language), "UNMIK-\(language)")
        if language != "ar" {
            #expect(!(try Self.says(try Self.text("UNMISS", language), "note.sheet-checklist.UNMIK", language)))
        }
    }

    @Test("UNMISS's staff-to-counsellor ratio is grouped as the language groups figures (3,699 / 3 699 / 3.699)",
          arguments: languages)
    func groupedRatio(language: String) throws {
        // With its spaces: French and Russian group thousands with a (narrow) no-break space.
        let text = try Self.text("UNMISS", language, spaced: true)
        let grouped = ValueFormat.number().string(3699, locale: Theme.locale(for: language))
        #expect(grouped != "3699", "\(language): the formatter groups thousands")
        #expect(text.contains(grouped), "\(language): no \(grouped) in \(text)")
        #expect(!text.contains("3699"), "\(language): 3699 ungrouped")
    }

    @Test("UNMISS's hospitals table says what its cycle-4 '–' for Level 2+ is: a blank cell of the 4th report's table",
          arguments: languages)
    func hospitalDash(language: String) throws {
        let text = try Self.text("UNMISS", language)
        #expect(try Self.says(text, "note.hospital-levels.UNMISS", language), "\(language): \(text)")
        // The note is UNMISS's alone.
        if language != "ar" {
            #expect(!(try Self.says(try Self.text("MONUSCO", language), "note.hospital-levels.UNMISS", language)))
        }
    }
}
