import A4PCharts
import A4PIndicators
import Foundation
import TestSupport
import Testing

/// One export of the publication set, made once for all tests (two, for the determinism test).
enum Export {
    struct Run: Sendable {
        var dir: URL
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ extra: [String] = []) -> Run {
        let dir = try! TempDir.make("a4p-export")
        let out = try! A4PBinary.run(["export", "--out", dir.path, "--scale", "1", "--charts"] + extra)
        return Run(dir: dir, status: out.status, stdout: out.stdout, stderr: out.stderr)
    }

    /// `first` lays out and renders on every core; `second` one thing at a time.
    static let first = run()
    static let second = run(["--jobs", "1"])

    /// The documents' files (not the chart assets under `charts/`, which `ChartAssetTests` reads).
    static func files(_ ext: String, in dir: URL = first.dir) -> [URL] {
        (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix("." + ext) && !$0.hasPrefix("charts/") }.sorted().map { dir.appendingPathComponent($0) }
    }

    static func text(_ pdf: String) throws -> String {
        normalisedExtraction(try ExternalTool.run("pdftotext", [first.dir.appendingPathComponent(pdf).path, "-"]).stdout)
    }

    static let dataset: Dataset = try! DatasetLoader().loadValid(from: DataDirectory.locate()!)
}

@Suite("a4p export: the publication set")
struct ExportTests {
    @Test("the export succeeds and prints no warning")
    func succeeds() {
        #expect(Export.first.status == 0, "\(Export.first.stderr)")
        #expect(Export.first.stderr.isEmpty, "warnings: \(Export.first.stderr)")
        #expect(Export.first.stdout.hasPrefix("exported "))
    }

    /// The six UN languages: the overview and every fact sheet come out in each.
    static let languages = ["ar", "en", "es", "fr", "ru", "zh"]

    @Test("the folders, fact sheets for 12 missions and the overview in the six UN languages")
    func layout() throws {
        let fm = FileManager.default
        for folder in ["overview", "missions", "slides", "combined", "thumbnails"] {
            #expect(fm.fileExists(atPath: Export.first.dir.appendingPathComponent(folder).path), "\(folder)/ missing")
        }
        let missions = Export.dataset.missions.filter { $0.kind == .mission }.map(\.id)
        #expect(missions.count == 12)
        for m in missions {
            for lang in Self.languages {
                #expect(fm.fileExists(atPath: Export.first.dir.appendingPathComponent("missions/factsheet-\(m)-\(lang).pdf").path), "\(m) \(lang)")
            }
            #expect(fm.fileExists(atPath: Export.first.dir.appendingPathComponent("combined/mission-\(m).pdf").path))
        }
        for lang in Self.languages {
            #expect(fm.fileExists(atPath: Export.first.dir.appendingPathComponent("overview/overview-\(lang).pdf").path), "overview \(lang)")
        }
    }

    @Test("every PDF passes qpdf --check and embeds only subset fonts")
    func pdfsValid() throws {
        let pdfs = Export.files("pdf")
        #expect(pdfs.count >= 40)
        for pdf in pdfs {
            #expect(try ExternalTool.run("qpdf", ["--check", pdf.path]).status == 0, "\(pdf.lastPathComponent)")
            let rows = try ExternalTool.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
            for row in rows {
                let flags = Array(row.split(separator: " ").suffix(5).prefix(2))
                #expect(flags == ["yes", "yes"], "\(pdf.lastPathComponent): \(row)")
            }
        }
    }

