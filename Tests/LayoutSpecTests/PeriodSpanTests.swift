import A4PCharts
import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review 5 on P2 and P3 (issue 14): a fact true in every period is said once with its span, a
/// section's date once, no arrow beside the column that already prints the figure before.
@Suite("Priority pages: period spans, a date once a section, no arrow beside a printed column")
struct PeriodSpanTests {
    static let tables: Translations = {
        var log = DiagnosticLog()
        return Translations.load(from: URL(fileURLWithPath: ShippedSpecs.path("Translations")), log: &log)
    }()

    static func span(_ language: String) -> PeriodSpan {
        PeriodSpan(dataset: SpecFixture.dataset, text: TextContext(language: language, translations: tables))
    }

    @Test("three cycles in a row are 'Cycles 4–6'; every period of a block its span; two periods or a gap stay a list")
    func spans() {
        let en = Self.span("en")
        #expect(en.said(["C4", "C5", "C6"], all: ["C4", "C5", "C6"]) == "Cycles 4–6")
        #expect(en.said(["C6", "C4", "C5"], all: ["C4", "C5", "C6", "OV2022"]) == "Cycles 4–6", "consecutive cycles need not be every period")
        #expect(en.said(["D2024-08-13", "C5", "C4", "OV2022"], all: ["OV2022", "C4", "C5", "D2024-08-13"]) == "2022 overview – 13 Aug 2024")
        #expect(en.said(["C5", "C4", "OV2022"], all: ["OV2022", "C4", "C5", "D2024-08-13"]) == "Cycle 5, Cycle 4, 2022 overview",
                "not every period of the block: a span would claim the fourth")
        #expect(en.said(["C4", "C6"], all: ["C4", "C6"]) == "Cycle 4, Cycle 6")
        #expect(en.said(["OV2022", "C4", "Y2023", "C6"], all: ["OV2022", "C4", "Y2023", "C6"]) == "2022 overview – Cycle 6, each period reported",
                "cycle 5 lies inside the span and is not shown: the span does not claim it")
        #expect(Self.span("fr").said(["C4", "C5", "C6"], all: []) == "Cycles 4 à 6")
        #expect(Self.span("zh").said(["C4", "C5", "C6"], all: []) == "第4至6周期")
    }

    @Test("a label continues its sentence: 'all missions use CPAS', but 'UN radio', 'Peace Day mural campaign', 'Brazil' keep their capitals")
    func sentenceCase() {
        #expect(FigureListKind.sentenceCase("All missions use CPAS") == "all missions use CPAS")
        #expect(FigureListKind.sentenceCase("Thematic working groups") == "thematic working groups")
        for name in ["UN radio", "Peace Day mural campaign", "Brazil", "MONUSCO radio"] { #expect(FigureListKind.sentenceCase(name) == name) }
    }

    @Test("P2: 'CPAS in every mission' says its span once; the CPAS figures' date is said once; mechanisms mid-sentence",
          arguments: PriorityPageFormsTests.languages)
    func p2(_ language: String) throws {
        let pages = try PriorityWordsTests.pages("P2", language)
        let names = ["OV2022", "C4", "C5", "D2024-08-13"].map { id in
            PriorityWordsTests.squeezed(Self.tables.lookup("period.\(id).short", language: language) ?? SpecFixture.dataset.period(id)!.label)
        }
        // "As of 13 Aug 2024, Cycle 5, Cycle 4, 2022 overview: …" listed four reports for one fact.
        #expect(!pages[1].contains(names[3] + PriorityWordsTests.squeezed(Words.listSeparator(language)) + names[2]), "\(language): \(pages[1])")
        let spanWords = try #require(Self.tables.lookup("period-span", language: language))
        let end = try #require(Self.tables.lookup("period.D2024-08-13.span", language: language))
        let said = PriorityWordsTests.squeezed(spanWords.replacingOccurrences(of: "{from}", with: names[0]).replacingOccurrences(of: "{to}", with: end))
        // (Arabic runs come out in visual order: its span is checked by its end alone.)
        #expect(pages[1].contains(language == "ar" ? PriorityWordsTests.squeezed(end) : said), "\(language): \(pages[1])")
        // Page 1: the five CPAS figures dated 13 August 2024 say it in their heading, not each under its caption.
        #expect(pages[0].lowercased().components(separatedBy: names[3].lowercased()).count <= 2, "\(language): \(pages[0])")
        // The fall from ten to eight: in the lead and the three numbers, not also in a message under them.
        let fall = try #require(Self.tables.lookup("P2.p2-06-bars.message", language: language))
        let tail = PriorityWordsTests.squeezed(String(fall[try #require(fall.range(of: "{about.short.lower}")).upperBound...]))
        #expect(!pages[0].contains(tail), "\(language): '\(tail)'")
        if language == "en" {
            #expect(pages[1].contains("2022overview–13Aug2024:allmissionsuseCPAS."))
            #expect(pages[1].contains("Cycle4:jointanalysesthroughJMACsandJOCs,jointprogrammaticactivities"))
        }
    }

    @Test("P3: the UGPS sentence spans its periods; no table or hero prints an arrow beside the figure before it",
          arguments: PriorityPageFormsTests.languages)
    func p3(_ language: String) throws {
        let text = try PriorityWordsTests.pages("P3", language).joined()
        #expect(!text.contains("↑") && !text.contains("↓"), "\(language): \(text)")
        if language == "en" {
            #expect(text.contains("2022overview–Cycle6,eachperiodreported:targetsmetfor"))
            #expect(text.contains("Women'sshareofcivilianpersonnel"), "a possessive, as the other women's shares on the page")
        }
    }

    @Test("P4: the Counter-IED Strategy is 'Completed' (the seed's word), not a placeholder-like 'New or updated'; the notes say what a reader may not do with the figures",
          arguments: PriorityPageFormsTests.languages)
    func p4(_ language: String) throws {
        let old = ["en": "New or updated", "fr": "Nouveau ou mis à jour", "es": "Nuevo o actualizado", "ru": "Новый или обновленный",
                   "zh": "新订或更新", "ar": "جديدة أو محدَّثة"][language]!
        let text = try PriorityWordsTests.pages("P4", language).joined()
        #expect(!text.contains(PriorityWordsTests.squeezed(old)), "\(language)")
        let issued = try #require(Self.tables.lookup("level.document_status.completed", language: language) ?? (language == "en" ? "Completed" : nil))
        #expect(text.contains(PriorityWordsTests.squeezed(issued)), "\(language)")
        if language == "en" {
            #expect(text.contains("cannotbesubtracted") && !text.contains("theirdifferenceisnotacount"))
            #expect(!text.contains("the4threportgivesthe277days"))
        }
    }
}
