import A4PLayoutSpec
import Foundation
import Testing

/// The coordination mechanisms' names (P7.08n, text of the data) print in the page's language, in the
/// project's translation, labelled as such; English pages keep the report's words (issue 16).
@Suite("Mechanism names in six languages")
struct MechanismNamesTests {
    @Test("the MINURSO fact sheet names its mechanisms in the page's language, with the translation colophon",
          arguments: [("fr", "Réunions mensuelles avec le Coordonnateur marocain", "Traduction non officielle."),
                      ("es", "Reuniones mensuales con el Coordinador marroquí", nil),
                      ("zh", "与摩洛哥协调员的月度会议", nil)])
    func translated(language: String, name: String, colophon: String?) throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/missions/factsheet.yaml", language: language, only: "MINURSO")
        #expect(!log.hasErrors, "\(log.sorted)")
        let text = try ShippedSpecs.pdfText(try #require(outputs.first)).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains(name), "\(language): '\(name)' missing")
        #expect(!text.contains("Monthly meetings with the Moroccan Coordinator"), "\(language) prints the English name")
        if let colophon { #expect(text.contains(colophon)) }
    }

    @Test("English keeps the report's own words")
    func english() throws {
        let (outputs, _) = try ShippedSpecs.render("Specs/publication/missions/factsheet.yaml", language: "en", only: "MINURSO")
        let text = try ShippedSpecs.pdfText(try #require(outputs.first)).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Monthly meetings with the Moroccan Coordinator"))
    }
}
