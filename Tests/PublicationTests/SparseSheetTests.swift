import A4PIndicators
import Foundation
import TestSupport
import Testing

/// The sparse missions' fact sheets (issue 14): MINURSO, UNDOF, UNMOGIP, UNTSO and MINUSMA have few
/// figures, so their sheets carry the reports' qualitative items (field highlights, coordination with
/// the host authorities, uniformed women, information integrity) instead of white space, the most
/// recent report's highlight first, in every language.
@Suite("Sparse fact sheets: the reports' own texts, newest highlight first")
struct SparseSheetTests {
    static let languages = ["en", "fr", "es", "ru", "ar", "zh"]

    /// The text a sheet in `language` prints for an observation: the English of Data/, or its
    /// translation (`text.<indicator>.<mission>.<period>`) in Translations/<language>.yaml.
    static func printed(_ key: String, english: String, language: String) throws -> String {
        guard language != "en" else { return english }
        let table = try String(contentsOf: DataDirectory.locate()!.deletingLastPathComponent()
            .appendingPathComponent("Translations/\(language).yaml"), encoding: .utf8)
        let line = table.split(separator: "\n").first { $0.hasPrefix("text.\(key): ") }
        return try #require(line.map { String($0.dropFirst("text.\(key): \"".count).dropLast()) }, "text.\(key) not in \(language).yaml")
    }

    /// The opening words of a text as poppler gives them back: lines break anywhere in Chinese and
    /// poppler swaps Arabic lam-alef (within a word: swapped before the spaces go), so both sides are
    /// compared without whitespace.
    static func opening(_ text: String, language: String) -> String {
        String((language == "ar" ? popplerLamAlef(text) : text).filter { !$0.isWhitespace }.prefix(14))
    }

    static func sheet(_ mission: String, _ language: String) throws -> String {
        try Export.text("missions/factsheet-\(mission)-\(language).pdf").filter { !$0.isWhitespace }
    }

    static func value(_ indicator: String, _ mission: String, _ period: String) throws -> String {
        let o = try #require(Export.dataset.observation(ObservationKey(indicator: indicator, mission: mission, period: period)),
                             "\(indicator) \(mission) \(period) not in the dataset")
        guard case .text(let t) = o.value else { Issue.record("\(indicator) \(mission) \(period) is not a text"); return "" }
        return t
    }

    @Test("MINURSO's sheet opens with its cycle-6 highlight from the field, before the cycle-4 political one",
          arguments: languages)
    func newestHighlightFirst(language: String) throws {
        let text = try Self.sheet("MINURSO", language)
        let field = Self.opening(try Self.printed("P4.37.MINURSO.C6", english: try Self.value("P4.37", "MINURSO", "C6"), language: language), language: language)
        let older = Self.opening(try Self.printed("P1.04.MINURSO.C4", english: try Self.value("P1.04", "MINURSO", "C4"), language: language), language: language)
        let f = try #require(text.range(of: field), "MINURSO (\(language)): the cycle-6 field highlight is not on the sheet")
        let o = try #require(text.range(of: older), "MINURSO (\(language)): the cycle-4 highlight is not on the sheet")
        #expect(f.lowerBound < o.lowerBound, "MINURSO (\(language)): the cycle-4 highlight comes before the cycle-6 one")
    }

    /// Each sparse mission's newest text on cooperation with the host authorities, in each language.
    @Test("the sparse sheets carry the reports' text on cooperation with the host authorities", arguments: languages)
    func hostCooperation(language: String) throws {
        for (mission, period) in [("MINURSO", "C6"), ("UNDOF", "C6"), ("UNTSO", "C6"), ("UNMOGIP", "C5"), ("MINUSMA", "OV2022")] {
            let text = try Self.printed("P7.13.\(mission).\(period)", english: try Self.value("P7.13", mission, period), language: language)
            #expect(try Self.sheet(mission, language).contains(Self.opening(text, language: language)),
                    "\(mission) (\(language)): its \(period) cooperation text is not on the sheet")
        }
    }
}
