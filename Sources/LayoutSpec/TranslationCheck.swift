import A4PIndicators
import Foundation

/// What `a4p translations check` reports: the keys a language's table lacks. A key is needed in a
/// language when another language's table has it (the union of the tables other than `en.yaml`,
/// which holds only the English of `{t:key}` placeholders), or when a spec writes `{t:key}`.
public struct TranslationCheck: Sendable {
    public struct Missing: Sendable, Hashable {
        public var language: String
        public var key: String
        /// Where the key is needed: the `{t:key}` in a spec, else the other tables that have it.
        public var neededAt: [SourcePosition]
    }

    /// A translation of a text of the data (`text.<indicator>.<mission>.<period>`) whose recorded
    /// English original (`….original`) is not, or no longer, the data's text.
    public struct Stale: Sendable, Hashable {
        public var language: String
        public var key: String
        /// The line of the translation in its table.
        public var at: SourcePosition?
        /// The English the translation says it translates (nil: it does not say).
        public var recorded: String?
        /// The data's English text now.
        public var current: String
    }

    public var translations: Translations
    /// `{t:key}` placeholders of the specs, with where each is written.
    public var placeholders: [String: [SourcePosition]]
    /// The English texts of the data by translation key (`text.P1.04.UNMISS.C6` → the highlight).
    public var originals: [String: String]

    public init(translations: Translations, placeholders: [String: [SourcePosition]], originals: [String: String] = [:]) {
        self.translations = translations
        self.placeholders = placeholders
        self.originals = originals
    }

    /// The translation keys of a dataset's text values with their English: `text.<indicator>.<mission>.<period>`
    /// (and `.<category>` for texts of a breakdown, such as P7.08n's mechanism names), and `text.c34.<paragraph>`
    /// for the C-34 matrix's answers.
    public static func originals(of dataset: Dataset) -> [String: String] {
        var out: [String: String] = [:]
        for o in dataset.observations {
            if case .text(let t) = o.value { out[TranslationCheck.textKey(o)] = t }
        }
        // The C-34 matrix's answers, quoted on the follow-up page: `text.c34.<paragraph>`.
        for r in dataset.c34.recommendations { out["text.c34.\(r.paragraph)"] = r.summary }
        return out
    }

    /// The key of a text value's translation, as `DataBinder.text` looks it up.
    public static func textKey(_ o: Observation) -> String {
        "text.\(o.indicator).\(o.mission).\(o.period)" + (o.category.isEmpty ? "" : ".\(o.category)")
    }

    /// The translations of data texts in `language` whose recorded original is missing or differs from the data.
    public func stale(_ language: String) -> [Stale] {
        let table = translations.tables[language] ?? [:]
        return table.keys.filter { $0.hasPrefix("text.") && !$0.hasSuffix(".original") }.sorted().compactMap { key in
            guard let current = originals[key] else { return nil }
            let recorded = table[key + ".original"]
            guard recorded != current else { return nil }
            return Stale(language: language, key: key, at: translations.positions[language]?[key], recorded: recorded, current: current)
        }
    }

    /// Every `{t:key}` in the YAML and JSON files under `specs` (files or folders), with file:line.
    public static func placeholders(in specs: [URL]) -> [String: [SourcePosition]] {
        var found: [String: [SourcePosition]] = [:]
        var files: [URL] = []
        for url in specs {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let names = (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String]) ?? []
                files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
                    .sorted().map { url.appendingPathComponent($0) }
            } else {
                files.append(url)
            }
        }
        let pattern = /\{t:([^}\s]+)\}/
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in line.matches(of: pattern) {
                    let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                    found[String(match.1), default: []].append(SourcePosition(file: file.path, line: n + 1, column: column))
                }
            }
        }
        return found
    }

    /// The languages with a table, English included.
    public var languages: [String] { translations.languages }

    /// The keys `language` needs: every spec placeholder; for a language other than English, also
    /// every key of the other tables (English's table holds only placeholder text).
    public func needed(_ language: String) -> Set<String> {
        var keys = Set(placeholders.keys)
        if language != "en" {
            for (other, table) in translations.tables where other != "en" && other != language { keys.formUnion(table.keys) }
        }
        return keys
    }

    public func missing(_ language: String) -> [Missing] {
        let table = translations.tables[language] ?? [:]
        return needed(language).filter { table[$0] == nil }.sorted().map { key in
            let where_: [SourcePosition] = placeholders[key]
                ?? translations.positions.filter { $0.key != language && $0.key != "en" }.sorted { $0.key < $1.key }
                    .compactMap { $0.value[key] }
            return Missing(language: language, key: key, neededAt: where_)
        }
    }
}
