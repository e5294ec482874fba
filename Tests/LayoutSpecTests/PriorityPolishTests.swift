import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review of the priority pages P1–P7 (prio7, session 10): the status the seed gives, one period
/// line in one place, each figure once a page, hero numbers on one baseline.
@Suite("Priority pages P1–P7: seed's words, one period line, each figure once")
struct PriorityPolishTests {
    static let priorities = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
    static let languages = PriorityPageFormsTests.languages
    static var tables: Translations { PeriodSpanTests.tables }

    static func pages(_ priority: String, _ language: String) throws -> [Page] {
        try PriorityPageFormsTests.render(priority, language).0.document.pages
    }

    @Test("P4: the Counter-IED Strategy is 'Completed' (seed 001: 'completed during the reporting period'), never 'Issued'",
          arguments: languages)
    func completed(_ language: String) throws {
        let old = ["en": "Issued", "fr": "Publiée", "es": "Publicada", "ru": "Выпущена", "zh": "已发布", "ar": "صدرت"][language]!
        let word = try #require(Self.tables.lookup("level.document_status.completed", language: language) ?? (language == "en" ? "Completed" : nil))
        let text = try PriorityWordsTests.pages("P4", language).joined()
        #expect(text.contains(PriorityWordsTests.squeezed(word)), "\(language)")
        #expect(!text.contains(PriorityWordsTests.squeezed(old)), "\(language): '\(old)' says more than the seed")
        #expect(SpecFixture.dataset.scales["document_status"]?.level("completed")?.label == "Completed")
    }
}
