import A4PPublication
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Colour for messages on standard error, as compilers give it: "error" in bold red, "warning" in
/// bold magenta. Only on a terminal (or with CLICOLOR_FORCE=1), never with NO_COLOR set (no-color.org).
enum Terminal {
    static let colour: Bool = {
        let env = ProcessInfo.processInfo.environment
        if let none = env["NO_COLOR"], !none.isEmpty { return false }
        if env["CLICOLOR_FORCE"] == "1" { return true }
        return isatty(STDERR_FILENO) == 1 && env["TERM"] != "dumb"
    }()

    /// A line saying what a long run is doing, on a terminal only (never in a pipe or a log), erased
    /// by the next one; the run's own output then starts on a clean line.
    static func progress(_ text: String, quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data((text.isEmpty ? "\r\u{1B}[2K" : "\r\u{1B}[2Ka4p: \(text)").utf8))
    }

    /// Runs `body` with a count of its finished jobs on a terminal: `a4p: [37/58] laying out
    /// Specs/publication/missions/factsheet.yaml (fr)` (the job's name when the run gives one), one line
    /// rewritten in place (never in a pipe or a log: nothing when stderr is not a terminal, or with --quiet).
    static func counting<T>(_ phase: String, quiet: Bool, _ body: () throws -> T) rethrows -> T {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return try body() }
        let lock = NSLock()
        let result = try ParallelJobs.$progress.withValue({ done, total, what in
            var line = "[\(done)/\(total)] \(phase)" + (what.map { " \($0)" } ?? "")
            // One terminal line at most: a wrapped line would not be rewritten by the next.
            if line.count > 72 { line = line.prefix(71) + "…" }
            lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[2Ka4p: \(line)".utf8)) }
        }, operation: body)
        progress("", quiet: quiet)
        return result
    }

    /// `text` with the severity word of each line coloured (`file:line:col: error: …`, `warning: …`).
    static func coloured(_ text: String) -> String {
        guard colour else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (word, code) in [("error", "1;31"), ("warning", "1;35")] {
                if line.hasPrefix(word + ":") { return "\u{1B}[\(code)m\(word)\u{1B}[0m" + line.dropFirst(word.count) }
                if let r = line.range(of: ": \(word): ") {
                    return line[..<r.lowerBound] + ": \u{1B}[\(code)m\(word)\u{1B}[0m: " + line[r.upperBound...]
                }
            }
            return String(line)
        }.joined(separator: "\n")
    }
}
