@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Copy-fitting down's second lever (issue 14, `SpecRenderer.tightFit`): a tighter page (30 pt
/// margins, 10 pt row gaps) only where it saves a page that smaller type does not.
@Suite("Tight page fitting")
struct TightFitTests {
    /// A sheet of an opening line, a fixed-height spacer (which smaller type cannot shrink) and a
    /// closing line after a soft break: its page count and where "Closing" is drawn.
    static func sheet(spacer: Double, shrink: Double) throws -> (pages: Int, closing: Point?) {
        let (out, log) = try Papercut.render("""
            data: DATA
            page: {size: A4, shrink-type: \(shrink)}
            blocks:
              - {type: text, text: Opening}
              - {type: spacer, height: \(spacer)}
              - {type: page-break, if-needed: true}
              - {type: text, text: Closing}
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let document = try #require(out.first).document
        let closing = document.pages.lazy.compactMap { page in
            MeasureThenPlaceTests.runs(page.nodes).first { $0.run.text == "Closing" }?.origin
        }.first
        return (document.pages.count, closing)
    }

    @Test("a sheet that runs onto a second page by less than the tighter page gains is one page at 30 pt margins; one that fits keeps 36 pt")
    func tightOnlyWhereItSavesAPage() throws {
        // The shortest spacer that pushes "Closing" onto page 2 on the spec's own page.
        var spacer = 600.0, plain = try Self.sheet(spacer: spacer, shrink: 1)
        while plain.pages == 1 && spacer < 800 { spacer += 2; plain = try Self.sheet(spacer: spacer, shrink: 1) }
        // 6 pt further: smaller type saves only the two lines' few points (the spacer keeps its
        // height); the tighter page gains 12 pt of margin and 4 pt a row gap.
        spacer += 6
        plain = try Self.sheet(spacer: spacer, shrink: 1)
        try #require(plain.pages == 2)
        let fitted = try Self.sheet(spacer: spacer, shrink: 0.9)
        #expect(fitted.pages == 1, "\(fitted)")
        #expect(abs((fitted.closing?.x ?? 0) - SpecRenderer.tightMargin) < 0.5, "\(fitted)")
        // A sheet that fits one page anyway keeps the spec's 36 pt margins.
        let fits = try Self.sheet(spacer: spacer - 40, shrink: 0.9)
        #expect(fits.pages == 1 && abs((fits.closing?.x ?? 0) - 36) < 0.5, "\(fits)")
        // Without shrink-type the sheet is not copy-fitted down at all: it keeps its two pages.
        #expect(try Self.sheet(spacer: spacer, shrink: 1).pages == 2)
    }

    @Test("shipped fact sheets: the tighter page brings MINUSCA and UNFICYP in Spanish and Russian back to the English page count")
    func shippedSheets() throws {
        for (mission, pages) in [("MINUSCA", 2), ("UNFICYP", 1)] {
            for lang in ["en", "es", "ru"] {
                let (outputs, log) = try ShippedSpecs.render("Specs/publication/missions/factsheet.yaml",
                                                             language: lang == "en" ? nil : lang, only: mission)
                #expect(!log.hasErrors, "\(log.sorted)")
                #expect(try #require(outputs.first).document.pages.count == pages, "\(mission)-\(lang)")
            }
        }
    }
}
