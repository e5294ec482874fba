import Foundation
import Testing

/// Issue 14, "truth": figures that said more or other than their seed, and machine-made wording,
/// read in the exported set as a reader reads it.
@Suite("a4p export: figures say what their seed says, in a reader's words")
struct ReaderWordsTests {
    static func english(_ suffix: String) throws -> String { try TruthfulFiguresTests.english(suffix) }
    static func all(_ suffix: String) -> [(String, String)] { TruthfulFiguresTests.texts.filter { $0.0.hasSuffix(suffix) } }

    @Test("derived figures say so as a sum (cycle 5's 7, P1 page and slide); the 2022 split (P2) carries no working note")
    func derivedFiguresSaySo() throws {
        for doc in ["priority-P1.pdf", "slide-priority-P1.pdf"] {
            let text = try Self.english(doc).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("Cycle 5: 7 = 11 missions − 4 ceasefire-observation missions"), "\(doc)")
            #expect(!text.contains("a figure it does not print"), "\(doc): no working note (issue 14)")
        }
        // The 2022 split reads as the overview lists it: no note on how it prints (issue 14), in any language.
        let en = try Self.english("priority-P2.pdf").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!en.contains("The overview prints") && !en.contains("print order"))
        let fr = try #require(Self.all("priority-P2-fr.pdf").first?.1).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!fr.contains("puis les sept missions, puis les quatre"))
    }

    @Test("UNIFIL's crimes: each count says what it counts, and no share of 1 detained reads 100 %")
    func unifilCrimes() throws {
        for (name, text) in Self.all("factsheet-UNIFIL-en.pdf") {
            #expect(text.contains("6 of them indicted in absentia, never detained"), "\(name)")
            #expect(text.contains("later released on bail"), "\(name)")
            #expect(!text.contains("Share of detained brought to trial"), "\(name): a share of 1 detained cannot be 100 % of 7 tried")
        }
    }

    @Test("P5: Member State engagement has no common axis; the slide prints 298 once")
    func p5OneUnitPerAxis() throws {
        let slide = try Self.english("slide-priority-P5.pdf")
        #expect(slide.components(separatedBy: "298").count == 2, "\(slide)")
        #expect(try Self.english("priority-P5.pdf").contains("Signatories of the Voluntary Compact 105"))
    }

    @Test("no trend mark for an unchanged value ('1 (= 1)'), in any document")
    func noUnchangedMark() {
        for (name, text) in TruthfulFiguresTests.texts {
            #expect(text.range(of: #"\(= [0-9]"#, options: .regularExpression) == nil, "\(name) prints an unchanged-value mark")
        }
    }

    @Test("MINUSMA's sheets, slides and map card say why the reports give no mandate, not 'not reported' twice")
    func closedMissionStanding() throws {
        for (name, text) in TruthfulFiguresTests.texts where name.contains("MINUSMA") || name.contains("overview") {
            #expect(!text.contains("Mandate not reported") && !text.contains("任务未报告") && !text.contains("Mandat non communiqué"), "\(name)")
        }
        let slide = try #require(Self.all("slide-MINUSMA-zh.pdf").first?.1)
        #expect(slide.contains("根据第2690（2023）号决议撤离"), "\(slide)")
        #expect(try Self.english("overview-en.pdf").contains("Drawdown under resolution 2690 (2023)"))
    }

    @Test("UNDOF's header and hospitals note are a reader's caveat, not the data keeper's working note")
    func undofCaveats() throws {
        for (name, text) in TruthfulFiguresTests.texts where name.contains("UNDOF") || name.contains("overview") {
            #expect(!text.contains("earlier reports count UNDOF"), "\(name)")
            #expect(!text.contains("does not say over what span"), "\(name)")
        }
        let undof = try Self.english("factsheet-UNDOF-en.pdf")
        // The latest report's arrangements, dated; the 277 days as the report gives them, said to the reader.
        #expect(undof.contains("alternate arrangements (6th report)"))
        #expect(!undof.contains("listed with the SOFA/SOMA missions"))
        #expect(undof.contains("277 days are more than the six months they are reported for"))
    }
}
