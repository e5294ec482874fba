@testable import A4PCairoRenderers
import A4PScene
@testable import A4PSpecimen
@testable import A4PText
import Foundation
import TestSupport
import Testing

/// Issue 18: the shortcuts taken for speed give what the general path gives.
@Suite("Fast paths: PDF incremental structure update, workload slice, shape cache")
struct FastPathTests {
    /// A page with two figures (one with Arabic words, one with PDF string delimiters) and a heading.
    static func document() -> Document {
        let square = Node.shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 5, height: 5)), fill: Color(hex: 0)))
        let page = Page(size: Size(200, 200), nodes: [
            .tagged(.figure, [square], altText: "نسبة النساء (٪)"),
            .tagged(.figure, [square], altText: #"A (square) \ with a backslash"#),
        ])
        return Document(pages: [page], metadata: DocumentMetadata(title: "Two figures", language: "ar"))
    }

    /// Cairo's own bytes: an incremental update keeps them as they were, up to their first %%EOF.
    static func cairoBytes(_ pdf: [UInt8]) -> [UInt8] {
        let eof = Array("%%EOF\n".utf8)
        let i = (0...(pdf.count - eof.count)).first { Array(pdf[$0..<($0 + eof.count)]) == eof }!
        return Array(pdf[..<(i + eof.count)])
    }

    static func write(_ bytes: [UInt8], _ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("a4p-fastpath-\(getpid())-\(name).pdf")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("the PDF structure edit appended to cairo's bytes reads back as libqpdf's rewrite does, and passes qpdf --check")
    func incrementalUpdateMatchesRewrite() throws {
        let pdf = try PDFRenderer(options: .init()).render(Self.document())[0].bytes
        let raw = Self.cairoBytes(pdf)
        #expect(raw.count < pdf.count, "the update is appended after cairo's %%EOF")
        let alts = ["نسبة النساء (٪)", #"A (square) \ with a backslash"#]
        let appended = try #require(try PDFIncrement.finish(raw, alts: alts, language: "ar"))
        #expect(appended == pdf, "the renderer takes the incremental path")
        let rewritten = try PDFStructure.rewrite(raw, alts: alts, language: "ar")
        let a = try Self.write(appended, "inc"), b = try Self.write(rewritten, "qpdf")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(try ExternalTool.run("qpdf", ["--check", a.path]).status == 0)
        let tree = try StructureTree.read(a), reference = try StructureTree.read(b)
        #expect(tree.elements == reference.elements && tree.language == reference.language)
        #expect(tree.language == "ar")
        #expect(tree.figures.map(\.alt) == alts)
        #expect(try ExternalTool.run("pdftotext", [a.path, "-"]).stdout == (try ExternalTool.run("pdftotext", [b.path, "-"]).stdout))
    }

    @Test("a PDF that is not cairo's plain output (here: already updated) is left to libqpdf; a figure count that differs is refused")
    func incrementalUpdateFallsBack() throws {
        let pdf = try PDFRenderer(options: .init()).render(Self.document())[0].bytes
        #expect(try PDFIncrement.finish(pdf, alts: ["a", "b"], language: "fr") == nil)
        #expect(PDFObjects(Array("%PDF-1.5\nno table here\n".utf8)) == nil)
        #expect(throws: (any Error).self) { try PDFIncrement.finish(Self.cairoBytes(pdf), alts: ["only one"], language: "ar") }
    }

    @Test("PDF text strings: printable ASCII literal with ( ) \\ escaped, anything else UTF-16BE with a byte order mark")
    func pdfText() {
        #expect(PDFIncrement.text(#"a (b) \c"#) == #"(a \(b\) \\c)"#)
        #expect(PDFIncrement.text("é") == "<FEFF00E9>")
        #expect(PDFIncrement.text("😀") == "<FEFFD83DDE00>")
    }

    @Test("the one-chart slice of a workload keeps meta and the chart with that id, whatever braces and quotes its strings hold")
    func workloadSlice() throws {
        let json = #"{ "meta": {"w": 1, "list": [1, 2]}, "charts": [ {"id": "a", "title": "x \"b\" } ] {\\", "see": "b"}, {"id": "b", "v": [1.5, -2e3, true, null]}, {"id": "c"} ], "tail": 0 }"#
        let cut = try #require(WorkloadSlice.only("b", in: Data(json.utf8)))
        let top = try #require(try JSONSerialization.jsonObject(with: cut) as? [String: Any])
        #expect((top["meta"] as? [String: Any])?["w"] as? Int == 1)
        // "a" is kept too (it holds "b" as a string): the decoder drops it by id. The escaped \"b\" in
        // its title is not the string "b"; the title's braces, brackets and final backslash are text.
        #expect((top["charts"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a", "b"])
        #expect(WorkloadSlice.only("zzz", in: Data(json.utf8)) == nil)
        #expect(WorkloadSlice.only("b", in: Data(#"{"meta": {"#.utf8)) == nil)
        #expect(WorkloadSlice.only("b", in: Data(#"["b"]"#.utf8)) == nil)
    }

    @Test("a line shaped from the cache is the line shaping gives")
    func shapeCache() {
        let engine = Fixtures.engine
        let cache = ShapeCache()
        for (text, language) in [("Share of women 12.5%", "en"), ("نسبة النساء ١٢٫٥٪", "ar"), ("女性比例", "zh")] {
            let style = TextStyle(size: 9, language: language)
            let shaper = Shaper(chain: engine.fonts.fallbackChain(for: .regular), style: style)
            let fresh = shaper.shape(text, direction: .auto)
            #expect(cache.shape(text, with: shaper, direction: .auto).line == fresh.line)
            #expect(cache.shape(text, with: shaper, direction: .auto).advanceAtByte == fresh.advanceAtByte)
            #expect(engine.line(text, style: style) == engine.line(text, style: style))
        }
    }

    @Test("a line scaled from an outline kept at another size, weight or colour is the line shaping gives; faces and language stay apart")
    func outlineAcrossSizes() {
        let engine = Fixtures.engine
        let cache = ShapeCache()
        let blue = Color(hex: 0x009EDB)
        for (text, language) in [("Share of women 12.5%", "en"), ("نسبة النساء ١٢٫٥٪", "ar"), ("女性比例：12.5%", "zh"), ("Taux\u{202F}: 12,5\u{00A0}%", "fr")] {
            var widths: [FontWeight: Double] = [:]
            // Copy-fitting's sizes: the outline is made at the first and scaled for the others.
            for weight in [FontWeight.regular, .bold] {
                for (size, color) in [(9.0, Color.black), (9.45, Color.black), (10.8, blue), (8.1, Color.black), (18.0, blue)] {
                    let style = TextStyle(size: size, weight: weight, language: language, color: color)
                    let shaper = Shaper(chain: engine.fonts.fallbackChain(for: weight), style: style)
                    let fresh = shaper.shape(text, direction: .auto)
                    let cached = cache.shape(text, with: shaper, direction: .auto)
                    #expect(cached.line == fresh.line, "\(text) \(weight) \(size)")
                    #expect(cached.advanceAtByte == fresh.advanceAtByte)
                    #expect(cached.line.runs.allSatisfy { $0.size == size && $0.color == color })
                    if size == 9 { widths[weight] = cached.line.width }
                    // Font units times size / em: twice the size is twice the width.
                    if size == 18, let w = widths[weight] { #expect(abs(cached.line.width - 2 * w) < 1e-9) }
                }
            }
            // Bold is other faces: an outline of the regular faces must not be reused for it.
            if language != "ar" { #expect(widths[.regular] != widths[.bold]) }
        }
    }

    @Test("break opportunities from the cache are libunibreak's, per language; a cached paragraph breaks as a fresh engine's does")
    func breaksCache() throws {
        let cache = ShapeCache()
        for (text, language) in [("Protection of civilians: 12 patrols a day\nnext line", "en"), ("保护平民：每天12次巡逻", "zh"), ("حماية المدنيين: ١٢ دورية", "ar")] {
            let utf8 = Array(text.utf8)
            let fresh = LineBreaks.opportunities(in: utf8, language: language)
            for _ in 0..<2 {
                let kept = cache.breaks(text, utf8: utf8, language: language)
                #expect(kept.map(\.offset) == fresh.map(\.offset))
                #expect(kept.map { $0.kind == .mandatory } == fresh.map { $0.kind == .mandatory })
            }
        }
        // The same paragraph at copy-fitting's widths and sizes, set twice by one engine (the second time
        // from its caches) and once by a new engine over the same fonts.
        let engine = Fixtures.engine
        let other = TextEngine(fonts: engine.fonts)
        let text = "Share of women in formed police units rose to 12.5 % in the cycle, the highest since reporting began."
        for (size, width) in [(9.0, 120.0), (9.9, 120.0), (10.8, 90.0)] {
            let style = TextStyle(size: size, language: "en")
            let first = engine.paragraph(text, style: style, width: width), again = engine.paragraph(text, style: style, width: width)
            let fresh = other.paragraph(text, style: style, width: width)
            #expect(first.lines == fresh.lines && again.lines == fresh.lines)
            #expect(fresh.lines.count > 1)
        }
    }

    @Test("typography from the cache is Typography.apply's, for each language, the second time too")
    func typographyCache() {
        let cache = ShapeCache()
        for text in ["Taux : 12,5 % « cible »", "保护平民 (已结束): 12", "Ratio: 12.5% (C6)", "sans ponctuation"] {
            for language in ["fr", "zh", "en", "ar"] {
                let fresh = Typography.apply(text, language: language)
                #expect(cache.typography(text, language: language) == fresh)
                #expect(cache.typography(text, language: language) == fresh)
            }
        }
        #expect(cache.typography("Taux : 12 %", language: "fr") == "Taux\u{202F}: 12\u{00A0}%")
    }
}
