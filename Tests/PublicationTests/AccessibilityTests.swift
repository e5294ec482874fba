import Foundation
import TestSupport
import Testing

/// Issue 20: every PDF of the export is tagged — headings, paragraphs and figures in reading order,
/// each figure with alternative text in the page's language — and the same words are in the SVGs,
/// the chart-asset manifest and the gallery.
@Suite("Accessible output: structure, alternative text, language")
struct AccessibilityTests {
    /// Every PDF of the export, chart assets included.
    static let pdfs: [URL] = {
        let dir = Export.first.dir
        return (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { dir.appendingPathComponent($0) }
    }()

    /// The language of an exported file: `-fr` ending its name or its chart folder's; English otherwise
    /// (priorities, follow-up and combined PDFs are English only).
    static func language(of url: URL) -> String {
        let name = url.path.contains("/charts/") ? url.deletingLastPathComponent().lastPathComponent : url.deletingPathExtension().lastPathComponent
        return ExportTests.languages.first { name.hasSuffix("-" + $0) } ?? "en"
    }

    /// The script each non-Latin language's words are written in.
    static let scripts: [String: ClosedRange<UInt32>] = ["ar": 0x0621...0x064A, "ru": 0x0400...0x04FF, "zh": 0x4E00...0x9FFF]
    /// The English names chart kinds once began their alternative text with, whatever the page's language.
    static let englishHeads = ["Table (", "Check matrix", "Funnel", "Impact matrix", "Bullet chart", "Ratings on", "Map of", "Scale:", "Trend:"]

    @Test("every PDF has a structure tree with headings, paragraphs and figures; every Figure has /Alt in the page's language; /Lang is set")
    func figuresHaveAlt() throws {
        #expect(Self.pdfs.count > 600, "documents and chart assets")
        var figures = 0, documentsWithHeadings = 0
        for pdf in Self.pdfs {
            let name = pdf.path.replacingOccurrences(of: Export.first.dir.path + "/", with: "")
            let tree = try StructureTree.read(pdf)
            let language = Self.language(of: pdf)
            #expect(tree.language == language, "\(name): /Lang \(tree.language ?? "none")")
            #expect(tree.elements.first?.type == "Document", "\(name)")
            if !name.hasPrefix("charts/") {
                let types = Set(tree.elements.map(\.type))
                #expect(types.isSuperset(of: ["H1", "P"]) && !types.isDisjoint(with: ["Figure", "Table"]), "\(name): \(types.sorted())")
                if types.contains("H1") { documentsWithHeadings += 1 }
            } else {
                #expect(tree.figures.count + tree.elements.filter { $0.type == "Table" }.count == 1,
                        "\(name): a chart asset is one figure or one table")
            }
            for figure in tree.figures {
                figures += 1
                let alt = figure.alt ?? ""
                #expect(!alt.trimmingCharacters(in: .whitespaces).isEmpty, "\(name): a Figure without /Alt")
                if let script = Self.scripts[language] {
                    #expect(alt.unicodeScalars.contains { script.contains($0.value) }, "\(name): /Alt not in \(language): \(alt)")
                } else if language != "en" {
                    #expect(!Self.englishHeads.contains { alt.hasPrefix($0) }, "\(name): /Alt begins in English: \(alt)")
                }
            }
        }
        #expect(figures > 1000)
        #expect(documentsWithHeadings > 100)
    }

    @Test("the structure's reading order is the order pdftotext extracts the text in; headings in page order")
    func readingOrder() throws {
        for pdf in Export.files("pdf") {
            let name = pdf.lastPathComponent
            let rtl = Self.language(of: pdf) == "ar"
            let elements = try StructureTree.texts(pdf)
            #expect(elements.count > 5, "\(name)")
            // Logical order: the text of every element comes in the order the page's content holds it
            // (pdftotext -raw), nothing untagged between.
            let raw = StructureTree.squeezed(try ExternalTool.run("pdftotext", ["-raw", pdf.path, "-"]).stdout)
            let keys = elements.map { StructureTree.key($0.text, rightToLeft: rtl) }
            #expect(StructureTree.firstOutOfOrder(keys, in: raw) == nil, "\(name): \(StructureTree.firstOutOfOrder(keys, in: raw) ?? "")")
            // Physical order: headings come in the order pdftotext reads the page's layout.
            let laid = StructureTree.squeezed(try ExternalTool.run("pdftotext", [pdf.path, "-"]).stdout)
            let headings = elements.filter { $0.type.hasPrefix("H") }.map { StructureTree.key($0.text, rightToLeft: rtl) }
            #expect(StructureTree.firstOutOfOrder(headings, in: laid) == nil, "\(name): headings")
        }
    }

