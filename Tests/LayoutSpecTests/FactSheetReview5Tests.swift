import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review 5 of the fact sheets (brief sheets5, issue 14): figures dated as their seed dates them, a
/// checklist line that agrees with the highlights, the hospitals in one place, the same content in
/// every language at the template's type size, and no column left white over a fifth of the page.
@Suite("Fact sheets, review 5: dated as the seed, hospitals once, same content, no column void")
struct FactSheetReview5Tests {
    static let languages = FactSheetReview4Tests.languages
    static let hospitalMissions = ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNIFIL", "UNISFA", "UNMISS"]

    /// The text of `key` in Translations/<language>.yaml (English for en), as the sheet prints it.
    static func translation(_ key: String, _ language: String) throws -> String {
        let file = try String(contentsOfFile: "Translations/\(language).yaml", encoding: .utf8)
        let line = try #require(file.split(separator: "\n").first { $0.hasPrefix("\(key): ") }, "\(key) in \(language)")
        return String(line.dropFirst(key.count + 2)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    /// Each page's laid-out text, in order, without white space (lines break inside labels).
    static func pageTexts(_ output: SpecOutput) -> [String] {
        output.document.pages.map { Papercut.texts($0.nodes).joined().filter { !$0.isWhitespace } }
    }

    @Test("a figure dated otherwise than its indicator's title is printed without the title's period: UNTSO's injured observers, March 2024",
          arguments: ["en", "fr", "es", "zh"])
    func untsoOnePeriod(language: String) throws {
        let output = try #require(try FactSheetReview4Tests.sheets(language, only: "UNTSO").first)
        let text = Self.pageTexts(output).joined()
        let mapPeriod = ["en": "Oct2023–Aug2024", "fr": "oct.2023–août2024", "es": "oct.2023–ago.2024", "zh": "2023年10月至2024年8月"][language]!
        #expect(!text.contains(mapPeriod), "\(language): \(text)")
        let march = ["en": "March2024", "fr": "Mars2024", "es": "Marzo2024", "zh": "2024年3月"][language]!
        #expect(text.contains(march), "\(language): \(text)")
    }

    @Test("MONUSCO's checklist line agrees with its South Kivu highlight (seed 002): its own sentence, not the general one",
          arguments: languages)
    func monuscoStrategy(language: String) throws {
        let output = try #require(try FactSheetReview4Tests.sheets(language, only: "MONUSCO").first)
        let text = Self.pageTexts(output).joined()
        let general = try Self.translation("indicator.P1.01a.unreported", language).filter { !$0.isWhitespace }
        let own = try Self.translation("indicator.P1.01a.unreported.MONUSCO", language).filter { !$0.isWhitespace }
        #expect(!text.contains(general), "\(language): the general sentence is printed")
        #expect(text.contains(own), "\(language): MONUSCO's sentence is missing")
        // Another mission with no answer keeps the general sentence.
        let unmik = try #require(try FactSheetReview4Tests.sheets(language, only: "UNMIK").first)
        #expect(Self.pageTexts(unmik).joined().contains(general), "\(language): UNMIK lost the general sentence")
    }

    @Test("the hospitals are one module in one place: by level, then reporting, on the same page, under one title",
          arguments: languages)
    func hospitalsOnce(language: String) throws {
        let title = try Self.translation("hospitals.title", language).filter { !$0.isWhitespace }
        let care = try Self.translation("hospitals.care", language).filter { !$0.isWhitespace }
        let reporting = try (language == "en" ? "Hospitals submitting reports" : Self.translation("indicator.P4.26", language))
            .filter { !$0.isWhitespace }
        for mission in Self.hospitalMissions {
            let output = try #require(try FactSheetReview4Tests.sheets(language, only: mission).first)
            let pages = Self.pageTexts(output)
            let titled = pages.indices.filter { pages[$0].contains(title) }
            #expect(titled.count == 1, "\(mission)-\(language): the hospitals title on pages \(titled)")
            #expect(titled.allSatisfy { pages[$0].contains(reporting) }, "\(mission)-\(language): reporting not with the levels")
            #expect(!pages.joined().contains(care), "\(mission)-\(language): a second hospitals module")
            // No figure lost: the levels and the reporting are both printed.
            let shown = Set(output.shown.map(\.indicator))
            #expect(shown.isSuperset(of: ["P4.25", "P4.26"]), "\(mission)-\(language): \(shown.sorted())")
        }
    }

    @Test("every language carries the sheet's optional blocks and its type as English does: UNFICYP's 'Also in the reports', UNISFA's pages",
          arguments: languages)
    func sameContent(language: String) throws {
        let also: Set<String> = ["P4.34", "P6.06", "P6.09a", "P6.11"]
        let en = try #require(try FactSheetReview4Tests.sheets("en", only: "UNFICYP").first)
        let here = try #require(try FactSheetReview4Tests.sheets(language, only: "UNFICYP").first)
        let enAlso = Set(en.shown.filter { also.contains($0.indicator) })
        #expect(!enAlso.isEmpty)
        #expect(Set(here.shown.filter { also.contains($0.indicator) }) == enAlso, "UNFICYP-\(language)")
        // UNISFA: the page count English has, not one page in smaller type.
        let unisfaEN = try #require(try FactSheetReview4Tests.sheets("en", only: "UNISFA").first)
        let unisfa = try #require(try FactSheetReview4Tests.sheets(language, only: "UNISFA").first)
        #expect(unisfa.document.pages.count == unisfaEN.document.pages.count, "UNISFA-\(language): \(unisfa.document.pages.count) pages")
    }

    @Test("shrink-pages: smaller type saves a page only on a sheet of that many pages; a shorter one keeps full type")
    func shrinkLimit() {
        #expect(SpecRenderer.shrinkLimit(0.8, pages: 2, from: 3) == 1)
        #expect(SpecRenderer.shrinkLimit(0.8, pages: 3, from: 3) == 0.8)
        #expect(SpecRenderer.shrinkLimit(0.8, pages: 2, from: 2) == 0.8)
    }

    @Test("no fact-sheet page leaves a column white over the page review's limit", arguments: languages)
    func noColumnVoid(language: String) throws {
        for output in try FactSheetReview4Tests.sheets(language) {
            for (i, page) in output.document.pages.enumerated() {
                #expect(page.columnVoidShare <= Page.columnVoidLimit, "\(output.name) p\(i + 1): \(page.columnVoidShare)")
            }
        }
    }
}
