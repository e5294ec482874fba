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
/// pages show its figures for every mission.
@Suite("Fact sheets: every language shows what the English sheet shows")
struct FactSheetSameContentTests {
    static let spec = "Specs/publication/missions/factsheet.yaml"

    /// Each mission's shown observations in `language`.
    static func shown(_ language: String) throws -> [String: Set<ObservationKey>] {
        let (outputs, log) = try ShippedSpecs.render(spec, language: language)
        #expect(!log.hasErrors, "\(log.sorted)")
        return Dictionary(uniqueKeysWithValues: outputs.compactMap { o in o.missionID.map { ($0, o.shown) } })
    }

    static let english = Result { try shown("en") }
    /// The indicators of the optional "Also in the reports" list (factsheet.yaml's last block).
    static let optional: Set<String> = ["P4.34", "P6.06", "P6.09a", "P6.11"]

    @Test("each mission's sheet shows the same figures and texts as in English", arguments: ["fr", "es", "ru", "ar", "zh"])
    func sameContent(language: String) throws {
        let english = try Self.english.get()
        let other = try Self.shown(language)
        #expect(english.count == 12 && Set(other.keys) == Set(english.keys))
        // The texts that were missing: each English sheet of these missions does show them.
        for (mission, indicator) in [("MINUSCA", "P4.31"), ("MONUSCO", "P6.08"), ("UNMISS", "P2.15"), ("MONUSCO", "P6.04a")] {
            #expect(english[mission]?.contains { $0.indicator == indicator } == true, "\(mission) (en) has no \(indicator)")
        }
        for (mission, keys) in english.sorted(by: { $0.key < $1.key }) {
            let keys = keys.filter { !Self.optional.contains($0.indicator) }
            let there = (other[mission] ?? []).filter { !Self.optional.contains($0.indicator) }
            let missing = keys.subtracting(there).map { "\($0.indicator) \($0.period) \($0.category)" }.sorted()
            let extra = there.subtracting(keys).map { "\($0.indicator) \($0.period) \($0.category)" }.sorted()
            #expect(missing.isEmpty && extra.isEmpty, "\(mission) (\(language)): missing \(missing), extra \(extra)")
        }
    }
}
