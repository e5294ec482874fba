import Foundation
import TestSupport
import Testing

/// Issue 14 on P5–P7, the overview and the C-34 page (review r4): one fact once, nothing cut, no
/// arrow between figures of two populations, read in the exported set as a reader reads it.
@Suite("a4p export: P5–P7, overview and C-34 say each fact once and cut nothing")
struct PrioritiesOnceTests {
    static func docs(_ prefix: String) -> [(String, String)] {
        TruthfulFiguresTests.texts.filter { ($0.0 as NSString).lastPathComponent.hasPrefix(prefix) }
    }

    /// The page count poppler reads in an exported document.
    static func pages(_ name: String) throws -> Int? {
        let info = try ExternalTool.run("pdfinfo", [Export.first.dir.appendingPathComponent(name).path]).stdout
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }

    /// The text with every run of white space (line ends of wrapped labels) as one space.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test("P6: murals, working groups and the pre-emptive missions once; sentiment not a one-row table; two pages")
    func p6Once() throws {
        let all = Self.docs("priority-P6")
        #expect(all.count == 6, "\(all.map(\.0))")
        for (name, text) in all {
            // "Eight of the 11 missions (~70 %)": the count is printed, not also the share.
            #expect(!text.contains("≈70"), "\(name)")
            #expect(try Self.pages(name) == 2, "\(name)")
        }
        let en = Self.flat(try TruthfulFiguresTests.english("priority-P6.pdf"))
        // The murals and the working groups: a hero and its list, once each; no sentence repeating them.
        #expect(en.components(separatedBy: "missions took part in the Peace Day mural campaign").count == 2, "the hero 5")
        #expect(en.components(separatedBy: "MINUSCA, MONUSCO, UNFICYP, UNISFA, UNMIK.").count == 2, "its list, once")
        #expect(!en.contains("UNFICYP, UNISFA and UNMIK took part"), "no sentence repeating the hero")
        // The working groups said once, as sentences naming each cycle's missions (no subtitle counting them).
        #expect(!en.contains("Five missions had a working group"), "no count repeating the sentences")
        #expect(en.contains("Cycle 5: MINUSCA, MONUSCO, UNIFIL, UNISFA and UNMISS had one."), "\(en)")
        #expect(!en.contains("missions with an information integrity working group"), "no hero repeating it")
        #expect(en.contains("UNMISS · positive or neutral"), "each sentiment share names its mission and measure")
        #expect(!en.contains("UNMISS MINUSMA MONUSCO UNIFIL MINUSCA UNFICYP UNMIK"), "no seven-column header row")
        #expect(!en.contains("MINUSMA: before its withdrawal."))
        #expect(en.contains("MINUSMA received this support before the mission withdrew."))
    }

    @Test("C-34: every quote whole in six languages (no '…'), section II's label whole, ¶22's cut answer not quoted")
    func c34Whole() throws {
        let all = Self.docs("c34-follow-up")
        #expect(all.count == 6, "\(all.map(\.0))")
        for (name, text) in all {
            #expect(!text.contains("…") && !text.contains("..."), "\(name)")
            // "¶58 · III …"; Arabic extracts the number after the section ("¶ III … · 58").
            for paragraph in ["58", "129"] {
                #expect(text.range(of: "[¶·] ?\(paragraph)[^0-9]", options: .regularExpression) != nil,
                        "\(name): sections III and VII quote their first whole answer, ¶\(paragraph)")
            }
            if !name.hasSuffix("-ar.pdf") {
                #expect(!text.contains("¶22") && !text.contains("¶55") && !text.contains("¶127"), "\(name): the matrix cut these answers")
            }
        }
        let en = Self.flat(try TruthfulFiguresTests.english("c34-follow-up.pdf"))
        #expect(en.contains("international and regional partners."))
        #expect(en.contains("II · Conduct of peacekeepers and peacekeeping operations"), "section II's label, wrapped, not cut")
    }

    @Test("P5: no arrow joining FY 2022–23's civilians and FY 2023–24's staff; FPU counts once; PAET and the ratings in a line each")
    func p5OnePopulationPerArrow() throws {
        let all = Self.docs("priority-P5")
        #expect(all.count == 6, "\(all.map(\.0))")
        for (name, text) in all {
            // 35 % (FY 2022–23, >7,100 civilians) and 37.8 % (FY 2023–24, 7,049 DPO and mission staff).
            #expect(text.range(of: #"[↑↓][^0-9\n]{0,12}35"#, options: .regularExpression) == nil, "\(name)")
        }
        let en = try TruthfulFiguresTests.english("priority-P5.pdf")
        // The FPU counts once: cycles 4 and 5 in the evaluations' table, cycle 6 (no total: the 6th
        // report gives none) in its own one-row table, not a column of the first nor also a chart.
        #expect(en.components(separatedBy: "Formed police units (FPUs) per mission").count == 2, "one block of cycle-6 counts")
        #expect(!Self.flat(en).contains("C4 C5 C6"), "no cycle-6 column (of '..' total) in the cycles 4–5 table")
        #expect(!Self.flat(en).contains("gives no total"), "no working note under the cycle-6 counts (issue 14)")
        #expect(en.contains("civilians evaluated, FY 2022"), "the older population's count on its own line, named")
        #expect(!en.contains("FPU evaluations by outcome"), "no zero-filled ratings list")
        // The ratings nobody received, named in a sentence (was a "None (Cycle 6): …" stub under the title).
        #expect(Self.flat(en).contains("Cycle 6: no FPU evaluation was rated Unsatisfactory, Needs Significant Improvement or Needs Improvement."))
        #expect(!Self.flat(en).contains("Left out"), "no working note under the FPU table")
        #expect(en.contains("UNMISS's FPUs were inspected in cycles 5 and 6, MINUSCA's in cycle 5."))
        let ru = try #require(all.first { $0.0.hasSuffix("priority-P5-ru.pdf") }?.1)
        #expect(!ru.contains("2023/24 г. (2023/24 ф. г.)"), "the period once")
    }

    @Test("overview: UNDOF's card whole in every language")
    func overviewUndofWhole() throws {
        let all = Self.docs("overview-")
        #expect(all.count == 6, "\(all.map(\.0))")
        // The end of UNDOF's card in each language: its last words are printed, not cut with "…".
        let ends = ["en": "alternate arrangements (6th report)", "fr": "autres arrangements (6e rapport)", "es": "otros arreglos (6.º informe)",
                    "ru": "иные договоренности (6-й доклад)"]
        for (name, text) in all {
            #expect(!text.contains("…"), "\(name)")
            for (lang, end) in ends where name.hasSuffix("overview-\(lang).pdf") {
                #expect(Self.flat(text).contains(end), "\(name)")
            }
        }
    }
}
