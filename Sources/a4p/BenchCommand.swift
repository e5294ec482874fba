import A4PSpecimen
import ArgumentParser

/// `a4p bench`: renders the shared peer workload (120 synthetic A4P+-style charts, one 640×400 pt
/// page each) with this project's chart kinds and renderers, in one format, and prints how long it
/// took. The same workload was rendered by matplotlib, Vega-Lite, ggplot2 and a raw Cairo+HarfBuzz
/// program (../shared/bench/RESULTS.md); `scripts/bench` times this command the same way.
/// It is parsed like every other command, so its one-chart start-up is what a user's render pays.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Render the shared 120-chart benchmark workload in one format and print timings.",
        discussion: """
            Prints: charts, wall seconds (from the start of the command: fonts, JSON, layout, rendering,
            writing), ms/chart, output bytes, peak RSS (getrusage ru_maxrss) and the time of each phase.
            Layout problems (what a chart kind refused to draw) go to standard error.
            A developer's tool (scripts/bench drives it): hidden from `a4p --help`.
            """,
        shouldDisplay: false)

    @Option(help: "The workload JSON (default: ../shared/bench/workload.json from the project root).")
    var workload: String?

    @Option(help: "pdf, png or svg (PNG at 2×: 1280×800 px).")
    var format: String

    @Option(help: "Folder for the files (default: a new folder in the temporary directory).")
    var out: String?

    @Option(help: "Render only the chart with this id (c001-bar-en).")
    var only: String?

    func validate() throws {
        guard BenchArguments.formats.contains(format.lowercased()) else {
            throw ValidationError("--format must be pdf, png or svg")
        }
    }

    func run() throws {
        try BenchRun(BenchArguments(workload: workload, format: format, out: out, only: only)).run()
    }
}
