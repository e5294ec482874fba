import Foundation

/// The columns a data file must and may have.
struct TableSchema: Sendable {
    var file: String
    var required: [String]
    var optional: [String] = []
}

/// A row of a data file, with cell access by column name and the position of every cell.
struct TableRow {
    let file: String
    let record: CSVRecord
    let columns: [String: Int]

    /// The cell, trimmed of surrounding spaces; empty when the column is absent.
    subscript(_ column: String) -> String {
        guard let i = columns[column], i < record.fields.count else { return "" }
        return Self.trimmed(record.fields[i])
    }

    /// `field.trimmingCharacters(in: .whitespaces)`, without Foundation's copy when nothing is trimmed.
    /// `.whitespaces` is tab and the space separators (Zs): the only ASCII ones are tab and space, so a
    /// field whose first and last bytes are other ASCII bytes keeps every character. Foundation bridged
    /// and copied every cell: 15 % of the instructions of a one-sheet `a4p render` (README, eighth round).
    static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return field }
        func kept(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && b != 0x09 }
        return kept(first) && kept(last) ? field : field.trimmingCharacters(in: .whitespaces)
    }

    func position(_ column: String) -> SourcePosition {
        guard let i = columns[column], i < record.fieldStarts.count else { return record.start }
        return record.fieldStarts[i]
    }

    var line: Int { record.start.line }
    var start: SourcePosition { record.start }
}

/// Reads a data file against its schema: header checks, ragged rows, then one `TableRow` per record.
enum TableReader {
    /// Returns false when the file does not exist (the caller decides whether that is an error).
    @discardableResult
    static func read(_ directory: URL, _ schema: TableSchema, limits: CSVReadLimits = .standard, displayName: String? = nil,
                     log: inout DiagnosticLog, body: (TableRow, inout DiagnosticLog) -> Void) -> Bool {
        let url = directory.appendingPathComponent(schema.file)
        let name = displayName ?? schema.file
        guard FileManager.default.fileExists(atPath: url.path) else { return false }
        var columns: [String: Int]?
        var headerCount = 0
        var headerLine = 1
        CSVFileReader.read(url, displayName: name, limits: limits, log: &log) { record, log in
            guard let known = columns else {
                // The header row.
                var map: [String: Int] = [:]
                let expected = Set(schema.required + schema.optional)
                for (i, raw) in record.fields.enumerated() {
                    let name = raw.trimmingCharacters(in: .whitespaces)
                    if map[name] != nil {
                        log.error(record.fieldStarts[i], rule: "header", "column \"\(name)\" appears twice")
                    } else if !expected.contains(name) {
                        log.warning(record.fieldStarts[i], rule: "header", "unknown column \"\(name)\" is ignored",
                                    suggestion: Suggestion.closest(to: name, in: expected))
                    }
                    if map[name] == nil { map[name] = i }
                }
                for name in schema.required where map[name] == nil {
                    log.error(record.start, rule: "header",
                              "missing column \"\(name)\"; the header must have: \(schema.required.joined(separator: ","))")
                }
                columns = map
                headerCount = record.fields.count
                headerLine = record.start.line
                return
            }
            guard record.fields.count == headerCount else {
                let position = record.fields.count > headerCount
                    ? record.fieldStarts[headerCount] : record.fieldStarts[record.fields.count - 1]
                log.error(position, rule: "ragged-row",
                          "row has \(record.fields.count) fields but the header (line \(headerLine)) has \(headerCount); the row is skipped")
                return
            }
            body(TableRow(file: name, record: record, columns: known), &log)
        }
        return true
    }
}
