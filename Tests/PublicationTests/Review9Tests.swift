import Foundation
import Testing

/// Review 9 (session 11, a fresh-eyes fact-check of five sheets, two mission slides and four priority
/// pages in English): each sentence says what its seed says, and no more.
@Suite("a4p export, review 9: sentences that said more than their seed")
struct Review9Tests {
    static func english(_ suffix: String) throws -> String { try TruthfulFiguresTests.english(suffix) }

    @Test("P7 names as rating the impact only missions whose row in the 5th report's table carries a rating (UNISFA's has none)")
    func ratedMissions() throws {
        let p7 = try Self.english("priority-P7.pdf")
        let said = try #require(p7.range(of: " also rated the impact"), "P7 lost its note on the other ratings")
        // The sentence's subject: from the sentence's start to "also rated".
        let subject = p7[..<said.lowerBound].split(separator: ".").last.map(String.init) ?? ""
        let seed = try String(contentsOf: try #require(try Self.seed("002_")), encoding: .utf8).split(separator: "\n")
        let named = ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMISS"].filter { subject.contains($0) }
        #expect(!named.isEmpty, "\(subject)")
        for mission in named {
            #expect(seed.contains { $0.hasPrefix(mission + " ") && $0.contains("▷") }, "P7 says \(mission) rated the impact; its row in 002 has no rating")
        }
    }

    @Test("UNMIK's cycle-4 CPAS note says what the 4th report does (leaves it off its list of ten) and that the 5th and 6th record it")
    func unmikNote() throws {
        for document in ["factsheet-UNMIK-en.pdf", "priority-P2.pdf"] {
            let text = try Self.english(document)
            #expect(!text.contains("“No” in the 4th report"), "\(document): the 4th report prints no 'No'")
            #expect(text.contains("not among the 4th report's 10 missions"), "\(document)")
            #expect(text.contains("5th and 6th reports record"), "\(document)")
        }
    }

    @Test("MONUSCO: not among the missions without a strategy; its crimes figures include the two UN experts killed in 2017 (001, 002 fn 4)")
    func monusco() throws {
        let sheet = try Self.english("factsheet-MONUSCO-en.pdf")
        #expect(!sheet.contains("No report names a political strategy"))
        #expect(sheet.contains("Not among the four missions the 5th report names without a political strategy"))
        #expect(sheet.contains("killing of two UN experts, who were not peacekeepers"))
        // "The death of three peacekeepers" in the DRC (001): deaths, not a per-mission split of malicious acts.
        #expect(!sheet.contains("Fatalities from malicious acts per mission"))
        #expect(sheet.contains("Peacekeepers killed by malicious acts"))
    }

    @Test("P4's crimes totals are the four missions with data, not all missions; UNDOF's 277 days are said to exceed their six months")
    func p4Scope() throws {
        let p4 = try Self.english("priority-P4.pdf")
        #expect(!p4.contains("Investigation and prosecution, all missions"))
        #expect(p4.contains("the four missions with data"))
        #expect(!p4.contains("the source states no period"), "000 gives the period (May–Oct 2023)")
        #expect(p4.contains("more than the six months they are reported for"))
    }

    @Test("P6's digital audience rises are against the same period a year earlier (002), not the previous reporting period")
    func p6Baseline() throws {
        #expect(try Self.english("priority-P6.pdf").contains("against the same period a year earlier"))
    }

    /// The seed file whose name starts with `prefix`, in Data/seeds.
    static func seed(_ prefix: String) throws -> URL? {
        let folder = URL(fileURLWithPath: "Data/seeds")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).first { $0.lastPathComponent.hasPrefix(prefix) }
    }
}
