@testable import A4PLayoutSpec
import Testing

/// Review 8 (session 11, a fresh-eyes fact-check of sheets, slides and priority pages): where the
/// reports disagree or say less than a bare mark suggests, the page says so.
@Suite("Review 8: the reports' own limits said on the page")
struct Review8Tests {
    static let languages = FactSheetReview4Tests.languages

    /// `note` is in `text` (both without white space). Arabic text comes out of the layout in visual
    /// runs (numbers and Latin acronyms reordered, lines in their order), so there each word is looked for.
    static func printed(_ note: String, in text: String, _ language: String) -> Bool {
        guard language == "ar" else { return text.contains(note.filter { !$0.isWhitespace }) }
        let words = note.split { $0.isWhitespace || $0.isASCII || "؛،()".contains($0) }.filter { $0.count >= 3 }
        return !words.isEmpty && words.allSatisfy { text.contains($0) }
    }

    /// A mission's sheet in `language`: its pages' laid-out text, without white space.
    static func sheetText(_ mission: String, _ language: String) throws -> String {
        FactSheetReview5Tests.pageTexts(try #require(try FactSheetReview4Tests.sheets(language, only: mission).first)).joined()
    }

    @Test("UNIFIL's checklist does not read as 'no strategy': it is not among the four the 5th report names without one",
          arguments: languages)
    func strategyNotDenied(language: String) throws {
        let text = try Self.sheetText("UNIFIL", language)
        let sentence = try FactSheetReview5Tests.translation("indicator.P1.01a.unreported", language).filter { !$0.isWhitespace }
        #expect(text.contains(sentence), "\(language): the sheet lost the strategy sentence")
        if language == "en" {
            // The sentence before review 8, which beside "no political mandate" reads as "no strategy".
            #expect(!text.contains("Noreportnamesthemissionashaving"), "the old sentence is printed")
            #expect(sentence.contains("Notamongthefourmissions"))
        }
    }

    @Test("P2's CPAS matrix follows the 4th report for UNMIK's cycle 4 and says the 6th report ticks it (seeds 000, 001)",
          arguments: languages)
    func unmikCycle4Disclosed(language: String) throws {
        let text = try PriorityWordsTests.pages("P2", language).joined()
        let note = try FactSheetReview5Tests.translation("P2.p2-06a-matrix.note", language)
        #expect(Self.printed(note, in: text, language), "\(language): the note on UNMIK's cycle 4 is missing")
    }

    @Test("MINUSMA's crimes figures say they are the 5th report's cumulative chart, which its footnote 4 excludes MINUSMA from",
          arguments: languages)
    func minusmaCrimesCaveat(language: String) throws {
        let text = try Self.sheetText("MINUSMA", language)
        let note = try FactSheetReview5Tests.translation("note.crimes.MINUSMA", language)
        #expect(Self.printed(note, in: text, language), "\(language): the crimes table has no caveat")
    }

    @Test("on one mission's sheet a figure is titled for that mission: 'Military units', not 'Military units per mission'",
          arguments: languages)
    func oneMissionTitles(language: String) throws {
        let text = try Self.sheetText("UNISFA", language)
        let own = try FactSheetReview5Tests.translation("indicator.P5.04.one-mission", language)
        let general = language == "en" ? "Military units per mission" : try FactSheetReview5Tests.translation("indicator.P5.04", language)
        #expect(Self.printed(own, in: text, language), "\(language): '\(own)' is missing")
        #expect(!text.contains(general.filter { !$0.isWhitespace }), "\(language): '\(general)' on UNISFA's own sheet")
    }

    @Test("'no political-process or ceasefire-observation mandate' names the mandate in every language (fr, es, ru said 'neither a political process nor ceasefire observation')",
          arguments: languages.filter { $0 != "en" })
    func mandateNamed(language: String) throws {
        let none = try FactSheetReview5Tests.translation("mandate.none", language).lowercased()
        let mandate = ["fr": "mandat", "es": "mandato", "ru": "мандат", "zh": "任务", "ar": "ولاية"][language]!
        #expect(none.contains(mandate), "\(language): '\(none)' does not say '\(mandate)'")
    }
}
