import A4PIndicators
import A4PLayoutSpec
import A4PPublication
import Foundation
import TestSupport
import Testing

/// The priority pages, the slides and the C-34 page in the languages `Specs/publication.yaml` lists for
/// them (issue 16): each prints its own title in the language, no English word outside proper names and
/// acronyms, no label fallen back to English; and the export names a label that falls back, with its key
/// and document, which `--strict` makes an error.
@Suite("The set in six languages: priority pages, slides, C-34 page, fallbacks")
struct LanguageSetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// English words a translated page must not print. Proper names the pages keep (Peacekeeping Resource
    /// Hub, MindCompanion, #PeaceBegins, Trailblazer, Pikasa, Elsie) and acronyms contain none of them;
    /// report titles are translated too ("Progress", "Report", "issued"). Not "missions", "Mission" or
    /// "Cycle": French writes them the same.
    static let englishWords = ["the", "and", "of", "with", "for", "from", "by", "to", "Source", "Reporting", "Highlights",
                               "Progress", "Report", "issued", "not reported", "yes"]

    static func englishLeft(_ text: String, language: String = "es") -> [String] {
        // French writes "Source" too.
        englishWords.filter { !(language == "fr" && $0 == "Source") }.filter { word in
            let options: String.CompareOptions = word.first!.isUppercase ? [.regularExpression] : [.regularExpression, .caseInsensitive]
            return text.range(of: "\\b" + NSRegularExpression.escapedPattern(for: word) + "\\b", options: options) != nil
        }
    }

    /// The specs of the manifest's priority, follow-up and slide sets, each with the languages listed
    /// for it (English left out: it is the specs' own language).
    static func translatedSpecs() throws -> [(spec: String, language: String)] {
        let manifestURL = root.appendingPathComponent("Specs/publication.yaml")
        let manifest = try PublicationManifest.load(manifestURL)
        var out: [(String, String)] = []
        for set in manifest.sets where set.folder != "overview" && set.folder != "missions" {
            for url in PublicationManifest.expand(set.specs, base: manifestURL.deletingLastPathComponent()) {
                for language in set.languages where language != "en" {
                    out.append((url.path, language))
                }
            }
        }
        return out
    }

    /// `popplerLamAlef`, then lam + alef maksura swapped as well, and Arabic marks (U+064B–U+065F,
    /// U+0670) left out: the extraction drops the shadda of "قيّمت" and the tanwin of "شخصًا".
    static func popplerArabic(_ s: String) -> String {
        var scalars = Array(withoutMarks(popplerLamAlef(s)).unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "\u{0644}", scalars[i + 1] == "\u{0649}" { scalars.swapAt(i, i + 1); i += 2 } else { i += 1 }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func withoutMarks(_ s: String) -> String {
        // Arabic marks, and the invisible direction controls (LRM, RLM, word joiner, LRI…PDI) the
        // text layer keeps Latin runs whole with, which poppler extracts with the text.
        String(String.UnicodeScalarView(s.unicodeScalars.filter {
            !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 && ![0x200E, 0x200F, 0x2060].contains($0.value) && !(0x2066...0x2069).contains($0.value)
        }))
    }

    static func tables() -> Translations {
        var log = DiagnosticLog()
        return Translations.load(from: root.appendingPathComponent("Translations"), log: &log)
    }

    @Test("the manifest lists every language for the C-34 page, and at least three besides English for priority pages and slides")
    func manifestLanguages() throws {
        let pairs = try Self.translatedSpecs()
        func languages(_ stem: String) -> Set<String> { Set(pairs.filter { $0.spec.hasSuffix(stem) }.map(\.language)) }
        #expect(languages("follow-up/c34.yaml") == ["fr", "ar", "es", "ru", "zh"])
        for stem in ["priorities/P1.yaml", "priorities/P7.yaml", "slides/P1-key.yaml", "slides/factsheet-slide.yaml"] {
            #expect(languages(stem).count >= 3, "\(stem): \(languages(stem).sorted())")
        }
        // Issue 14: the key-chart slides fit Arabic type, so they are made in Arabic too.
        for n in 1...7 { #expect(languages("slides/P\(n)-key.yaml").contains("ar"), "P\(n)-key in Arabic") }
    }

    @Test("each listed language: the page's own title in it, no English word, no fallback, no missing glyph",
          arguments: ["fr", "ar", "es", "ru", "zh"])
    func pages(language: String) throws {
        let specs = try Self.translatedSpecs().filter { $0.language == language }.map(\.spec)
        try #require(!specs.isEmpty)
        let t = Self.tables()
        let dir = try TempDir.make("a4p-lang-\(language)")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The mission slide once, for UNMISS (the template's other missions share its words).
        let run = try A4PBinary.run(["render"] + specs + ["--lang", language, "--only", "UNMISS", "--format", "pdf", "--out", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        for warning in ["missing glyph", "no translation", "fallback-translation", "stale-translation"] {
            #expect(!run.stderr.contains(warning), "\(language): '\(warning)' on stderr:\n\(run.stderr)")
        }
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count == specs.count, "\(pdfs)")
        for pdf in pdfs {
            let text = normalisedExtraction(try ExternalTool.run("pdftotext", [dir.appendingPathComponent(pdf).path, "-"]).stdout)
            let squeezed = text.filter { !$0.isWhitespace }
            // The page's title in the language: a priority page's or slide's header, the mission's UN name.
            let stem = pdf.replacingOccurrences(of: "-\(language).pdf", with: "")
            let key: String = switch stem {
            case let s where s.hasPrefix("priority-"): "\(s.dropFirst("priority-".count)).header.title"
            case let s where s.hasPrefix("slide-priority-"): "slide.\(s.dropFirst("slide-priority-".count)).header.title"
            case "c34-follow-up": "c34.header.title"
            default: "mission.UNMISS.name"
            }
            let title = try #require(t.lookup(key, language: language), "\(pdf): no \(key)")
            // Arabic as poppler extracts it: the lam-alef ligature comes back swapped (and, on the
            // key-chart slides' titles, lam-alef maksura and the marks shadda and tanwin).
            let expected = Self.popplerArabic(title).filter { !$0.isWhitespace }
            #expect(Self.withoutMarks(squeezed).localizedCaseInsensitiveContains(expected), "\(pdf): '\(title)' not on the page")
            let left = Self.englishLeft(text, language: language)
            #expect(left.isEmpty, "\(pdf): English words \(left):\n\(text)")
            // Arabic pages print Western digits only (Theme.digits), in translations too.
            if language == "ar" {
                #expect(!text.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) }, "\(pdf): Arabic-Indic digits")
            }
        }
    }

    @Test("the word check bites on an English label and leaves translated report titles alone")
    func wordCheckBites() {
        #expect(Self.englishLeft("Source : 6e rapport d’étape (févr. 2025) | Rapports A4P+", language: "fr").isEmpty)
        #expect(Self.englishLeft("Fuente: A4P+ 6th Progress Report (February 2025)") == ["Progress", "Report"])
        #expect(Self.englishLeft("Missions with an articulated political strategy, by cycle") == ["with", "by"])
        #expect(Self.englishLeft("MONUSCO · Personnes sensibilisées · PeaceBegins · MindCompanion").isEmpty)
    }

    /// A copy of the project (Data, Specs, Translations) whose tables lack two keys, exported through a
    /// manifest of one priority page in English, Spanish and French.
    @Test("export warns on a label printed in English, with key and document; --strict fails with 65 and writes nothing")
    func fallbackWarned() throws {
        let fm = FileManager.default
        let project = try TempDir.make("a4p-fallback")
        defer { try? fm.removeItem(at: project) }
        for folder in ["Data", "Specs", "Translations"] {
            try fm.copyItem(at: Self.root.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        func drop(_ key: String, from language: String) throws {
            let url = project.appendingPathComponent("Translations/\(language).yaml")
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let kept = lines.filter { !$0.hasPrefix("\(key):") }
            #expect(kept.count == lines.count - 1, "\(key) in \(language).yaml")
            try kept.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try drop("P1.header.title", from: "es")         // a {t:key} of the spec
        try drop("category.combatants", from: "fr")     // a label of the data (a bar's category)
        let manifest = project.appendingPathComponent("Specs/languages.yaml")
        try """
            title: "Fallback test"
            sets:
              - folder: priorities
                role: priority
                specs: [publication/priorities/P1.yaml]
                languages: [en, es, fr]
            """.write(to: manifest, atomically: true, encoding: .utf8)
        let run = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", project.appendingPathComponent("out").path,
                                     "--format", "pdf"], in: project)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("warning: es: 'P1.header.title' is not in Translations/es.yaml; printed in English in priority-P1-es [fallback-translation]"),
                "\(run.stdout)")
        #expect(run.stdout.contains("warning: fr: 'category.combatants' is not in Translations/fr.yaml; printed in English in priority-P1-fr [fallback-translation]"),
                "\(run.stdout)")
        let strict = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", project.appendingPathComponent("strict").path,
                                        "--format", "pdf", "--strict"], in: project)
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("error: es: 'P1.header.title'"), "\(strict.stderr)")
        #expect(strict.stderr.contains("error: fr: 'category.combatants'"), "\(strict.stderr)")
        #expect(!fm.fileExists(atPath: project.appendingPathComponent("strict/manifest.json").path))
        // `render` names it too.
        let render = try A4PBinary.run(["render", project.appendingPathComponent("Specs/publication/priorities/P1.yaml").path,
                                        "--lang", "fr", "--format", "pdf", "--out", project.appendingPathComponent("r").path], in: project)
        #expect(render.stderr.contains("priority-P1-fr: warning: 'category.combatants' is not in the fr table; printed in English [fallback-translation]"),
                "\(render.stderr)")
    }
}
