import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// A row of a slide's highlight cards that a hidden card left short is shared by the cards shown
/// (`fill-rows`), as a row of tiles is: no card alone beside two empty thirds of the slide.
@Suite("Card rows")
struct CardRowTests {
    /// Where `word` starts on the page (x in points), read back from the written PDF.
    func x(of word: String, in yaml: String) throws -> Double? {
        let (outputs, log) = try Papercut.render(yaml)
        #expect(!log.hasErrors, "\(log.sorted)")
        let output = try #require(outputs.first)
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "s", formats: ["pdf"], to: dir)
        let words = try ExternalTool.run("pdftotext", ["-bbox", files[0].path, "-"]).stdout
        guard let line = words.split(separator: "\n").first(where: { $0.hasSuffix(">\(word)</word>") }),
              let start = line.range(of: "xMin=\"")?.upperBound else { return nil }
        return Double(line[start...].prefix { $0 != "\"" })
    }

    /// Three cards of four columns; the middle one quotes a text UNMIK has not for cycle 4 (its
    /// texts are of cycles 5 and 6), so it is hidden.
    static func slide(fill: Bool) -> String {
        """
        data: DATA
        page: {size: slide, rows: aligned, fill-rows: \(fill)}
        blocks:
          - type: text
            span: 4
            style: highlight
            title: Alpha
            text: First card.
          - type: text
            span: 4
            style: highlight
            title: Hidden
            indicator: P1.04
            mission: UNMIK
            period: C4
            when-empty: hide
          - type: text
            span: 4
            style: highlight
            title: Bravo
            text: Second card.
        """
    }

    @Test("two highlight cards left of three share the row: the second starts at the slide's middle")
    func cardsFillTheRow() throws {
        let filled = try #require(try x(of: "Bravo", in: Self.slide(fill: true)))
        // 960 pt wide, 12 columns: a card of six columns starts past the middle, one of four at a third.
        #expect(filled > 480, "\(filled)")
        let kept = try #require(try x(of: "Bravo", in: Self.slide(fill: false)))
        #expect(kept < 480, "\(kept)")
    }
}
