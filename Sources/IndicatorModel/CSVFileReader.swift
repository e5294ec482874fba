import CSV
import Foundation

/// One record of a CSV file, its fields split by CSV.swift and its positions found by `RecordScanner`.
struct CSVRecord: Sendable {
    var fields: [String]
    /// Position of the start of each field (the opening quote for a quoted field).
    var fieldStarts: [SourcePosition]
    var start: SourcePosition { fieldStarts.first! }
    var isBlank: Bool { fields.allSatisfy { $0.isEmpty } && fields.count <= 1 }
}

/// Bounds that keep a hostile or broken file from exhausting memory or time.
public struct CSVReadLimits: Sendable {
    /// A field longer than this (in UTF-8 bytes) is an error; its bytes are never held in memory.
    public var maxFieldBytes: Int
    /// Reading stops with an error after this many records.
    public var maxRecords: Int

    /// A file larger than this is refused before reading.
    public var maxFileBytes: Int

    public init(maxFieldBytes: Int = InputLimits.csvFieldBytes, maxRecords: Int = InputLimits.csvRecords,
                maxFileBytes: Int = InputLimits.csvBytes) {
        self.maxFieldBytes = maxFieldBytes
        self.maxRecords = maxRecords
        self.maxFileBytes = maxFileBytes
    }

    public static let standard = CSVReadLimits()
}

/// Streams a CSV file: bytes are read in chunks, checked as UTF-8, cut into batches of whole records,
/// and each batch is split into fields by CSV.swift's `CSVReader`. Memory stays bounded by the batch
/// size and the field cap, whatever the file size.
///
/// CSV.swift gives no positions, so `RecordScanner` walks the same bytes once to note where each record
/// and field starts (line and character column, quoted newlines included). It never produces field
/// values; splitting is the library's job.
enum CSVFileReader {
    static let batchBytes = 1 << 20

    /// Calls `body` with every record (the header included, blank lines skipped) in file order.
    /// Problems with the file itself (encoding, quotes, oversize fields) go to `log`.
    static func read(_ url: URL, displayName: String, limits: CSVReadLimits = .standard,
                     log: inout DiagnosticLog, body: (CSVRecord, inout DiagnosticLog) -> Void) {
        // Only a regular file within the size cap is read (a FIFO or /dev/zero would never end).
        let handle: FileHandle
        do {
            handle = FileHandle(fileDescriptor: try InputFile.open(url.path, limit: limits.maxFileBytes, what: "data file"),
                                closeOnDealloc: true)
        } catch {
            log.error(SourcePosition(file: displayName, line: 1, column: 1), rule: "unreadable-file", error.problem)
            return
        }
        var scanner = RecordScanner(file: displayName, limits: limits)
        var sawAnyByte = false
        var first = true
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            } catch {
                log.error(scanner.position, rule: "unreadable-file", "the file could not be read to the end (\(InputFile.reason(error))); check the disk and the file")
                return
            }
            if chunk.isEmpty { break }
            var bytes = [UInt8](chunk)
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                    bytes.removeFirst(3)   // UTF-8 byte-order mark: legal, but not data.
                } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                    log.error(SourcePosition(file: displayName, line: 1, column: 1), rule: "encoding",
                              "not UTF-8 (UTF-16 byte-order mark); save the file as UTF-8")
                    return
                }
            }
            if !bytes.isEmpty { sawAnyByte = true }
            for byte in bytes {
                scanner.consume(byte, log: &log)
                if scanner.failed { return }
                if scanner.batch.count >= batchBytes, scanner.atRecordBoundary {
                    flush(&scanner, log: &log, body: body)
                }
            }
        }
        scanner.finish(log: &log)
        if scanner.failed { return }
        flush(&scanner, log: &log, body: body)
        if !sawAnyByte {
            log.error(SourcePosition(file: displayName, line: 1, column: 1), rule: "empty-file",
                      "the file is empty; it needs at least a header row")
        }
    }

    /// Hands the batch to CSV.swift and pairs each parsed row with the positions the scanner noted.
    private static func flush(_ scanner: inout RecordScanner, log: inout DiagnosticLog, body: (CSVRecord, inout DiagnosticLog) -> Void) {
        let metas = scanner.takeBatch()
        guard !metas.records.isEmpty else { return }
        let text = String(decoding: metas.bytes, as: UTF8.self)
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return }
        var index = 0
        while let fields = reader.next() {
            guard index < metas.records.count else { break }
            let meta = metas.records[index]
            index += 1
            if meta.skip { continue }
            var starts = meta.fieldStarts
            // The scanner and the library agree on field boundaries for every input they both accept;
            // pad defensively so a disagreement can never index out of range.
            while starts.count < fields.count { starts.append(starts.last ?? meta.fieldStarts[0]) }
            let record = CSVRecord(fields: fields, fieldStarts: Array(starts.prefix(max(fields.count, 1))))
            if record.isBlank { continue }
            body(record, &log)
        }
    }
}
