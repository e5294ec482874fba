/// Where something sits in a data file: 1-based line and character column.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// One finding of the loader or the validator.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var position: SourcePosition
    /// Stable rule id, e.g. `unknown-mission`; listed in docs/data.md.
    public var rule: String
    public var message: String
    /// A likely fix, e.g. "did you mean UNMISS?".
    public var suggestion: String?

    public init(_ severity: Severity, _ position: SourcePosition, rule: String, _ message: String,
                suggestion: String? = nil) {
        self.severity = severity
        self.position = position
        self.rule = rule
        self.message = message
        self.suggestion = suggestion
    }

    /// `file:line:column: error: message [rule]; did you mean X?` — the compiler convention, so editors can jump.
    public var description: String {
        var text = "\(position): \(severity.rawValue): \(message) [\(rule)]"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}

/// Collects diagnostics without ever stopping at the first. Past `limit` it only counts,
/// so a million bad rows cannot exhaust memory; the count of dropped ones is kept.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var droppedErrors = 0
    public private(set) var droppedWarnings = 0
    public let limit: Int

    public init(limit: Int = 10_000) { self.limit = limit }

    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < limit {
            diagnostics.append(diagnostic)
        } else if diagnostic.severity == .error {
            droppedErrors += 1
        } else {
            droppedWarnings += 1
        }
    }

    public mutating func error(_ position: SourcePosition, rule: String, _ message: String, suggestion: String? = nil) {
        add(Diagnostic(.error, position, rule: rule, message, suggestion: suggestion))
    }

    public mutating func warning(_ position: SourcePosition, rule: String, _ message: String, suggestion: String? = nil) {
        add(Diagnostic(.warning, position, rule: rule, message, suggestion: suggestion))
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + droppedErrors }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count + droppedWarnings }
    public var hasErrors: Bool { errorCount > 0 }

    /// Sorted by file and position, the order a reader fixes them in.
    public var sorted: [Diagnostic] { diagnostics.sorted { $0.position < $1.position } }
}

/// "did you mean X?" for a mistyped id: the closest known id within a small edit distance.
public enum Suggestion {
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.uppercased())
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.uppercased()))
            // Ties go to a candidate that extends the typed word (UNMIS → UNMISS, not UNMIK).
            let extends = candidate.uppercased().hasPrefix(word.uppercased())
            if best == nil || distance < best!.1
                || (distance == best!.1 && extends && !best!.0.uppercased().hasPrefix(word.uppercased())) {
                best = (candidate, distance)
            }
        }
        guard let (candidate, distance) = best else { return nil }
        // Allow roughly one typo per three characters ("dougnut" → donut); beyond that a guess misleads
        // more than it helps.
        let allowed = max(1, min(3, target.count / 3))
        return distance <= allowed ? "did you mean \(candidate)?" : nil
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
