import Foundation
import Testing

/// Review 11 (session 13: an English fact-check of P1, P2, P4, P6 and P7, a designer's read of the
/// sheets, a language read of Spanish, Chinese and Russian): each line says what its seed says.
@Suite("a4p export, review 11: scopes, dates and words the seeds do not give")
struct Review11Tests {
    static func text(_ suffix: String) throws -> String { try Review10Tests.text(suffix) }

    @Test("P6's working groups: only the 5th report lists them all; one named in cycle 6 is not a fall from five (002, 001)")
    func workingGroups() throws {
        let p6 = try Self.text("priority-P6.pdf")
        #expect(p6.contains("Cycle 6: MINUSCA had one"))
        #expect(p6.contains("Cycle 5 shows every mission that had a group (five). For cycles 4 and 6 the reports name only some missions"))
    }

    @Test("P2's CPAS heading dates the CPAS figures only: SAGE, the guidance review and the 2022 WPS count are not 'the CPAS system as of 13 Aug 2024'")
    func cpasHeading() throws {
        let p2 = try Self.text("priority-P2.pdf")
        #expect(!p2.localizedCaseInsensitiveContains("The CPAS system (as of 13 Aug 2024 unless stated)"))
        #expect(p2.localizedCaseInsensitiveContains("Planning and performance data (CPAS figures as of 13 Aug 2024)"))
        #expect(p2.contains("missions working on SAGE interoperability"), "the tile stays, under the wider heading")
    }

    @Test("P1's six and seven strategies are titled with what the reports say (five observer missions, then four), not 'not a rise'")
    func strategiesTitle() throws {
        for (name, text) in TruthfulFiguresTests.texts { #expect(!text.contains("not a rise"), "\(name)") }
        #expect(try Self.text("priority-P1.pdf").contains("five observer missions, then four"))
    }

    @Test("UNMAS's 460k is undated (002: 'has provided'): said once with its report, not a row dated cycle 5 beside MONUSCO's cycle 6")
    func unmasUndated() throws {
        let p4 = try Self.text("priority-P4.pdf")
        #expect(!p4.contains("UNMAS, with the missions"))
        #expect(p4.components(separatedBy: "460,000").count - 1 == 1, "\(p4)")
        #expect(p4.contains("UNMAS risk education: 460,000 beneficiaries (5th report)"))
    }

    @Test("UNMISS's 247 days of disrupted care get the caveat UNDOF's 277 have: more days than the six months (002: 'in the last 6 months')")
    func daysOverSixMonths() throws {
        #expect(try Self.text("priority-P4.pdf").contains("UNDOF's 277 days (May–Oct 2023) and UNMISS's cycle-5 days are more than the six months they are reported for"))
    }

    @Test("UNISFA's JPSM rating says when it last met (000), beside the highlight that no meeting took place")
    func jpsmLastMet() throws {
        let sheet = try Self.text("factsheet-UNISFA-en.pdf")
        #expect(sheet.contains("No AJOC or JPSM meetings took place"))
        #expect(sheet.contains("(JPSM; last met 18 Jan 2023)"))
    }

    @Test("MINUSCA's '≥1' deaths in 2024 say why at least one (002: a peacekeeper killed by an explosive device in January)")
    func atLeastOne() throws {
        let sheet = try Self.text("factsheet-MINUSCA-en.pdf")
        #expect(sheet.contains("≥1"))
        #expect(sheet.contains("2024: at least one; the 5th report names a peacekeeper killed by an explosive device in January"))
    }

    @Test("Russian P7 counts incidents on record (учтенные), not open ones; Spanish says 'actos dolosos' and names the contribution its ratings rate")
    func languageTerms() throws {
        let ru = try Self.text("priority-P7-ru.pdf")
        #expect(!ru.contains("Открытые инциденты") && !ru.contains("открытых инцидентов"))
        #expect(ru.contains("Учтенные инциденты SOFA/SOMA, цикл 5"))
        #expect(!ru.contains("Соглашения о статусе миссий"), "reads as SOMAs only")
        for (name, text) in TruthfulFiguresTests.texts where name.hasSuffix("-es.pdf") {
            #expect(!text.contains("malintencionados"), "\(name)")
        }
        #expect(try Self.text("factsheet-UNFICYP-es.pdf").contains("Contribución media"))
    }

    @Test("P2's 2022 split (7 slightly, 4 significantly improving) says it follows the overview's order; UNTSO's five host countries are printed where its texts say them, not a third time")
    func orderAndOnce() throws {
        #expect(try Self.text("priority-P2.pdf").contains("The 2022 overview gives the two labels, then the seven missions and the four, in that order"))
        let untso = try Self.text("factsheet-UNTSO-en.pdf")
        #expect(untso.contains("all five host countries"))
        #expect(!untso.contains("Host countries whose governments"), "the more-figures list repeated the 5")
    }

    @Test("P7's lead gives cycle 6's message (001: 'the number of violations was down this cycle'), not only cycle 5's counts; es and fr count incidents on record, not open ones")
    func sofaDown() throws {
        #expect(try Self.text("priority-P7.pdf").contains("violations of status agreements were down in cycle 6 (6th report)"))
        #expect(!(try Self.text("priority-P7-es.pdf")).contains("incidentes abiertos"))
        #expect(!(try Self.text("priority-P7-fr.pdf")).contains("incidents en cours (585)"))
    }
}
