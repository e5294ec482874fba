import A4PIndicators
import A4PLayoutSpec
import Foundation
import Testing

/// Review 7: the optional "Also in the reports" list (`when-no-room: hide`) was on MINUSCA's and
/// MONUSCO's sheets in Chinese (and Arabic) only, left out of the others beside a column's white: it
/// now goes over the last module across both columns where it has no room under it, or into the
/// white at the foot of page 1 when the modules run on (`PageBuilder.packModules`).
@Suite("Fact sheets, review 7: 'Also in the reports' in every language that has room")
struct FactSheetAlsoReportedTests {
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]

    @Test("the optional 'Also in the reports' list is on a mission's sheet in every language that has room: MINUSCA's and MONUSCO's had it in Chinese (and Arabic) only")
    func alsoReportedEverywhere() throws {
        var showing: [String: [String]] = [:]
        for language in Self.languages {
            for (mission, sheet) in try FactSheetSameContentTests.sheets(language)
            where sheet.shown.contains(where: { FactSheetSameContentTests.optional.contains($0.indicator) }) {
                showing[mission, default: []].append(language)
                #expect(sheet.pages <= 2, "\(mission)-\(language): \(sheet.pages) pages")
            }
        }
        // Still without room at the sheet's type size, MONUSCO's two full pages: in English since its
        // checklist says its cycle-4 plan too ("no (Cycle 4); under development (Cycle 5)", review 8); in
        // Arabic since its crimes table says the figures include the two UN experts killed in 2017 (review
        // 9); in French and Russian since its other figures say whose the 2025 deaths are and its SOFA
        // tile that cycle 6 had fewer incidents (review 10). MINUSCA in Russian and MONUSCO in Spanish
        // have room again (review 10's labels).
        let noRoom: Set<String> = ["MONUSCO-en", "MONUSCO-ar", "MONUSCO-fr", "MONUSCO-ru"]
        for (mission, languages) in showing.sorted(by: { $0.key < $1.key }) {
            let expected = Self.languages.filter { !noRoom.contains("\(mission)-\($0)") }
            #expect(Set(languages) == Set(expected), "\(mission): in \(languages)")
        }
        for mission in ["MINUSCA", "MONUSCO", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMISS", "UNMOGIP"] {
            #expect(showing[mission] != nil, "\(mission): no 'Also in the reports'")
        }
    }
}
