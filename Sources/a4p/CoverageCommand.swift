import A4PIndicators
import A4PLayoutSpec
import A4PText
import ArgumentParser
import Foundation

/// Which figures of the dataset a spec's pages show, and a list of the ones they leave out.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "List the figures of a priority (or a template's mission) that a spec's pages do not show.",
        discussion: """
            Scope: the available observations of --priority (repeatable); for a mission template, that
            mission's observations; otherwise the priorities of the indicators the spec shows.
            Exit status 1 when a figure in scope is not shown.
            """)

    @Argument(help: "Spec files (YAML or JSON).") var specs: [String]
    @Option(help: "Priority whose figures must be shown (P1 … P7, WPS, …); repeatable.") var priority: [String] = []
    @Option(help: "Language to render in.") var lang: String?
    @Flag(help: "Count narrative texts (highlights, strategies) as well as figures.") var texts = false

    func run() throws {
        A4P.logging
        var status: Int32 = 0
        var session = SpecSession()
        let engine = try TextEngine.bundled()
        for path in specs {
            guard let (dataset, outputs, hasErrors) = session.render(path, engine: engine, language: lang, status: &status),
                  !hasErrors else { continue }
            for out in outputs {
                var scope = Set(priority)
                if scope.isEmpty && out.missionID == nil {
                    scope = Set(out.shown.compactMap { dataset.indicator($0.indicator)?.priority })
                }
                let c = Coverage(dataset: dataset, shown: out.shown, priorities: scope, mission: out.missionID, texts: texts)
                let what = out.missionID ?? scope.sorted().joined(separator: ", ")
                print("\(out.name): \(c.shown.count) of \(c.shown.count + c.missing.count) figures of \(what) shown"
                      + (c.missing.isEmpty ? "" : "; not shown:"))
                for o in c.missing {
                    print("  \(o.key)  \(o.value.text)\(o.qualifier.map { " (\($0.rawValue))" } ?? "")  [observations.csv:\(o.line)]")
                }
                if !c.missing.isEmpty { status = max(status, 1) }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
