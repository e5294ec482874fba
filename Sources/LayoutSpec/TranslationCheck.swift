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

    public var translations: Translations
    /// `{t:key}` placeholders of the specs, with where each is written.
    public var placeholders: [String: [SourcePosition]]

    public init(translations: Translations, placeholders: [String: [SourcePosition]]) {
        self.translations = translations
        self.placeholders = placeholders
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
