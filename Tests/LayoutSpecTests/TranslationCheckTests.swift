import A4PIndicators
import A4PLayoutSpec
import Foundation
import TestSupport
import Testing

/// `a4p translations check` (docs/translations.md).
@Suite("a4p translations check")
struct TranslationCheckTests {
    @Test("the shipped tables have every key: a4p translations check exits 0")
    func shippedComplete() throws {
        let out = try A4PBinary.run(["translations", "check", "--translations", ShippedSpecs.path("Translations"),
                                     "--specs", ShippedSpecs.path("Specs"), "--data", ShippedSpecs.path("Data")])
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        for language in ["ar", "en", "es", "fr", "ru", "zh"] { #expect(out.stdout.contains("\(language): "), "\(language) not checked") }
        #expect(out.stdout.contains("ar: ") && out.stdout.contains("none missing") && !out.stdout.contains("stale"))
    }

    @Test("a deliberately missing key is reported with the file and line where it is needed, exit 1")
    func missingKey() throws {
        let dir = try TempDir.make("a4p-translations")
        for language in ["ar", "en", "es", "fr", "ru", "zh"] {
            var text = try String(contentsOfFile: ShippedSpecs.path("Translations/\(language).yaml"), encoding: .utf8)
            // Arabic loses a placeholder key (used by the specs) and a data key (held to the other tables).
            if language == "ar" {
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix("highlights:") && !$0.hasPrefix("category.articles:") }.joined(separator: "\n")
            }
            try text.write(to: dir.appendingPathComponent("\(language).yaml"), atomically: true, encoding: .utf8)
        }
        let specs = ShippedSpecs.path("Specs")
        let out = try A4PBinary.run(["translations", "check", "--translations", dir.path, "--specs", specs, "--lang", "ar"])
        #expect(out.status == 1, "\(out.stdout)\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        let highlights = try #require(lines.first { $0.contains("missing 'highlights'") }, "\(out.stdout)")
        #expect(highlights.hasPrefix(dir.appendingPathComponent("ar.yaml").path))
        // The fact sheet writes {t:highlights} at its line 83.
        let factsheet = try String(contentsOfFile: ShippedSpecs.path("Specs/publication/missions/factsheet.yaml"), encoding: .utf8)
        let line = try #require(factsheet.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{t:highlights}") }) + 1
        #expect(highlights.contains("Specs/publication/missions/factsheet.yaml:\(line)"), "\(highlights)")
        let articles = try #require(lines.first { $0.contains("missing 'category.articles'") }, "\(out.stdout)")
        let frLine = try #require(try String(contentsOfFile: dir.appendingPathComponent("fr.yaml").path, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("category.articles:") }) + 1
        #expect(articles.contains("fr.yaml:\(frLine)"), "\(articles)")
        var log = DiagnosticLog()
        let shipped = try #require(Translations.load(from: URL(fileURLWithPath: ShippedSpecs.path("Translations")), log: &log).tables["ar"])
        #expect(lines.contains("ar: \(shipped.count - 2) keys, 2 missing"), "\(lines)")
        // Other languages are complete.
        let es = try A4PBinary.run(["translations", "check", "--translations", dir.path, "--specs", specs, "--lang", "es"])
        #expect(es.status == 0, "\(es.stdout)")
    }

    @Test("the check against placeholders: a {t:key} that no table has is missing in every language")
    func placeholders() throws {
        let check = TranslationCheck(translations: Translations(tables: ["en": ["a": "A"], "fr": ["a": "A", "b": "B"], "ar": ["a": "أ"]]),
                                     placeholders: ["a": [SourcePosition(file: "s.yaml", line: 3, column: 1)],
                                                    "c": [SourcePosition(file: "s.yaml", line: 9, column: 5)]])
        #expect(check.missing("en").map(\.key) == ["c"])
        #expect(check.missing("fr").map(\.key) == ["c"])
        #expect(check.missing("ar").map(\.key) == ["b", "c"])
        #expect(check.missing("ar").last?.neededAt == [SourcePosition(file: "s.yaml", line: 9, column: 5)])
    }

    @Test("a translation of a data text whose English original changed is reported stale, with its line, exit 1")
    func staleTranslation() throws {
        let dir = try TempDir.make("a4p-translations")
        for language in ["ar", "en", "es", "fr", "ru", "zh"] {
            var text = try String(contentsOfFile: ShippedSpecs.path("Translations/\(language).yaml"), encoding: .utf8)
            if language == "fr" {
                // As if the data's highlight had been reworded after the translation was made.
                text = text.replacingOccurrences(of: "text.P1.04.UNMISS.C6.original: \"Promoted political forums;",
                                                 with: "text.P1.04.UNMISS.C6.original: \"Promoted forums;")
            }
            try text.write(to: dir.appendingPathComponent("\(language).yaml"), atomically: true, encoding: .utf8)
        }
        let out = try A4PBinary.run(["translations", "check", "--translations", dir.path, "--specs", ShippedSpecs.path("Specs"),
                                     "--data", ShippedSpecs.path("Data"), "--lang", "fr"])
        #expect(out.status == 1, "\(out.stdout)\(out.stderr)")
        let fr = try String(contentsOfFile: dir.appendingPathComponent("fr.yaml").path, encoding: .utf8)
        let line = try #require(fr.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("text.P1.04.UNMISS.C6:") }) + 1
        #expect(out.stdout.contains("fr.yaml:\(line): stale 'text.P1.04.UNMISS.C6': it translates \"Promoted forums;"), "\(out.stdout)")
        #expect(out.stdout.contains("fr: ") && out.stdout.contains("1 stale"))
    }

    @Test("stale: a recorded original that differs from the data, or none recorded")
    func staleRule() {
        let t = Translations(tables: ["fr": ["text.P1.04.A.C6": "a", "text.P1.04.A.C6.original": "old",
                                             "text.P1.04.B.C6": "b", "text.P1.04.B.C6.original": "same",
                                             "text.P1.04.C.C6": "c"]])
        let check = TranslationCheck(translations: t, placeholders: [:],
                                     originals: ["text.P1.04.A.C6": "new", "text.P1.04.B.C6": "same", "text.P1.04.C.C6": "text"])
        #expect(check.stale("fr").map(\.key) == ["text.P1.04.A.C6", "text.P1.04.C.C6"])
        #expect(check.stale("fr").first?.recorded == "old" && check.stale("fr").first?.current == "new")
        #expect(check.stale("fr").last?.recorded == nil)
    }
}
