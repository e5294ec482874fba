import A4PIndicators
import Foundation

/// The line a diagnostic points at, with a caret under its column, as compilers show it in their
/// human format:
///
///     report.yaml:19:20: error: unknown indicator 'Vehicle' [unknown-indicator]; did you mean Vehicles?
///        19 |         indicator: Vehicle
///           |                    ^
///
/// Only for text files under the spec size limit that can be read again; nothing for a position at
/// line 0 (the file as a whole) or a line too long to be worth showing.
enum SourceExcerpt {
    /// A spec read from standard input, kept so that its diagnostics can be shown in place too.
    nonisolated(unsafe) static var standardInput: String?
    nonisolated(unsafe) private static var cache: [String: [Substring]?] = [:]
    /// Diagnostics are printed from the main thread, but a log handler may print from a worker.
    private static let lock = NSLock()

    static func excerpt(_ d: Diagnostic) -> String? {
        guard d.position.line > 0, let lines = lines(of: d.position.file), d.position.line <= lines.count else { return nil }
        let line = lines[d.position.line - 1]
        guard line.count <= 240, !line.contains(where: { $0.isNewline }) else { return nil }
        let number = String(d.position.line)
        let gutter = String(repeating: " ", count: number.count)
        // Tabs stay tabs under the line, so the caret stands under its character.
        let lead = line.prefix(max(0, min(d.position.column - 1, line.count))).map { $0 == "\t" ? "\t" : " " }.joined()
        return "   \(number) | \(line)\n   \(gutter) | \(lead)^"
    }

    private static func lines(of file: String) -> [Substring]? {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[file] { return known }
        let text = file == StandardStreams.specName ? standardInput
            : (try? InputFile.read(file, limit: InputLimits.yamlBytes, what: "file")).flatMap { String(data: $0, encoding: .utf8) }
        let lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { $0.last == "\r" ? $0.dropLast() : $0 } }
        cache[file] = lines
        return lines
    }
}
