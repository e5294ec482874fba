import A4PIndicators
import ArgumentParser
import Foundation

/// `a4p data …`: check, list, show and export the indicator dataset.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data", abstract: "Work with the indicator dataset.",
        subcommands: [Check.self, List.self, Show.self, Export.self, NewCycle.self])

    /// sysexits.h codes, so scripts can tell bad data from a missing directory.
    enum Exit {
        static let dataError = ExitCode(65)   // EX_DATAERR
        static let noInput = ExitCode(66)     // EX_NOINPUT
    }

    struct Location: ParsableArguments {
        @Argument(help: "Data directory (default: Data/ found upwards from here or from the package).")
        var directory: String?

        func resolve() throws -> URL {
            if let directory {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                    printError("a4p: data directory not found: \(directory)")
                    throw Exit.noInput
                }
                return URL(fileURLWithPath: directory, isDirectory: true)
            }
            guard let found = DataDirectory.locate() else {
                printError("a4p: no Data/ directory found (searched up from \(FileManager.default.currentDirectoryPath)); pass DIR")
                throw Exit.noInput
            }
            return found
        }

        /// Loads the data; prints every diagnostic and exits 65 on errors.
        func loadValid() throws -> Dataset {
            let result = DatasetLoader().load(from: try resolve())
            guard result.isValid else {
                printDiagnostics(result.log)
                throw Exit.dataError
            }
            return result.dataset
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Validate the data and print a summary (exit 65 on invalid data).")
        @OptionGroup var location: Location
        @Flag(help: "Hide warnings.") var quiet = false

        func run() throws {
            let directory = try location.resolve()
            let clock = ContinuousClock.now
            let result = DatasetLoader().load(from: directory)
            let elapsed = ContinuousClock.now - clock
            printDiagnostics(result.log, warnings: !quiet)
            let d = result.dataset
            var out = "Checked \(directory.path) in \(elapsed.formatted(.units(allowed: [.milliseconds])))\n"
            out += "  \(d.indicators.count) indicators, \(d.observations.count) observations "
            out += "(\(d.observations.filter { !$0.value.isAvailable }.count) not available), "
            out += "\(d.missions.count) missions/aggregates, \(d.periods.count) periods, \(d.sources.count) sources, "
            out += "\(d.c34.recommendations.count) C-34 paragraphs\n"
            for p in d.priorities {
                let inds = d.indicators.filter { $0.priority == p.id }
                let obs = d.observations.filter { o in inds.contains { $0.id == o.indicator } }
                let na = obs.filter { !$0.value.isAvailable }.count
                out += "  \(p.id.padding(toLength: 4, withPad: " ", startingAt: 0)) \(String(inds.count).leftPad(3)) indicators \(String(obs.count).leftPad(5)) observations (\(na) n/a)  \(p.title)\n"
            }
            out += "  \(result.log.errorCount) error(s), \(result.log.warningCount) warning(s)\n"
            print(out, terminator: "")
            if !result.isValid { throw Exit.dataError }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List indicators with coverage (missions × periods with values).")
        @OptionGroup var location: Location
        @Option(help: "Only this priority (P1…P7, WPS, DT, REF).") var priority: String?

        func run() throws {
            let d = try location.loadValid()
            print("id      unit      missions×periods  cells  n/a  title")
            for ind in d.indicators where priority == nil || ind.priority == priority {
                let c = d.completeness(of: ind.id)
                print("\(ind.id.padding(toLength: 7, withPad: " ", startingAt: 0)) \(ind.unit.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(c.missions).leftPad(8)) × \(String(c.periods).leftPad(2))     \(String(c.cells).leftPad(5))  \(String(c.notAvailable).leftPad(3))  \(ind.title)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one indicator with all its observations.")
        @Argument(help: "Indicator id, e.g. P3.08.") var id: String
        @OptionGroup var location: Location

        func run() throws {
            let d = try location.loadValid()
            guard let ind = d.indicator(id) else {
                // The same suggestion as `validate` gives for the same typo.
                let hint = Suggestion.closest(to: id, in: d.indicators.map(\.id))
                printError("a4p: unknown indicator \(id)" + (hint.map { "; \($0)" } ?? ""))
                throw ExitCode.failure
            }
            print("\(ind.id)  \(ind.title)")
            print("priority \(ind.priority) · unit \(ind.unit.rawValue)\(ind.scale.map { " (\($0))" } ?? "")\(ind.breakdown.map { " · by \($0)" } ?? "")")
            if !ind.description.isEmpty { print(ind.description) }
            if !ind.flags.isEmpty { print("flags: \(ind.flags)") }
            for o in d.observations(of: id) {
                let shown: String
                if o.value.isAvailable {
                    let t = d.comparison(indicator: id, mission: o.mission, period: o.period, category: o.category)
                    shown = (o.qualifier.map { "\($0.rawValue) " } ?? "") + (t?.formatted ?? o.value.text)
                } else {
                    shown = "not available"
                }
                let cat = o.category.isEmpty ? "" : " [\(o.category)]"
                print("  \(o.mission) \(o.period)\(cat): \(shown)")
                print("      source: \(d.citation(for: o))")
                if !o.note.isEmpty { print("      note: \(o.note)") }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the tidy table to stdout.")
        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }
        @Option(help: "csv or json.") var format: Format = .csv
        @OptionGroup var location: Location

        func run() throws {
            let d = try location.loadValid()
            let text = format == .csv ? try d.exportCSV() : try d.exportJSON()
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((Terminal.coloured(message) + "\n").utf8))
}

/// Diagnostics go to stderr in `file:line:column: severity: message` form, sorted by position.
func printDiagnostics(_ log: DiagnosticLog, warnings: Bool = true) {
    var text = ""
    for d in log.sorted where warnings || d.severity == .error { text += d.description + "\n" }
    if log.droppedErrors + log.droppedWarnings > 0 {
        text += "… and \(log.droppedErrors) more error(s), \(log.droppedWarnings) more warning(s) not listed\n"
    }
    FileHandle.standardError.write(Data(Terminal.coloured(text).utf8))
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
