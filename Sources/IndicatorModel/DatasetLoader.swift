import A4PPaths
import Foundation

/// The outcome of loading a data directory: whatever could be read, and every problem found.
public struct LoadResult: Sendable {
    public var dataset: Dataset
    public var log: DiagnosticLog
    /// Data rows read per file (header excluded).
    public var rowCounts: [String: Int]
    public var isValid: Bool { !log.hasErrors }
}

public enum DatasetError: Error, CustomStringConvertible {
    case directoryNotFound(String)
    case invalid(errors: Int, first: [Diagnostic])

    public var description: String {
        switch self {
        case .directoryNotFound(let path): "data directory not found: \(path)"
        case .invalid(let errors, let first):
            "the dataset has \(errors) error(s):\n" + first.map(\.description).joined(separator: "\n")
        }
    }
}

/// Reads the CSV files of a data directory into a `Dataset`, validating as it goes.
/// Never stops at the first problem and never crashes on a malformed file.
public struct DatasetLoader: Sendable {
    static let files = (
        priorities: TableSchema(file: "priorities.csv", required: ["id", "kind", "title", "order"]),
        scales: TableSchema(file: "scales.csv", required: ["scale", "level", "label", "rank"]),
        categories: TableSchema(file: "categories.csv", required: ["breakdown", "category", "label", "order"],
                                optional: ["is_total"]),
        missions: TableSchema(file: "missions.csv",
                              required: ["id", "kind", "name", "location", "status", "political_process",
                                         "ceasefire_observation", "agreement"],
                              optional: ["latitude", "longitude", "note"]),
        periods: TableSchema(file: "periods.csv", required: ["id", "kind", "label", "start", "end"], optional: ["note"]),
        sources: TableSchema(file: "sources.csv", required: ["id", "seed", "report", "period", "section"],
                             optional: ["note"]),
        indicators: TableSchema(file: "indicators.csv", required: ["id", "title", "priority", "unit"],
                                optional: ["scale", "breakdown", "description", "forms", "flags"]),
        observations: TableSchema(file: "observations.csv",
                                  required: ["indicator", "mission", "period", "category", "value", "status",
                                             "qualifier", "source"],
                                  optional: ["locator", "note", "scope"]),
        quotes: TableSchema(file: "quotes.csv", required: ["indicator", "mission", "period", "category", "line", "quote"]),
        c34: TableSchema(file: "c34-recommendations.csv",
                         required: ["paragraph", "section", "section_title", "online_detail", "status", "summary",
                                    "source"],
                         optional: ["locator"])
    )

    public var limits: CSVReadLimits

    public init(limits: CSVReadLimits = .standard) {
        self.limits = limits
    }

    /// Loads and validates everything in `directory`.
    public func load(from directory: URL) -> LoadResult {
        var log = DiagnosticLog()
        var counts: [String: Int] = [:]
        var ref = ReferenceTables()

        // The first cause first: once a file is missing or unreadable, later files (which refer to
        // it) are not read, so a missing periods.csv is not followed by 977 "unknown period" lines.
        var stopped = false
        func read(_ schema: TableSchema, required: Bool = true, _ body: (TableRow, inout DiagnosticLog) -> Void) {
            if stopped { return }
            var n = 0
            let found = TableReader.read(directory, schema, limits: limits, log: &log) { row, log in
                n += 1
                body(row, &log)
            }
            if !found && required {
                log.error(SourcePosition(file: schema.file, line: 1, column: 1), rule: "missing-file",
                          "file not found in \(directory.path); every dataset needs it (see docs/data.md)")
            }
            counts[schema.file] = n
            stopped = log.diagnostics.contains(where: Self.isFileLevel)
        }

        read(Self.files.priorities) { ref.addPriority($0, log: &$1) }
        read(Self.files.scales) { ref.addScaleLevel($0, log: &$1) }
        read(Self.files.categories) { ref.addCategory($0, log: &$1) }
        read(Self.files.missions) { ref.addMission($0, log: &$1) }
        read(Self.files.periods) { ref.addPeriod($0, log: &$1) }
        read(Self.files.sources) { ref.addSource($0, log: &$1) }
        read(Self.files.indicators) { ref.addIndicator($0, log: &$1) }

        if stopped {
            return LoadResult(dataset: Dataset(priorities: ref.priorities, missions: ref.missions, periods: ref.periods,
                                               indicators: ref.indicators, scales: [], breakdowns: [], sources: ref.sources,
                                               observations: [], c34: C34Matrix(recommendations: [])),
                              log: log, rowCounts: counts)
        }

        var validator = ObservationValidator(reference: ref)
        read(Self.files.observations) { validator.add($0, log: &$1) }
        validator.checkTotals(log: &log)

        // Seed quotes are optional: a dataset of one's own may have none.
        var quotes = QuoteTable()
        let keys = Set(validator.observations.map(\.key))
        read(Self.files.quotes, required: false) { quotes.add($0, observations: keys, log: &$1) }

        var c34: [C34Recommendation] = []
        var paragraphs: [Int: Int] = [:]
        read(Self.files.c34) { row, log in
            if let r = ref.c34Recommendation(row, seenParagraphs: &paragraphs, log: &log) { c34.append(r) }
        }

        let dataset = Dataset(
            priorities: ref.priorities, missions: ref.missions, periods: ref.periods, indicators: ref.indicators,
            scales: ref.scaleOrder.compactMap { id in ref.scaleLevels[id].map { Scale(id: id, levels: $0) } },
            breakdowns: ref.breakdownOrder.compactMap { id in ref.categories[id].map { Breakdown(id: id, categories: $0) } },
            sources: ref.sources, observations: validator.observations, c34: C34Matrix(recommendations: c34),
            quotes: quotes.quotes)
        return LoadResult(dataset: dataset, log: log, rowCounts: counts)
    }

    /// A problem with a file as a whole (missing, unreadable, not UTF-8, a bad header): every row
    /// after it would be wrong too, so loading stops there.
    static func isFileLevel(_ d: Diagnostic) -> Bool {
        guard d.severity == .error else { return false }
        switch d.rule {
        case "missing-file", "unreadable-file", "header": return true
        case "encoding": return d.position.line == 1 && d.position.column == 1
        default: return false
        }
    }

    /// Loads `directory` and throws unless it is free of errors (warnings are allowed).
    public func loadValid(from directory: URL) throws -> Dataset {
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw DatasetError.directoryNotFound(directory.path)
        }
        let result = load(from: directory)
        guard result.isValid else {
            throw DatasetError.invalid(errors: result.log.errorCount,
                                       first: Array(result.log.sorted.filter { $0.severity == .error }.prefix(20)))
        }
        return result.dataset
    }
}

extension Dataset {
    /// The shipped A4P+ dataset (`Data/` found as `DataDirectory.locate` says).
    public static func loadDefault() throws -> Dataset {
        guard let directory = DataDirectory.locate() else {
            throw DatasetError.directoryNotFound("Data/ (searched up from the working directory and the package)")
        }
        return try DatasetLoader().loadValid(from: directory)
    }
}

/// Finds the shipped `Data/` directory.
public enum DataDirectory {
    /// `A4P_DATA`, else `Data/` upwards from `start` (default: the working directory), beside the
    /// installed binary or in the build's source tree (see `ShippedFiles`).
    public static func locate(from start: URL? = nil) -> URL? {
        if let env = ProcessInfo.processInfo.environment["A4P_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env, isDirectory: true)
        }
        return ShippedFiles.folder("Data", containing: "indicators.csv", from: start)
    }
}
