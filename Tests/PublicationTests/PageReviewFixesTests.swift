import Foundation
import Testing

/// Issue 14, second page review: S1 figures and labels that said less or other than their seed,
/// read in the exported set as a reader reads it.
@Suite("a4p export: the second page review's S1 figures say what their seed says")
struct PageReviewFixesTests {
    static func all(_ suffix: String) -> [(String, String)] { TruthfulFiguresTests.texts.filter { $0.0.hasSuffix(suffix) } }
    static func one(_ suffix: String) throws -> String { try #require(all(suffix).first?.1, "\(suffix) was exported") }

    @Test("crimes against peacekeepers: every language says the counts are cumulative since 2013")
    func crimesCumulative() throws {
        #expect(try Self.one("factsheet-MINUSCA-es.pdf").contains("Casos denunciados (acumulado desde 2013)"))
        #expect(try Self.one("factsheet-MINUSCA-ru.pdf").contains("(накопительно с 2013 г.)"))
        #expect(try Self.one("factsheet-MINUSCA-zh.pdf").contains("报告案件（2013年以来累计）"))
    }

    /// The reports give "on 247 days (81.5%)" (002) and UNDOF's 277 days (000) without saying how days
    /// are counted; a label or note that says they are summed across hospitals claims more than the seed.
    @Test("UNMISS's 247 days are printed as the report gives them: days and their share, no claim how they are counted")
    func unmissHospitalDays() throws {
        let en = try Self.one("factsheet-UNMISS-en.pdf")
        #expect(en.contains("Days on which delivery of care was impacted"))
        #expect(en.contains("ultrasound"))
        // The table gives 247 and 81.5 %; the note says only what the table cannot (review 10: thrice was twice too many).
        #expect(en.components(separatedBy: "247").count - 1 == 1, "247 once on UNMISS's sheet")
        #expect(!en.contains("Share of the period with care impacted"))
        for (name, text) in TruthfulFiguresTests.texts where name.contains("UNMISS") || name.contains("UNDOF") || name.contains("P4-") {
            for claim in ["summed across", "added up across", "hospital-days", "cumulés sur les hôpitaux", "sumados entre hospitales",
                          "сумма по госпиталям", "各医院合计", "مجموع أيام المستشفيات"] {
                #expect(!text.contains(claim), "\(name) says '\(claim)'")
            }
        }
    }

    @Test("P5's slide title does not rank people (298 repatriated) against allegations (142)")
    func p5Title() throws {
        for (name, text) in Self.all(".pdf") where name.contains("priority-P5") {
            #expect(!text.contains("most frequent"), "\(name)")
        }
    }

    @Test("P7: UNIFIL's and UNMISS's partial impact ratings are not printed as nothing reported")
    func p7PartialRatings() throws {
        let p7 = try Self.one("priority-P7.pdf")
        #expect(!p7.contains("Left out, not in the reports: UNIFIL, UNISFA, UNMISS"))
        #expect(p7.contains("no/low and medium (UNIFIL) and medium (UNMISS)"))
    }

    @Test("P3 page 1 says the 5th report's TPP total (306) is not the sum of its rows (314)")
    func p3Total() throws {
        #expect(try Self.one("priority-P3.pdf").contains("its categories add up to 314"))
    }

    @Test("EO figures carry the seed's scope and date; UNMIK's 17 is municipalities, not corrections")
    func eoScopeAndWps() throws {
        #expect(try Self.one("factsheet-UNIFIL-en.pdf").contains("in its area of operations"))
        #expect(try Self.one("factsheet-UNTSO-en.pdf").contains("March 2024"))
        let unmik = try Self.one("factsheet-UNMIK-en.pdf")
        #expect(!unmik.contains("corrections"))
        #expect(unmik.contains("child marriage"))
    }
}
