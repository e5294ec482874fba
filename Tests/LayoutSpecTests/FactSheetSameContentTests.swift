import A4PIndicators
import A4PLayoutSpec
import Foundation
import Testing

/// Issue 14 (page review, S2): a mission's fact sheet says the same in every language. French and
/// Spanish sheets used to leave out the cycle-5 highlight, mental-health support, information
/// integrity and integrated planning: the texts had no translation, and a text without one is left
/// out rather than printed in English. Compared here: the figures and texts each sheet shows (its
/// coverage), language by language against English. The one exception: the optional "Also in the
/// reports" list (`when-no-room: hide`), set where the last page has room, which a language that
/// sets tighter (Chinese) or runs to another page has and English may not; the priority 4 and 6
/// pages show its figures for every mission. And the module that gives way ("Other reported
/// figures", `when-no-room: give-way`): a sheet may leave it out only where it then has no more
/// pages than the English one (MONUSCO in French, Spanish and Russian).
@Suite("Fact sheets: every language shows what the English sheet shows")
struct FactSheetSameContentTests {
    static let spec = "Specs/publication/missions/factsheet.yaml"

    /// Each mission's shown observations in `language`.
    static func shown(_ language: String) throws -> [String: Set<ObservationKey>] {
        try sheets(language).mapValues(\.shown)
    }

    /// Each mission's shown observations and page count in `language`.
    static func sheets(_ language: String) throws -> [String: (shown: Set<ObservationKey>, pages: Int)] {
        let (outputs, log) = try ShippedSpecs.render(spec, language: language)
        #expect(!log.hasErrors, "\(log.sorted)")
        return Dictionary(uniqueKeysWithValues: outputs.compactMap { o in o.missionID.map { ($0, (o.shown, o.document.pages.count)) } })
    }

    static let english = Result { try sheets("en") }
    /// The indicators of the module that gives way (factsheet.yaml's "Other reported figures").
    static let givesWay: Set<String> = ["P1.05", "P1.07", "P1.09", "P1.10", "P3.06", "P3.06b", "P4.06", "P5.01", "P5.02", "P5.04",
                                        "P5.05", "P6.10", "P6.12", "P6.14", "P7.10"]
    /// The indicators of the optional "Also in the reports" list (factsheet.yaml's last block).
    static let optional: Set<String> = ["P4.34", "P6.06", "P6.09a", "P6.11"]

    @Test("each mission's sheet shows the same figures and texts as in English", arguments: ["fr", "es", "ru", "ar", "zh"])
    func sameContent(language: String) throws {
        let sheets = try Self.english.get()
        let english = sheets.mapValues(\.shown)
        let others = try Self.sheets(language)
        let other = others.mapValues(\.shown)
        #expect(english.count == 12 && Set(other.keys) == Set(english.keys))
        // The texts that were missing: each English sheet of these missions does show them.
        for (mission, indicator) in [("MINUSCA", "P4.31"), ("MONUSCO", "P6.08"), ("UNMISS", "P2.15"), ("MONUSCO", "P6.04a")] {
            #expect(english[mission]?.contains { $0.indicator == indicator } == true, "\(mission) (en) has no \(indicator)")
        }
        for (mission, keys) in english.sorted(by: { $0.key < $1.key }) {
            let keys = keys.filter { !Self.optional.contains($0.indicator) }
            let there = (other[mission] ?? []).filter { !Self.optional.contains($0.indicator) }
            // The give-way module may be missing only where the sheet is then no longer than English.
            let gaveWay = (others[mission]?.pages ?? 0) <= (sheets[mission]?.pages ?? 0)
            let missing = keys.subtracting(there).filter { !(gaveWay && Self.givesWay.contains($0.indicator)) }.map { "\($0.indicator) \($0.period) \($0.category)" }.sorted()
            let extra = there.subtracting(keys).map { "\($0.indicator) \($0.period) \($0.category)" }.sorted()
            #expect(missing.isEmpty && extra.isEmpty, "\(mission) (\(language)): missing \(missing), extra \(extra)")
        }
    }
}