    @Test("a table is a Table of rows (TR) of header cells (TH) and cells (TD), in the order the page prints them")
    func tables() throws {
        // Each table block on its own (its chart asset), in English: the cells alone on the page.
        let assets = Self.pdfs.filter { pdf in
            let folder = pdf.deletingLastPathComponent().lastPathComponent
            return pdf.path.contains("/charts/priority-") && !["-ar", "-es", "-fr", "-ru", "-zh"].contains { folder.hasSuffix($0) }
        }
        var tables = 0
        for pdf in assets {
            let types = try StructureTree.read(pdf).elements.map(\.type)
            guard let table = types.firstIndex(of: "Table") else { continue }
            tables += 1
            #expect(types[table + 1] == "TR" && types[table + 2] == "TH", "\(pdf.lastPathComponent): a table opens with a row of header cells")
            #expect(types.contains("TD"))
            #expect(!types.contains("Figure"), "a table is not also a figure")
            // Row by row, each row's header cell before its cells, as pdftotext lays the page out. Rows of
            // data only: header cells wrap over several lines, which pdftotext reads line by line.
            let cells = try StructureTree.texts(pdf).filter { ["TH", "TD"].contains($0.type) }
            let dataRows = Set(cells.filter { $0.type == "TD" }.map(\.row))
            let keys = cells.filter { dataRows.contains($0.row) }.map { StructureTree.key($0.text, rightToLeft: false) }
            let laid = StructureTree.squeezed(try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"]).stdout)
            #expect(StructureTree.firstOutOfOrder(keys, in: laid) == nil, "\(pdf.lastPathComponent): \(StructureTree.firstOutOfOrder(keys, in: laid) ?? "")")
        }
        #expect(tables >= 3)
    }

    @Test("the footer and page number are read last on each page of a fact sheet")
    func footerLast() throws {
        let pdf = Export.first.dir.appendingPathComponent("missions/factsheet-UNMISS-en.pdf")
        let elements = try StructureTree.texts(pdf)
        let pages = elements.indices.filter { elements[$0].type == "P" && elements[$0].text.allSatisfy(\.isNumber) && !elements[$0].text.isEmpty }
        #expect(!pages.isEmpty)
        // A page number is the last element of its page: the next one opens the next page's header.
        for i in pages where i + 2 < elements.count {
            #expect(elements[i + 1].type == "P" && elements[i + 2].type == "H1", "after page number \(elements[i].text): \(elements[i + 1])")
        }
        #expect(pages.last == elements.count - 1)
    }

    @Test("a chart asset's words are the same in its PDF's /Alt, its .txt, the manifest, its SVG and the gallery's alt")
    func sameWordsEverywhere() throws {
        struct Manifest: Decodable { var files: [Entry] }
        struct Entry: Decodable { var path: String; var format: String; var altText: String?; var folder: String }
        let dir = Export.first.dir
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        let gallery = try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8)
        var checked = 0
        for e in manifest.files where e.folder == "charts" && e.format == "pdf" {
            let alt = try #require(e.altText, "\(e.path)")
            let stem = dir.appendingPathComponent(String(e.path.dropLast(4)))
            let tree = try StructureTree.read(dir.appendingPathComponent(e.path))
            // A table is read cell by cell in the PDF; every other chart by its /Alt.
            if !tree.elements.contains(where: { $0.type == "Table" }) {
                #expect(tree.figures.map(\.alt) == [alt], "\(e.path)")
            }
            #expect(try String(contentsOf: stem.appendingPathExtension("txt"), encoding: .utf8) == alt + "\n")
            let svg = try String(contentsOf: stem.appendingPathExtension("svg"), encoding: .utf8)
            #expect(svg.contains("<g role=\"img\">") && svg.contains("<desc>\(xml(alt))</desc>"), "\(e.path): SVG")
            #expect(gallery.contains("alt=\"\(html(alt))\""), "\(e.path): gallery")
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test("each page SVG has one <g role=\"img\"> with <title> and <desc> per figure, and its language")
    func svgFigures() throws {
        let svg = try String(contentsOf: Export.first.dir.appendingPathComponent("missions/factsheet-UNMISS-fr-1.svg"), encoding: .utf8)
        #expect(svg.contains("xml:lang=\"fr\""))
        let pdf = try StructureTree.read(Export.first.dir.appendingPathComponent("missions/factsheet-UNMISS-fr.pdf"))
        let onPageOne = svg.components(separatedBy: "<g role=\"img\"><title>").count - 1
        let tables = pdf.elements.filter { $0.type == "Table" }.count
        #expect(onPageOne > 5 && onPageOne <= pdf.figures.count + tables)
        // The PDF's figures are described in the SVGs of the pages, tables too (the SVG has no text to read).
        let svgs = try (1...4).compactMap { n -> String? in
            let url = Export.first.dir.appendingPathComponent("missions/factsheet-UNMISS-fr-\(n).svg")
            return FileManager.default.fileExists(atPath: url.path) ? try String(contentsOf: url, encoding: .utf8) : nil
        }.joined()
        for figure in pdf.figures {
            #expect(svgs.contains("<desc>\(xml(figure.alt ?? ""))</desc>"), "\(figure.alt ?? "")")
        }
    }

    func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
    func html(_ s: String) -> String { xml(s).replacingOccurrences(of: "\"", with: "&quot;") }
}
