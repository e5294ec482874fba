@testable import A4PCairoRenderers
import A4PScene
import A4PText
import Foundation
import TestSupport
import Testing

/// Cairo 1.16's CFF subsetter keeps only the subroutines it finds by reading each glyph's charstring; it
/// missed one that 如 calls, so a PDF whose other glyphs did not use that subroutine printed 如 blank
/// (UNMISS's Chinese sheet, review 11). The bundled CJK faces carry no subroutines (Fonts/README.md).
@Suite("Chinese glyphs survive cairo's PDF font subsetting")
struct CJKSubsetTests {
    /// Dark pixels poppler draws for a one-line PDF page of `text` set in Chinese, regular or bold.
    static func ink(_ text: String, weight: FontWeight) throws -> Int {
        var composer = PageComposer(engine: Fixtures.engine, frame: Rect(x: 10, y: 10, width: 380, height: 60))
        composer.text(text, TextStyle(size: 40, weight: weight, language: "zh"))
        let page = Page(size: Size(400, 80), nodes: composer.nodes)
        let pdf = try PDFRenderer(options: .init()).render(Document(pages: [page], metadata: DocumentMetadata(language: "zh")))[0].bytes
        let dir = try TempDir.make("a4p-cjk")
        let file = dir.appendingPathComponent("page.pdf")
        try Data(pdf).write(to: file)
        let out = try ExternalTool.run("pdftoppm", ["-gray", "-r", "36", "-singlefile", file.path, dir.appendingPathComponent("page").path])
        #expect(out.status == 0, "\(out.stderr)")
        // P5 (binary PGM): magic, size, maximum, then one byte a pixel.
        let pgm = try Data(contentsOf: dir.appendingPathComponent("page.pgm"))
        var newlines = 0, start = 0
        for (i, b) in pgm.enumerated() where b == 0x0A {
            newlines += 1
            if newlines == 3 { start = i + 1; break }
        }
        return pgm[start...].filter { $0 < 128 }.count
    }

    @Test("如 alone, in regular and bold, is drawn in the PDF as in the font")
    func ruAlone() throws {
        for weight in [FontWeight.regular, .bold] {
            let alone = try Self.ink("如", weight: weight)
            // A glyph that never failed, for scale: 如 draws about as much ink.
            let reference = try Self.ink("何", weight: weight)
            #expect(reference > 20, "\(weight): the reference glyph draws")
            #expect(Double(alone) > Double(reference) * 0.5, "\(weight): 如 drew \(alone) dark pixels against 何's \(reference)")
        }
    }
}
