import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// A figure the report does not print (`qualifier: inferred` and its number absent from its seed
/// sentence, or a level read from print order) says so under its chart, in the reader's words
/// (issue 14: the cycle 5 "7", the 2022 "7 slightly / 4 significantly"). A figure the report prints
/// and we only placed in its row or column is not marked: pages are not flooded with marks.
@Suite("Derived figures say they are derived")
struct DerivedFigureTests {
    /// The page text of inline blocks over the shipped data and translation tables.
    static func text(_ blocks: String, language: String = "en") throws -> String {
        let translations = DataDirectory.locate()!.deletingLastPathComponent().appendingPathComponent("Translations").path
        let yaml = "data: \(SpecFixture.dataPath)\ntranslations: \(translations)\npage: {size: A4}\nblocks:\n" + blocks
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        let out = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, language: language, log: &log)
        let document = try #require(out.first?.document, "\(log.sorted)")
        return document.pages.map { Papercut.texts($0.nodes).joined(separator: " ") }.joined(separator: " ")
    }

    static let split = """
          - {type: table, id: split, title: "Strategies", indicators: [P1.01, P1.03a], columns: periods, periods: [C4, C5], trend: false}

        """

    @Test("cycle 5's 7 (11 missions less the 4 observer missions) is told as derived, as a sum, in English and French")
    func impliedCount() throws {
        // Runs joined by spaces: the minus sign is a run of its own.
        let en = try Self.text(Self.split).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(en.contains("Cycle 5: 7 = 11 missions − 4 ceasefire-observation missions"), "\(en)")
        #expect(!en.contains("does not print"), "no working note (issue 14)")
        // The two figures of the row share one sentence: it is printed once.
        #expect(en.components(separatedBy: "7 = 11 missions").count == 2, "\(en)")
        let fr = try Self.text(Self.split, language: "fr").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(fr.contains("7 = 11 missions − 4 missions d’observation"), "\(fr)")
    }

    @Test("empty derived words print no line: the 2022 split reads as the overview lists it, with no working note")
    func emptyWordsNoLine() throws {
        let en = try Self.text("  - {type: scale-strip, title: Effect, indicator: P2.13, missions: all}\n")
        // Issue 14: "The overview prints the two labels, then …" and "the split follows print order"
        // were notes to the data team; nor does the generic "derived" line stand in for them.
        #expect(!en.contains("The overview prints") && !en.contains("print order") && !en.contains("derived from the report"), "\(en)")
    }

    @Test("a derived figure without words of its own is still named as derived")
    func genericNote() throws {
        let en = try Self.text("  - {type: table, title: Status, indicator: X.11, rows: categories, periods: [D2024-10-25]}\n")
        #expect(en.contains("derived from the report, not printed in it"), "\(en)")
    }

    @Test("figures the report prints, only placed by us (hospital columns, cycle 5 increments), carry no mark")
    func placementIsNotMarked() throws {
        let hospitals = try Self.text("  - {type: table, title: Hospitals, indicator: P4.25, rows: missions, columns: categories, period: C5, missions: [MINUSCA, UNMISS]}\n")
        let increments = try Self.text("  - {type: table, title: SEA, indicator: P5.10, rows: categories, periods: [C5], trend: false}\n")
        for text in [hospitals, increments] {
            #expect(!text.contains("derived") && !text.contains("not printed"), "\(text)")
        }
    }

    @Test("a number is stated when its seed sentence prints it, with or without thousands separators")
    func statedNumbers() {
        let quote = "During the reporting period, all 27 formed police units (FPUs) across MINUSCA (15) and 16,984 personnel"
        let numbers = DerivedFigures.numbers(in: quote)
        #expect(numbers.contains(27) && numbers.contains(15) && numbers.contains(16984))
        #expect(!numbers.contains(54) && !numbers.contains(30))
        // The forms quotes.py accepts: words, "no" for 0, "a woman" for 1; not another number's digits.
        #expect(DerivedFigures.states("the remaining five ceasefire observer missions", 5))
        #expect(DerivedFigures.states("in January 2025 a woman was appointed as HoM", 1))
        #expect(DerivedFigures.states("# hospitals reporting service interruptions Nil", 0))
        #expect(DerivedFigures.states("These leadership posts are all encumbered by men", 0))
        #expect(!DerivedFigures.states("These leadership posts are encumbered by men", 0))
        #expect(!DerivedFigures.states("all 27 formed police units were evaluated twice", 54))
    }
}
