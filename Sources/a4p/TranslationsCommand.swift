import A4PIndicators
import A4PLayoutSpec
import ArgumentParser
import Foundation

/// `a4p translations check`: the keys each translation table lacks (docs/translations.md).
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Check the translation tables in Translations/.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "List the keys a translation table lacks, with file:line of where each is needed.",
            discussion: """
                A key is needed in a language when a spec writes {t:key} (reported at the spec's line), or
                when another language's table has it (reported at that table's line); en.yaml is held
                only to the specs' placeholders. A translation of a text of the data (text.<indicator>.
                <mission>.<period>, the highlights) is stale when the English it records (….original) is
                not the data's text any more. Exit status 1 when a key is missing or a translation is
                stale, 66 when the tables cannot be read.

                Examples:
                  a4p translations check                 every table
                  a4p translations check --lang ar       only Arabic
                """)

        @Option(help: "Only this language (repeatable).") var lang: [String] = []
        @Option(help: "The folder of the tables.") var translations = "Translations"
        @Option(help: "Spec files or folders whose {t:key} placeholders must be translated (repeatable).")
        var specs: [String] = ["Specs"]
        @Option(help: "The dataset whose texts the text.* translations translate (default: Data/ found from here).")
        var data: String?

        func run() throws {
            A4P.logging
            let dir = URL(fileURLWithPath: translations)
            var log = DiagnosticLog()
            let tables = Translations.load(from: dir, log: &log)
            for d in log.sorted { printError("\(d)") }
            guard !tables.tables.isEmpty else {
                printError("\(translations): no translation tables (<language>.yaml)")
                throw ExitCode(ExitStatus.noInput)
            }
            if log.hasErrors { throw ExitCode(ExitStatus.dataError) }
            var originals: [String: String] = [:]
            if let dataDir = data.map({ URL(fileURLWithPath: $0) }) ?? DataDirectory.locate() {
                let loaded = DatasetLoader().load(from: dataDir)
                if loaded.isValid { originals = TranslationCheck.originals(of: loaded.dataset) } else {
                    printError("\(dataDir.path): the dataset has errors (a4p data check); stale translations are not checked")
                }
            }
            let check = TranslationCheck(translations: tables,
                                         placeholders: TranslationCheck.placeholders(in: specs.map { URL(fileURLWithPath: $0) }),
                                         originals: originals)
            let languages = lang.isEmpty ? check.languages : lang
            var missingCount = 0
            for language in languages {
                let file = dir.appendingPathComponent("\(language).yaml").path
                guard tables.tables[language] != nil else {
                    print("\(relative(file)): no table for '\(language)'")
                    missingCount += 1
                    continue
                }
                let missing = check.missing(language)
                missingCount += missing.count
                for m in missing {
                    let places = m.neededAt.map { "\(relative($0.file)):\($0.line)" }
                    let shown = places.prefix(3).joined(separator: ", ") + (places.count > 3 ? ", …" : "")
                    print("\(relative(file)): missing '\(m.key)', needed at \(shown)")
                }
                let stale = check.stale(language)
                missingCount += stale.count
                for st in stale {
                    let at = st.at.map { "\(relative($0.file)):\($0.line)" } ?? relative(file)
                    print("\(at): stale '\(st.key)': " + (st.recorded.map { "it translates \"\($0)\"; " } ?? "it does not record its English original (\(st.key).original); ")
                          + "the data says \"\(st.current)\"")
                }
                print("\(language): \(tables.tables[language]!.count) keys, \(missing.isEmpty ? "none missing" : "\(missing.count) missing")"
                      + (stale.isEmpty ? "" : ", \(stale.count) stale"))
            }
            if missingCount > 0 { throw ExitCode(1) }
        }

        func relative(_ path: String) -> String {
            let cwd = FileManager.default.currentDirectoryPath + "/"
            let full = path.hasPrefix("/") ? path : cwd + path
            return full.hasPrefix(cwd) ? String(full.dropFirst(cwd.count)) : path
        }
    }
}
