/// The options of `a4p bench`, read from the command line without swift-argument-parser when they
/// are written in the one plain form `scripts/bench` uses.
///
/// Why: ArgumentParser builds its argument sets by reflection (`Mirror`), parses two pseudo-commands
/// to look for `--generate-completion-script`, and every type it meets costs the Swift runtime a scan
/// of the binary's protocol conformances: 12.4 M of a one-chart run's 50.7 M instructions, the
/// start-up issue 18 measures. `plain` accepts only what ArgumentParser would read the same way
/// and returns nil for everything else (help, a misspelt or repeated option, `--name=value`, a value
/// starting with `-`, a missing `--format`, a format that `validate` refuses), so the caller hands
/// those to ArgumentParser, which prints its own help and errors as before.
public struct BenchArguments: Equatable, Sendable {
    public var workload: String?
    public var format: String
    public var out: String?
    public var only: String?

    public init(workload: String? = nil, format: String, out: String? = nil, only: String? = nil) {
        self.workload = workload
        self.format = format
        self.out = out
        self.only = only
    }

    /// The formats `a4p bench` renders (its `validate` accepts them in any case).
    public static let formats = ["pdf", "png", "svg"]

    /// `args` after the subcommand name: `--workload W --format F --out D --only ID`, each at most
    /// once, in any order, `--format` required. Nil for any other command line.
    public static func plain(_ args: ArraySlice<String>) -> BenchArguments? {
        // Four locals and a switch rather than a dictionary: a generic type met for the first time
        // costs the runtime a conformance scan, which is what this path is here to avoid.
        var workload: String?, format: String?, out: String?, only: String?
        var i = args.startIndex
        while i < args.endIndex {
            guard i + 1 < args.endIndex else { return nil }
            let value = args[i + 1]
            // ArgumentParser reads a word starting with "-" as an option, not as a value.
            guard let first = value.utf8.first, first != UInt8(ascii: "-") else { return nil }
            switch args[i] {
            case "--workload" where workload == nil: workload = value
            case "--format" where format == nil: format = value
            case "--out" where out == nil: out = value
            case "--only" where only == nil: only = value
            default: return nil
            }
            i += 2
        }
        guard let format, formats.contains(format.lowercased()) else { return nil }
        return BenchArguments(workload: workload, format: format, out: out, only: only)
    }
}
