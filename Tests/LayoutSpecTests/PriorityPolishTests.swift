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

    @Test("P1–P7: one period line, under the lead of page 1, in one wording; none on page 2 or in a footer",
          arguments: priorities)
    func periodLine(_ priority: String) throws {
        for language in Self.languages {
            let line = try #require(Self.tables.lookup("P1.latest-reporting-period", language: language))
            let cut = try #require(line.range(of: "{period}"))
            let words = PriorityWordsTests.squeezed(String(line[..<cut.lowerBound]))
            let texts = try PriorityWordsTests.pages(priority, language)
            #expect(texts.count == 2, "\(priority) \(language)")
            #expect(texts[0].components(separatedBy: words).count == 2, "\(priority) \(language): page 1 has the period line once")
            #expect(!texts[1].contains(words), "\(priority) \(language): page 2 repeats the period line")
            #expect(!texts.joined().contains(PriorityWordsTests.squeezed(Self.footerLine[language]!)), "\(priority) \(language): a footer period line")
        }
        // Under the lead: the line sits in the header, above the accent rule (English runs are whole).
        let page = try #require(try Self.pages(priority, "en").first)
        let runs = FactSheetTypeFloorTests.runs(page.nodes).filter { $0.text.hasPrefix("Latest reporting period: Cycle 6 (May – Oct 2024)") }
        #expect(runs.count == 1 && runs.allSatisfy { $0.y < 180 }, "\(priority): \(runs)")
    }

    /// The footer's period line that P5–P7 printed on every page (and P6–P7 under the lead as well).
    static let footerLine = ["en": "A4P+ Reporting · Reporting period", "fr": "Rapports A4P+ · Période couverte",
                             "es": "Informes A4P+ · Período sobre el que se informa", "ru": "Отчетность A4P+ · Отчетный период",
                             "zh": "A4P+报告 · 报告所述期间", "ar": "الفترة المشمولة بالتقرير"]

    /// Figures that carry a unit or have three digits or more, but years: document symbols
    /// (A/79/553, C-34) and dates' days are not figures.
    static func figures(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<![\w/.,\-])[≈>]?\d[\d,.]*(?:\s?%|M\b)?(?![\w/])"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .compactMap { Range($0.range, in: text).map { String(text[$0]).trimmingCharacters(in: .whitespaces) } }
            .filter { f in f.contains("%") || f.hasSuffix("M") || f.filter(\.isNumber).count >= 3 }
            .filter { f in !(f.count == 4 && (f.hasPrefix("19") || f.hasPrefix("20"))) }
    }

    @Test("P1–P7 in English: no figure a sentence says is printed twice more on its page (P3's 37 %, P7's 125 and 585 were)",
          arguments: priorities)
    func onceAPage(_ priority: String) throws {
        for (i, page) in try Self.pages(priority, "en").enumerated() {
            let runs = Papercut.texts(page.nodes)
            // A table's cells of the same value (100 % in three rows) are different facts; a figure a
            // line of words says, printed twice more, is one fact said three times.
            let said = Set(runs.filter { $0.split(separator: " ").filter { $0.allSatisfy(\.isLetter) }.count >= 2 }.flatMap(Self.figures))
            let counts = Dictionary(runs.flatMap(Self.figures).map { ($0, 1) }, uniquingKeysWith: +)
            let thrice = counts.filter { $0.value >= 3 && said.contains($0.key) }
            #expect(thrice.isEmpty, "\(priority) page \(i + 1): \(thrice)")
        }
    }

    @Test("P4: the malicious-act deaths by year are said by the lead and listed, not a third time in words", arguments: languages)
    func deathsOnce(_ language: String) throws {
        let text = try PriorityWordsTests.pages("P4", language)[0]
        let said = ["en": "seven in 2023", "fr": "sept en 2023", "es": "Muertes por actos malintencionados: 7 (2023), 4 (2024), 4 al",
                    "ru": "Гибель от злонамеренных действий: 7 в 2023", "zh": "2023年七人", "ar": "سبع في 2023"][language]!
        #expect(!text.contains(PriorityWordsTests.squeezed(said)), "\(language)")
    }

    @Test("P3 and P7: 37 %, 125 and 585 once in a sentence at most, in every language", arguments: languages)
    func sentencesWithoutTheChartsFigure(_ language: String) throws {
        for key in ["P3.p3-16-others.message-steady", "P7.new-incidents.message", "P7.total-incidents.message"] {
            let text = try #require(Self.tables.lookup(key, language: language))
            #expect(!["37", "125", "585"].contains { text.contains($0) }, "\(language) \(key): \(text)")
        }
    }

    @Test("P6 page 1: the heroes beside each other (>480 and 29, ≈490 and 16M) share a baseline", arguments: languages)
    func sixBaselines(_ language: String) throws {
        let page = try #require(try Self.pages("P6", language).first)
        let heroes = FactSheetTypeFloorTests.runs(page.nodes).filter { $0.size >= 20 }
        func y(_ digits: String) throws -> Double { try #require(heroes.first { $0.text.contains(digits) }, "\(language): \(digits) in \(heroes)").y }
        #expect(abs(try y("480") - y("29")) <= 0.5, "\(language)")
        #expect(abs(try y("490") - y("16")) <= 0.5, "\(language)")
    }

    @Test("P6: no band of white over a sixth of a page in any language (page 2 in Chinese had a fifth)", arguments: languages)
    func sixFilled(_ language: String) throws {
        for (i, page) in try Self.pages("P6", language).enumerated() {
            #expect(page.largestBlankBand / page.size.height <= 1.0 / 6, "\(language) page \(i + 1): \(page.largestBlankBand) pt")
        }
    }
}
