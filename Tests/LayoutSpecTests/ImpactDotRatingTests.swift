import A4PLayoutSpec
import Foundation
import Testing

/// The fact sheet shows the impact of SOFA/SOMA incidents (P7.06, scale impact3) as a dot rating:
/// its levels are ranked 1…3, not 0…3 like the coordination mechanisms' contribution4.
@Suite("Impact ratings as dots")
struct ImpactDotRatingTests {
    @Test("a level is named by its rank: MONUSCO's cycle-5 impact reads low, low, medium (not medium, medium, high)")
    func levelsByRank() throws {
        let (outputs, log) = try Papercut.render("""
            data: DATA
            blocks:
              - {type: dot-rating, indicator: P7.06, mission: MONUSCO, period: C5, span: 6}
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let texts = Papercut.texts(try #require(outputs.first).document.pages[0].nodes).joined(separator: "|")
        // Seed 002 (C5): MONUSCO L/L/M.
        #expect(texts.components(separatedBy: "No/Low impact").count - 1 == 2, "\(texts)")
        #expect(texts.components(separatedBy: "Medium impact").count - 1 == 1, "\(texts)")
        #expect(!texts.contains("High impact"), "\(texts)")
    }
}
