import TestSupport
import A4PScene
import A4PSpecimen
import Foundation
import Testing

@Suite("Specimen output, checked with real tools")
struct SpecimenTests {
    @Test("pdftotext returns the six language lines in logical order")
    func sixLanguagesExtract() throws {
        let pdf = try #require(Fixtures.specimenFiles["pdf"])
        let result = try ExternalTool.run("pdftotext", [pdf.path, "-"])
        #expect(result.status == 0)
        let text = normalisedExtraction(result.stdout)
        for (language, _, line) in Specimen.initiativeNames {
            let expected = language == "Arabic" ? popplerLamAlef(line) : line
            #expect(text.contains(expected), "\(language) line '\(line)' not found in the extracted text")
        }
        // The wrapped French paragraph comes back whole, words in order.
        let french = normalisedExtraction(Specimen.frenchParagraph)
        #expect(text.contains(String(french.prefix(60))))
        #expect(text.contains(String(french.suffix(60))))
    }

    @Test("pdffonts lists only embedded, subset fonts")
    func fontsEmbeddedAndSubset() throws {
        let pdf = try #require(Fixtures.specimenFiles["pdf"])
        let result = try ExternalTool.run("pdffonts", [pdf.path])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count >= 8, "expected every bundled face, got \(rows.count) font rows")
        for row in rows {
            let name = row.split(separator: " ").first.map(String.init) ?? ""
            // Subset fonts carry a six-letter tag: ABCDEF+Name.
            #expect(name.range(of: #"^[A-Z]{6}\+"#, options: .regularExpression) != nil, "not subset: \(row)")
            let flags = row.split(separator: " ").suffix(5).prefix(3)
            #expect(Array(flags) == ["yes", "yes", "yes"], "emb/sub/uni not all yes: \(row)")
        }
        for face in ["NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansCJKsc-Bold", "NotoSansMath"] {
            #expect(result.stdout.contains(face), "\(face) not embedded")
        }
    }

    @Test("qpdf --check passes")
    func qpdfCheck() throws {
        let pdf = try #require(Fixtures.specimenFiles["pdf"])
        let result = try ExternalTool.run("qpdf", ["--check", pdf.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("No syntax or stream encoding errors"))
    }

    @Test("pngcheck passes and the PNG is A4 at 72 dpi")
    func pngCheck() throws {
        let png = try #require(Fixtures.specimenFiles["png"])
        let result = try ExternalTool.run("pngcheck", [png.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("(595x842, 24-bit RGB"))
    }

    @Test("rsvg-convert renders the SVG")
    func svgRenders() throws {
        let svg = try #require(Fixtures.specimenFiles["svg"])
        let out = svg.deletingPathExtension().appendingPathExtension("rsvg.png")
        let result = try ExternalTool.run("rsvg-convert", ["-o", out.path, svg.path])
        #expect(result.status == 0, "\(result.stderr)")
        let image = try #require(ReferenceImage.pixels(out.path))
        // 595 × 842 pt at rsvg's 96 dpi default.
        #expect(image.width == 794 && image.height == 1123)
        // Ink on the page: not blank.
        #expect(image.data.filter { $0 & 0xFFFFFF != 0xFFFFFF }.count > 10_000)
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("<title>A4P Charts type specimen</title>"))
    }

    @Test("no character of the specimen lacks a glyph")
    func noMissingGlyphs() {
        _ = Fixtures.specimen
        #expect(Fixtures.missingGlyphs.messages.isEmpty, "\(Fixtures.missingGlyphs.messages)")
    }

    @Test("everything drawn stays inside the page's 36 pt margins")
    func insideMargins() throws {
        let page = try #require(Fixtures.specimen.pages.first)
        let content = Rect(x: 36, y: 36, width: page.size.width - 72, height: page.size.height - 72)
        for node in page.nodes {
            guard let b = node.bounds else { continue }
            #expect(content.contains(b, tolerance: 0.5), "\(b) leaves the margins")
        }
    }

    @Test("the specimen PNG matches its reference image")
    func referenceImage() throws {
        let png = try #require(try Fixtures.render(Fixtures.specimen, "png", scale: 0.5).first)
        let diff = try #require(try ReferenceImage.compare(png, withReference: "specimen@0.5x.png"),
                                "size differs from the reference or it is unreadable")
        if diff.fraction >= 0.005 {
            let kept = ReferenceImage.keepFailure(png, reference: "specimen@0.5x.png")
            Issue.record("\(diff); actual and diff images in \(kept?.path ?? "(not written)")")
        }
    }

    @Test("the reference comparison notices a different page of the same size")
    func referenceComparisonCanFail() throws {
        guard !ReferenceImage.updating else { return }
        let other = DeterminismTests.sampleDocument(engine: Fixtures.engine)
        let png = try #require(try Fixtures.render(other, "png", scale: 0.5).first)
        let diff = try #require(try ReferenceImage.compare(png, withReference: "specimen@0.5x.png"))
        #expect(diff.fraction > 0.02, "\(diff)")
    }
}
