import A4PIndicators
import ArgumentParser
import Foundation

/// How problems are told, and how much else is said: the options `validate`, `render` and `export` share.
struct DiagnosticOptions: ParsableArguments {
    @Option(name: .customLong("diagnostic-format"),
            help: "human (file:line:column: severity: message [rule]; suggestion, then the line with a caret under the column; coloured on a terminal), short (file:line:column: severity: message, one plain line each, for editors and grep) or json (validate: one document on stdout; render and export: one JSON object a line on stderr).")
    var diagnosticFormat: DiagnosticFormat = .human

    @Flag(name: .shortAndLong, help: "Also say each file written and the time each phase took (on stderr).")
    var verbose = false

    enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable, Sendable { case human, short, json }

    /// Makes this command's choice the one `printDiagnostic` follows.
    func activate() {
        DiagnosticOutput.format = diagnosticFormat
        DiagnosticOutput.verbose = verbose
    }
}

/// The process's diagnostic style, set once at the start of a command (`DiagnosticOptions.activate`).
enum DiagnosticOutput {
    nonisolated(unsafe) static var format: DiagnosticOptions.DiagnosticFormat = .human
    nonisolated(unsafe) static var verbose = false

    /// One diagnostic as `validate --format json` lists it.
    static func json(_ d: Diagnostic) -> [String: Any] {
        var item: [String: Any] = ["file": d.position.file, "line": d.position.line, "column": d.position.column,
                                   "severity": d.severity.rawValue, "rule": d.rule, "message": d.message]
        if let s = d.suggestion { item["suggestion"] = s }
        return item
    }

    /// `--verbose` lines: what was written, how long a phase took. On stderr, so `--out -` stays clean.
    static func note(_ text: @autoclosure () -> String) {
        guard verbose else { return }
        FileHandle.standardError.write(Data("a4p: \(text())\n".utf8))
    }

    /// Runs `body`, and with `--verbose` says how long it took.
    static func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
        let started = Date()
        let value = try body()
        note("\(phase): \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        return value
    }
}

/// One diagnostic on stderr in the chosen style.
func printDiagnostic(_ d: Diagnostic) {
    switch DiagnosticOutput.format {
    case .human: printError(d.description + (SourceExcerpt.excerpt(d).map { "\n" + $0 } ?? ""))
    case .short:
        let message = d.message.split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("\(d.position): \(d.severity.rawValue): \(message)\n".utf8))
    case .json:
        let data = (try? JSONSerialization.data(withJSONObject: DiagnosticOutput.json(d), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        FileHandle.standardError.write(data + Data("\n".utf8))
    }
}

/// A problem with no position (a file that cannot be read): a line of its own, or in `short` and
/// `json` the same shape as a diagnostic, at line 0 of `file`.
func printProblem(_ file: String, rule: String, _ message: String) {
    if DiagnosticOutput.format == .human { printError(message) } else {
        printDiagnostic(Diagnostic(.error, SourcePosition(file: file, line: 0, column: 0), rule: rule, message))
    }
}
