import A4PIndicators
import ArgumentParser
import Foundation

/// `a4p data new-cycle C7 …`: the rows a new reporting cycle needs before its figures — its period
/// and its report as a source — and a placeholder for its name in every translation table, then
/// what to do next. Appends only; nothing else in `Data/` changes.
struct NewCycle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-cycle",
        abstract: "Add a reporting cycle: its period and source rows, and placeholders for its name in every translation table.",
        discussion: """
            Example: a4p data new-cycle C7 --label "Cycle 7 (Nov 2024 – Apr 2025)" --from 2024-11-01 --to 2025-04-30 \\
                       --report "A4P+ 7th Progress Report"
            The publication (cycle: latest in Specs/publication.yaml) moves to the new cycle once it has a figure.
            """)

    @Argument(help: "The cycle's id, e.g. C7.") var id: String
    @Option(help: "Its name for readers, e.g. \"Cycle 7 (Nov 2024 – Apr 2025)\".") var label: String
    @Option(help: "First day (YYYY-MM-DD, or YYYY-MM for the month's first day).") var from: String
    @Option(help: "Last day (YYYY-MM-DD, or YYYY-MM for the month's last day).") var to: String
    @Option(help: "The report the cycle's figures come from (printed in source lines).") var report: String
    @Option(help: "The report's section this source row stands for.") var section = "Whole report"
    @Option(help: "The source row's id (default S<id>).") var sourceID: String?
    @Option(help: "The report's text file in Data/seeds/ (add it there; quotes are checked against it).") var seed: String?
    @Option(help: "Translation tables folder (default: Translations/ beside the data folder).") var translations: String?
    @OptionGroup var location: DataCommand.Location

    func run() throws {
        let dataDir = try location.resolve()
        let dataset = try location.loadValid()
        guard dataset.period(id) == nil else {
            printError("a4p: period \(id) already exists in \(dataDir.appendingPathComponent("periods.csv").path)")
            throw DataCommand.Exit.dataError
        }
        guard let start = Self.day(from, end: false), let end = Self.day(to, end: true), start <= end else {
            printError("a4p: --from \(from) --to \(to): write dates as YYYY-MM-DD or YYYY-MM, the first not after the last")
            throw DataCommand.Exit.dataError
        }
        // Cycles follow one another: a new one starts after the newest ends.
        if let last = dataset.periods.filter({ $0.kind == .cycle }).max(by: { $0.end < $1.end }), last.end.description >= start {
            printError("a4p: --from \(start): \(last.id) runs to \(last.end); a new cycle starts after it")
            throw DataCommand.Exit.dataError
        }
        let source = sourceID ?? "S\(id)"
        try Self.append(row: [id, "cycle", label, start, end, "Added by a4p data new-cycle."], to: dataDir.appendingPathComponent("periods.csv"))
        try Self.append(row: [source, seed ?? "to-add-\(id).txt", report, id, section, "Added by a4p data new-cycle; put the report's text in seeds/ and name it in seed."],
                        to: dataDir.appendingPathComponent("sources.csv"))
        let tablesDir = translations.map { URL(fileURLWithPath: $0) } ?? dataDir.deletingLastPathComponent().appendingPathComponent("Translations")
        let tables = ((try? FileManager.default.contentsOfDirectory(atPath: tablesDir.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != "en.yaml" }.sorted()
        let short = label.firstIndex(of: "(").map { label[..<$0].trimmingCharacters(in: .whitespaces) } ?? label
        for name in tables {
            // Commented out: until someone translates it, the pages print the English name and the export says so.
            let lines = ["", "# TO TRANSLATE (a4p data new-cycle \(id)): translate, then remove the '# '.",
                         "# period.\(id): \"\(label)\"", "# period.\(id).short: \"\(short)\""]
            try Self.appendText(lines.joined(separator: "\n") + "\n", to: tablesDir.appendingPathComponent(name))
        }
        print("added \(id) (\(label), \(start) – \(end)) to periods.csv and source \(source) to sources.csv")
        if !tables.isEmpty { print("added placeholders for period.\(id) to \(tables.map { "Translations/\($0)" }.joined(separator: ", "))") }
        print("""
            next:
              1. append the cycle's figures to Data/observations.csv with period \(id) and source \(source)
                 (and their sentences to quotes.csv: python3 Data/tools/quotes.py suggest), then: a4p data check
              2. translate period.\(id) in each table above (remove the '# ')
              3. a4p export: with 'cycle: latest' in Specs/publication.yaml every page moves to \(id) once it has a figure;
                 after the summary the export lists what \(id) is missing (figures on no page, untranslated names,
                 blocks showing an older period, prose written about an earlier cycle); --strict makes them errors
            """)
    }

    /// "2024-11" → "2024-11-01" (or the month's last day for an end); a full date is checked.
    static func day(_ text: String, end: Bool) -> String? {
        if let d = Day(iso: text) { return d.description }
        guard text.count == 7, Day(iso: text + "-01") != nil else { return nil }
        if !end { return text + "-01" }
        return (28...31).reversed().lazy.compactMap { Day(iso: text + "-\($0)") }.first?.description
    }

    static func append(row: [String], to url: URL) throws {
        let fields = row.map { f in f.contains(where: { ",\"\n".contains($0) }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f }
        try appendText(fields.joined(separator: ",") + "\n", to: url)
    }

    /// Appends, first ending the file's last line if it has no newline.
    static func appendText(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forUpdating: url)
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        var prefix = ""
        if size > 0 {
            try handle.seek(toOffset: size - 1)
            if handle.readData(ofLength: 1) != Data([10]) { prefix = "\n" }
            try handle.seekToEnd()
        }
        try handle.write(contentsOf: Data((prefix + text).utf8))
    }
}