    @Test("PDFs carry title, subject and keywords")
    func metadata() throws {
        for pdf in Export.files("pdf") {
            let info = try ExternalTool.run("pdfinfo", [pdf.path]).stdout
            for key in ["Title:", "Subject:", "Keywords:"] { #expect(info.contains(key), "\(pdf.lastPathComponent) lacks \(key)") }
        }
    }

    @Test("the overview's headline figures come back from pdftotext")
    func headlines() throws {
        let text = try Export.text("overview/overview-en.pdf")
        // Cycle 6 (seed 001): 7 strategies, 8 CPAS missions, 367 TPP trainees, 246 detained (since 2013), 7 peacekeepers
        // repatriated (the P5 page's headline), 29 articles, 6 SOFA missions.
        for figure in ["7", "8", "367", "246", "since 2013", "peacekeepers repatriated", "29", "6", "UNMISS", "MINUSMA"] {
            #expect(text.contains(figure), "\(figure) not in the overview")
        }
    }

    @Test("every number the dataset holds for a mission appears on its fact sheet")
    func everyMissionNumber() throws {
        let locale = Locale(identifier: "en")
        for mission in Export.dataset.missions where mission.kind == .mission {
            let text = try Export.text("missions/factsheet-\(mission.id)-en.pdf")
            for o in Export.dataset.observations where o.mission == mission.id {
                guard let n = o.value.number, let indicator = Export.dataset.indicator(o.indicator) else { continue }
                // As exactly as the data holds it: "77.3%", "3,699:1", "68,924".
                let format: ValueFormat = switch indicator.unit {
                case .percent: .percent(fractionDigits: 2)
                case .ratio: .ratio
                default: .number(maxFractionDigits: 2)
                }
                let written = format.string(n, locale: locale)
                // A ratio its mission's text gives in the report's words ("3,699 to 1", UNMISS's mental-health
                // support, grouped as figures are: review 7) is printed once, there, not again as a figure (review 4).
                let words = indicator.unit == .ratio ? ValueFormat.number().string(n, locale: locale) + " to 1" : written
                #expect(text.contains(written) || text.contains(words), "\(mission.id): \(o.key) = \(written) not on the fact sheet")
            }
        }
    }

    @Test("fact sheets in ar, es, fr, ru and zh carry the mission's name in the language and no English indicator title",
          arguments: ["ar", "es", "fr", "ru", "zh"])
    func translatedFactSheets(language: String) throws {
        let table = try String(contentsOf: DataDirectory.locate()!.deletingLastPathComponent()
            .appendingPathComponent("Translations/\(language).yaml"), encoding: .utf8)
        for mission in Export.dataset.missions where mission.kind == .mission {
            let text = try Export.text("missions/factsheet-\(mission.id)-\(language).pdf")
            // Lines break anywhere in Chinese and poppler swaps Arabic lam-alef: compare without whitespace.
            let squeezed = text.filter { !$0.isWhitespace }
            let line = table.split(separator: "\n").first { $0.hasPrefix("mission.\(mission.id).name: ") }
            let name = try #require(line.map { String($0.split(separator: "\"")[1]) }, "\(mission.id) has no name in \(language).yaml")
            let expected = (language == "ar" ? popplerLamAlef(name) : name).filter { !$0.isWhitespace }
            #expect(squeezed.contains(expected), "\(mission.id) (\(language)): '\(name)' not on the sheet")
            #expect(!text.contains(mission.name), "\(mission.id) (\(language)): the English name is on the sheet")
            for indicator in Export.dataset.indicators where indicator.title.count > 24 {
                #expect(!text.contains(indicator.title), "\(mission.id) (\(language)): '\(indicator.title)' is in English")
            }
        }
    }

    @Test("combined PDFs have outlines: per mission, and the whole set by priority and mission")
    func outlines() throws {
        let whole = try ExternalTool.run("qpdf", ["--json", "--json-key=outlines", Export.first.dir.appendingPathComponent("combined/a4p-publication.pdf").path]).stdout
        #expect(whole.contains("\"title\": \"Missions\"") && whole.contains("UNMISS"))
        let unmiss = try ExternalTool.run("qpdf", ["--json", "--json-key=outlines", Export.first.dir.appendingPathComponent("combined/mission-UNMISS.pdf").path]).stdout
        #expect(unmiss.contains("\"title\": \"Fact sheet\"") && unmiss.contains("\"title\": \"Slide\""))
    }

    @Test("manifest.json lists every file with its size and sha256, and index.html links only to files that exist")
    func manifestAndIndex() throws {
        struct Manifest: Decodable {
            struct File: Decodable { var path: String; var bytes: Int; var sha256: String; var format: String; var language: String? }
            var files: [File]
        }
        let data = try Data(contentsOf: Export.first.dir.appendingPathComponent("manifest.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        #expect(manifest.files.count >= 150)
        for f in manifest.files.prefix(40) {
            let bytes = try Data(contentsOf: Export.first.dir.appendingPathComponent(f.path))
            #expect(bytes.count == f.bytes)
            let shasum = try ExternalTool.run("sha256sum", [Export.first.dir.appendingPathComponent(f.path).path]).stdout.prefix(64)
            #expect(String(shasum) == f.sha256, "\(f.path)")
        }
        let html = try String(contentsOf: Export.first.dir.appendingPathComponent("index.html"), encoding: .utf8)
        let refs = html.matches(of: /(?:href|src)="([^"]+)"/).map { String($0.1) }
        #expect(refs.count > 150)
        for r in refs { #expect(FileManager.default.fileExists(atPath: Export.first.dir.appendingPathComponent(r).path), "\(r)") }
        #expect(!html.contains("http://") && !html.contains("https://"), "works offline: no network references")
        // Each card's title carries its language; Arabic titles run right to left.
        #expect(html.contains("<strong lang=\"ar\" dir=\"rtl\">"), "Arabic cards are marked lang and dir")
        #expect(html.contains("<strong lang=\"zh\">") && html.contains("<strong lang=\"fr\">"))
    }

    @Test("two exports give identical bytes, one on every core and one with --jobs 1: every file, and what they print")
    func deterministic() throws {
        let a = try Data(contentsOf: Export.first.dir.appendingPathComponent("manifest.json"))
        let b = try Data(contentsOf: Export.second.dir.appendingPathComponent("manifest.json"))
        #expect(a == b, "the manifests (with every file's sha256) differ")
        func tree(_ dir: URL) -> [String] {
            (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }.sorted()
        }
        let paths = tree(Export.first.dir)
        #expect(paths == tree(Export.second.dir) && paths.count > 3000, "\(paths.count) files")
        // Thumbnails and index.html too, which the manifest lists without a hash.
        for path in paths {
            let x = try Data(contentsOf: Export.first.dir.appendingPathComponent(path))
            let y = try Data(contentsOf: Export.second.dir.appendingPathComponent(path))
            #expect(x == y, "\(path) differs between --jobs 1 and the default")
        }
        func printed(_ run: Export.Run) -> String {
            run.stdout.replacingOccurrences(of: run.dir.path, with: "OUT").replacingOccurrences(of: #" in [0-9.]+ s\n"#, with: "\n", options: .regularExpression)
        }
        #expect(printed(Export.first) == printed(Export.second))
        #expect(Export.first.stderr == Export.second.stderr)
    }

    @Test("the French fact sheet sets a narrow no-break space before the colon: 'Période couverte :'")
    func frenchColon() throws {
        let pdf = Export.first.dir.appendingPathComponent("missions/factsheet-UNMISS-fr.pdf")
        // poppler extracts U+202F as a plain space; the PDF's ToUnicode maps a glyph to U+202F.
        let text = try Export.text("missions/factsheet-UNMISS-fr.pdf")
        #expect(text.contains("Période couverte : Cycle 6"), "\(text.prefix(400))")
        #expect(!text.contains("couverte:"))
        let dir = try TempDir.make()
        let qdf = dir.appendingPathComponent("qdf.pdf")
        _ = try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        let raw = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        #expect(raw.range(of: "<202f>", options: .caseInsensitive) != nil, "no glyph of the French sheet maps to U+202F")
    }

    @Test("Arabic pages print one digit style, Western: no Arabic-Indic digit in the overview or a fact sheet")
    func arabicDigits() throws {
        for pdf in ["overview/overview-ar.pdf", "missions/factsheet-UNMISS-ar.pdf", "missions/factsheet-MONUSCO-ar.pdf"] {
            let text = try Export.text(pdf)
            let indic = text.unicodeScalars.filter { (0x0660...0x0669).contains($0.value) || (0x06F0...0x06F9).contains($0.value) }
            #expect(indic.isEmpty, "\(pdf): Arabic-Indic digits \(String(String.UnicodeScalarView(indic)))")
            #expect(text.contains("2024"), "\(pdf): no Western year")
        }
    }

    @Test("Chinese fact sheets: full-width colon after the header's words")
    func chinesePunctuation() throws {
        let text = try Export.text("missions/factsheet-UNMISS-zh.pdf").filter { !$0.isWhitespace }
        #expect(text.contains("报告所述期间：第6周期"), "\(text.prefix(300))")
        #expect(!text.contains("来源:"))
    }

    @Test("a highlight printed in translation says it is the project's unofficial translation; English pages do not")
    func translationColophon() throws {
        let fr = try Export.text("missions/factsheet-UNMISS-fr.pdf")
        #expect(fr.contains("A promu des forums politiques"))
        #expect(fr.contains("Traduction non officielle."))
        let en = try Export.text("missions/factsheet-UNMISS-en.pdf")
        #expect(en.contains("Promoted political forums") && !en.contains("unofficial translation"))
    }
}
