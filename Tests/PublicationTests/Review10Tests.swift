import Foundation
import Testing

/// Review 10 (session 12: an English fact-check of eight sheets, two slides, P3, P5 and the overview,
/// and a language read of ten documents): each line says what its seed says, in every language.
@Suite("a4p export, review 10: labels and notes that said more, less or other than their seed")
struct Review10Tests {
    /// The exported document whose path ends with `suffix` (any language), as text.
    static func text(_ suffix: String) throws -> String {
        try #require(TruthfulFiguresTests.texts.first { $0.0.hasSuffix(suffix) }?.1, "\(suffix) was exported")
    }

    /// `key`'s value in Translations/<language>.yaml, read as the file spells it.
    static func translation(_ key: String, _ language: String) throws -> String {
        let table = try String(contentsOf: URL(fileURLWithPath: "Translations/\(language).yaml"), encoding: .utf8)
        let line = try #require(table.split(separator: "\n").first { $0.hasPrefix(key + ": ") }, "\(language): \(key)")
        return String(line.dropFirst(key.count + 2))
    }

    @Test("the 2025 deaths per mission say whose they are: the 6th report's four, three named in the DRC and one in the CAR (001)")
    func deathsPerMission() throws {
        for sheet in ["factsheet-MONUSCO-en.pdf", "factsheet-MINUSCA-en.pdf"] {
            let text = try Self.text(sheet)
            #expect(text.contains("Peacekeepers killed by malicious acts"), "\(sheet)")
            #expect(text.contains("the 6th report names three in the DRC and one in the CAR"), "\(sheet)")
        }
        #expect(try Self.text("priority-P4.pdf").contains("the 6th report names three deaths in the DRC and one in the CAR"))
        // Only the two missions the report names carry the note.
        #expect(!(try Self.text("factsheet-UNMISS-en.pdf")).contains("names three in the DRC"))
    }

    @Test("hospitals 'that had a report due' (000's column), not 'that reported': UNMISS's 66.7% is not a third that failed to report")
    func reportDue() throws {
        let sheet = try Self.text("factsheet-UNMISS-en.pdf")
        #expect(sheet.contains("Hospitals that had a report due (%)"))
        for (name, text) in TruthfulFiguresTests.texts {
            #expect(!text.contains("with a report due that"), "\(name)")
        }
    }

    @Test("P5's cycle-6 tile: 'two were dismissed, terminated or separated from service' (001) says personnel, not civilians")
    func p5Personnel() throws {
        let p5 = try Self.text("priority-P5.pdf")
        #expect(p5.contains("personnel dismissed, terminated or separated from service after substantiated SEA"))
        #expect(!p5.contains("civilian personnel dismissed, terminated or separated after"))
    }

    @Test("the overview names priority 4 as the reports do (Accountability to peacekeepers), and Russian keeps 'alleged'")
    func overviewPriority4() throws {
        let en = try Self.text("overview-en.pdf")
        #expect(en.contains("Accountability"))
        #expect(!en.contains("Safety and security"))
        #expect(try Self.text("overview-ru.pdf").contains("подозреваемых"))
        // The Russian overview still has room for its map with the longer name.
        #expect(try Self.text("overview-ru.pdf").contains("UNMIK"))
    }

    @Test("P3 says where its reports disagree: the 5th report's cycle-4 TPP rows and the 37% against the C-34 follow-up's 35%")
    func p3Disagreements() throws {
        let p3 = try Self.text("priority-P3.pdf")
        #expect(p3.contains("swap Medical and C4ISR"))
        #expect(p3.contains("both rise from 29% in December 2023"))
        // December 2023's 29% once in the list's place: the chart's bar, not a list line of SRSGs as well.
        #expect(!p3.contains("SRSGs and DSRSGs"))
    }

    @Test("explosive-ordnance lines say each mission's own count: MONUSCO's explosive items, UNMISS's EO and small arms ammunition (002)")
    func eoCounts() throws {
        let monusco = try Self.text("factsheet-MONUSCO-en.pdf"), unmiss = try Self.text("factsheet-UNMISS-en.pdf")
        #expect(monusco.contains("Explosive items destroyed"))
        #expect(!monusco.contains("EO and SAA"))
        #expect(unmiss.contains("EO and small arms ammunition destroyed"))
    }

    @Test("UNIFIL's and UNISFA's new SOFA/SOMA incidents say that incidents under validation are left out (002 fn 9)")
    func underValidation() throws {
        for mission in ["UNIFIL", "UNISFA"] {
            #expect(try Self.text("factsheet-\(mission)-en.pdf").contains("incidents under validation are left out"), "\(mission)")
        }
        #expect(!(try Self.text("factsheet-MONUSCO-en.pdf")).contains("under validation"))
    }

    @Test("every language dates the sheets' older modules (cycle 4 mechanisms, cycle 5 SOFA impact) and says SOFA/SOMA in Arabic")
    func titlesKeepTheirCycle() throws {
        for language in ["en", "fr", "es", "ru", "zh", "ar"] {
            #expect(try Self.translation("mechanisms", language).contains("4"), "\(language)")
            #expect(try Self.translation("sofa.impact", language).contains("5"), "\(language)")
        }
        for key in ["sofa.new", "sofa.total"] {
            #expect(try Self.translation(key, "ar").contains("القوات/البعثة"), "ar \(key): MINURSO is under a SOMA")
        }
        #expect(!(try Self.translation("\"scope.traditional-media mentions not negative\"", "zh")).contains("中非"), "中非 reads as Central Africa")
        #expect(try Self.translation("category.surgery_icu", "ru").contains("персонал"), "ru: the cause, absence of personnel (002)")
    }
}
