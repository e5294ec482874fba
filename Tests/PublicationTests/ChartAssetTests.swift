import A4PCharts
import Foundation
import TestSupport
import Testing

/// The chart assets of the export (issue 17): every chart block on its own under `charts/<document>/`.
@Suite("a4p export: chart assets")
struct ChartAssetTests {
    struct Entry: Decodable {
        var path: String
        var mission: String?
        var language: String?
        var format: String
        var folder: String
        var title: String?
        var document: String?
        var block: String?
        var altText: String?
    }

    static func entries(_ dir: URL) throws -> [Entry] {
        struct Manifest: Decodable { var files: [Entry] }
        return try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json"))).files
    }

    /// Numbers as printed ("1,234", "45%", "3.5") as values: thousands separators dropped.
    /// Numbers as printed: "68,924" and "98.6"; with `decimalComma` (French pages) "98,6".
    static func numbers(_ text: String, decimalComma: Bool = false) -> [(value: Double, decimals: Int)] {
        // French groups thousands with a narrow no-break space ("365 000"), decimals after a comma.
        let regex = try! NSRegularExpression(pattern: decimalComma ? "[0-9]+([\u{202F}\u{00A0} ][0-9]{3})*(,[0-9]+)?" : "[0-9][0-9,]*(\\.[0-9]+)?")
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
            let raw = String(text[Range(m.range, in: text)!])
            let s = decimalComma ? raw.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".") : raw.replacingOccurrences(of: ",", with: "")
            guard let v = Double(s) else { return nil }
            return (v, s.firstIndex(of: ".").map { s.distance(from: $0, to: s.endIndex) - 1 } ?? 0)
        }
    }

    static func pdfText(_ url: URL) throws -> String {
        normalisedExtraction(try ExternalTool.run("pdftotext", [url.path, "-"]).stdout)
    }

    static func csvRows(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(header == ["indicator", "mission", "category", "period", "state", "value", "source"])
        return lines.dropFirst().map { line in
            // Quoted fields (texts, report names with commas): a small RFC 4180 reader.
            var fields: [String] = [], field = "", quoted = false
            var chars = Array(line)[...]
            while let c = chars.popFirst() {
                if quoted {
                    if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
                } else if c == "\"" { quoted = true } else if c == "," { fields.append(field); field = "" } else { field.append(c) }
            }
            fields.append(field)
            return Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
    }

    @Test("every chart asset is written in each format with its CSV and alt text, and listed in the manifest")
    func manifestEntries() throws {
        #expect(Export.first.status == 0, "\(Export.first.stderr)")
        let entries = try Self.entries(Export.first.dir).filter { $0.folder == "charts" }
        #expect(entries.count > 500, "\(entries.count) chart asset files")
        let fm = FileManager.default
        for e in entries {
            #expect(fm.fileExists(atPath: Export.first.dir.appendingPathComponent(e.path).path), "\(e.path)")
            let block = try #require(e.block), document = try #require(e.document)
            #expect(e.path == "charts/\(document)/\(block).\(e.format)")
            #expect(e.language != nil)
            #expect(!(e.altText ?? "").isEmpty, "\(e.path) has no alt text")
        }
        // Each block has all five files; fact sheets have their mission.
        let byBlock = Dictionary(grouping: entries) { "\($0.document!)/\($0.block!)" }
        for (key, files) in byBlock {
            #expect(Set(files.map(\.format)) == ["pdf", "png", "svg", "csv", "txt"], "\(key): \(files.map(\.format))")
        }
        let factsheets = entries.filter { $0.document!.hasPrefix("factsheet-") }
        #expect(!factsheets.isEmpty && factsheets.allSatisfy { $0.mission != nil })
        // Every exported fact sheet in every language has assets.
        for lang in ExportTests.languages {
            #expect(entries.contains { $0.document == "factsheet-MINUSCA-\(lang)" && $0.language == lang }, "MINUSCA \(lang)")
        }
        // The spec's own ids are used as given.
        #expect(entries.contains { $0.path == "charts/slides-P1-key/p1-01-kpi.pdf" || $0.block == "p1-01-kpi" })
        // index.html stays a gallery of documents: each card folds its charts away, one picture each.
        let html = try String(contentsOf: Export.first.dir.appendingPathComponent("index.html"), encoding: .utf8)
        let pictures = entries.filter { $0.format == "png" }
        let documents = try FileManager.default.subpathsOfDirectory(atPath: Export.first.dir.path)
            .filter { $0.hasSuffix(".pdf") && !$0.hasPrefix("charts/") }.count  // documents and combined PDFs
        #expect(html.components(separatedBy: "<figure data-").count - 1 == documents, "one card per document, not per chart")
        #expect(html.components(separatedBy: "<li><a href=\"charts/").count - 1 == pictures.count)
    }

    @Test("the asset's PDF is one page the size of the block; its PNG is 2×")
    func sizes() throws {
        let dir = Export.first.dir.appendingPathComponent("charts/priority-P1")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(!pdfs.isEmpty)
        for pdf in pdfs {
            let info = try ExternalTool.run("pdfinfo", [dir.appendingPathComponent(pdf).path]).stdout
            #expect(info.range(of: "Pages: +1\n", options: .regularExpression) != nil, "\(pdf): \(info)")
            let size = try #require(info.split(separator: "\n").first { $0.hasPrefix("Page size:") })
            let parts = size.split(separator: " ").compactMap { Double($0) }
            #expect(parts.count >= 2 && parts[0] < 595 && parts[1] < 842, "\(pdf): \(size)")
            let png = dir.appendingPathComponent(pdf.replacingOccurrences(of: ".pdf", with: ".png")).path
            let image = try #require(ReferenceImage.pixels(png), "\(png)")
            #expect(abs(Double(image.width) - parts[0] * 2) <= 2 && abs(Double(image.height) - parts[1] * 2) <= 2, "\(pdf): \(image.width)×\(image.height) for \(parts)")
        }
    }

    /// Kinds that print every figure they show as text (lines and sparklines label only some points).
    static let printsEvery: Set<String> = ["kpi", "bar", "table", "donut", "funnel", "figure"]

    @Test("each asset's CSV holds the figures its chart prints, and the document prints them too",
          arguments: ["priority-P1", "priority-P3", "factsheet-MINUSCA-en", "factsheet-UNMISS-fr", "overview-en"])
    func csvMatchesPDF(document: String) throws {
        let dir = Export.first.dir.appendingPathComponent("charts/\(document)")
        let blocks = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(!blocks.isEmpty, "\(document) has no chart assets")
        let entries = try Self.entries(Export.first.dir).filter { $0.document == document }
        for csv in blocks {
            let id = String(csv.dropLast(4))
            let text = try Self.pdfText(dir.appendingPathComponent(id + ".pdf"))
            // A French page writes "98,6 %" (the fact sheet's EO tile has one decimal).
            let printed = Self.numbers(text) + (document.hasSuffix("-fr") ? Self.numbers(text, decimalComma: true) : [])
            let rows = try Self.csvRows(dir.appendingPathComponent(csv))
            #expect(!rows.isEmpty, "\(document)/\(id): no figures")
            for row in rows {
                #expect(["value", "none", "not applicable", "not reported"].contains(row["state"] ?? ""), "\(id): \(row)")
                #expect(!(row["source"] ?? "").isEmpty, "\(id): \(row)")
            }
            let kind = id.split(separator: "-").first.map(String.init) ?? ""
            let values = rows.filter { $0["state"] == "value" }.compactMap { $0["value"].flatMap(Double.init) }
            // A 0 may be said in words ("None (Cycle 4).", issue 14: zeros are findings, not heroes).
            let language = document.split(separator: "-").last.map(String.init).flatMap { ["fr", "es", "ru", "ar", "zh"].contains($0) ? $0 : nil } ?? "en"
            let saysNone = text.lowercased().contains(Words.absent(.none, language).lowercased())
            func shown(_ v: Double) -> Bool {
                (v == 0 && saysNone) || printed.contains { p in abs(p.value - v) <= 0.5 * pow(10, -Double(p.decimals)) + 1e-9 }
            }
            if Self.printsEvery.contains(kind) {
                for v in values { #expect(shown(v), "\(document)/\(id): \(v) in the CSV, not in the chart: \(text)") }
            } else if !values.isEmpty && !values.contains(where: shown) {
                Issue.record("\(document)/\(id): none of \(values) printed: \(text)")
            }
            // The asset is the block as the page prints it: its alt text is the manifest's.
            let alt = try String(contentsOf: dir.appendingPathComponent(id + ".txt"), encoding: .utf8)
            #expect(entries.contains { $0.block == id && ($0.altText ?? "") + "\n" == alt }, "\(id)")
        }
    }

    @Test("ids are the same in a second export")
    func sameIDsTwice() throws {
        let a = try Self.entries(Export.first.dir).filter { $0.folder == "charts" }.map(\.path)
        let b = try Self.entries(Export.second.dir).filter { $0.folder == "charts" }.map(\.path)
        #expect(a == b && !a.isEmpty)
    }

    /// P1 in a project of its own, optionally with a block inserted at the top; its chart asset ids.
    static func p1IDs(inserting block: String?) throws -> [String] {
        let project = try TempDir.make("a4p-asset-ids")
        let fm = FileManager.default
        try fm.createDirectory(at: project.appendingPathComponent("Specs"), withIntermediateDirectories: true)
        for folder in ["Data", "Translations", "Specs/publication"] {
            try fm.copyItem(at: SmallExport.repository.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        if let block {
            let spec = project.appendingPathComponent("Specs/publication/priorities/P1.yaml")
            let text = try String(contentsOf: spec, encoding: .utf8)
            try text.replacingOccurrences(of: "\nblocks:\n", with: "\nblocks:\n" + block).write(to: spec, atomically: true, encoding: .utf8)
        }
        let manifest = project.appendingPathComponent("Specs/publication.yaml")
        try "title: \"One page\"\nsets:\n  - folder: priorities\n    role: priority\n    specs: [publication/priorities/P1.yaml]\n    languages: [en]\n"
            .write(to: manifest, atomically: true, encoding: .utf8)
        let out = project.appendingPathComponent("out")
        let result = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", out.path, "--format", "svg", "--scale", "1", "--charts"])
        #expect(result.status == 0, "\(result.stderr)")
        return try fm.contentsOfDirectory(atPath: out.appendingPathComponent("charts/priority-P1").path)
            .filter { $0.hasSuffix(".svg") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("ids do not change when a block is inserted at the top of the spec")
    func idsSurviveInsertion() throws {
        let before = try Self.p1IDs(inserting: nil)
        // A chart of its own on a page of its own before the others (so nothing else moves to another page).
        let after = try Self.p1IDs(inserting: "  - type: kpi\n    span: 3\n    indicator: P1.01\n    period: latest\n    caption: \"inserted\"\n  - type: page-break\n")
        #expect(!before.isEmpty)
        #expect(Set(before).isSubset(of: Set(after)), "before: \(before)\nafter: \(after)")
        #expect(after.count == before.count + 1, "\(after)")
    }

    @Test("a4p render --block renders one block alone, the size of its box; an unknown id is an error listing the ids")
    func renderBlock() throws {
        let out = try TempDir.make("a4p-render-block")
        let spec = SmallExport.repository.appendingPathComponent("Specs/publication/slides/P1-key.yaml").path
        let result = try A4PBinary.run(["render", spec, "--block", "p1-01-kpi", "--out", out.path, "--format", "pdf,svg"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.count == 2 && files.allSatisfy { $0.contains("p1-01-kpi") }, "\(files)")
        let pdf = try #require(files.first { $0.hasSuffix(".pdf") })
        let info = try ExternalTool.run("pdfinfo", [out.appendingPathComponent(pdf).path]).stdout
        #expect(info.range(of: "Pages: +1\n", options: .regularExpression) != nil && !info.contains("960 x 540"), "\(info)")
        let bad = try A4PBinary.run(["render", spec, "--block", "no-such-block", "--out", out.path, "--format", "pdf"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("p1-01-kpi"), "\(bad.stderr)")
    }
}
