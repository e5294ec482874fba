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

/// Byte-level position tracker and UTF-8 checker. It follows CSV.swift's quoting rules (a quote is
/// special only at the start of a field; `""` inside quotes is an escaped quote) to know where
/// records and fields begin, and collects whole records into a batch for the library.
struct RecordScanner {
    struct RecordMeta {
        var fieldStarts: [SourcePosition]
        /// A dropped record (oversize field) is replaced by an empty line in the batch and skipped.
        var skip = false
    }

    private enum State { case betweenRecords, fieldStart, unquoted, quoted, quoteInQuoted }
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    let file: String
    let limits: CSVReadLimits
    private(set) var batch: [UInt8] = []
    private var records: [RecordMeta] = []
    private var state = State.betweenRecords
    private var line = 1
    private var column = 0              // characters already seen on this line
    private var afterCR = false         // the previous byte was a CR: a following LF belongs to it
    private var lastRecordDropped = false
    private var current = RecordMeta(fieldStarts: [])
    private var recordStartInBatch = 0
    private var fieldBytes = 0
    private var oversize: SourcePosition?
    private var quoteStart: SourcePosition?
    private var recordCount = 0
    // UTF-8 decoding state.
    private var pendingContinuations = 0
    private var continuationRange: ClosedRange<UInt8> = 0x80...0xBF
    private var leadByte: UInt8 = 0
    private var leadPosition = SourcePosition(file: "", line: 1, column: 1)
    private(set) var failed = false

    init(file: String, limits: CSVReadLimits) {
        self.file = file
        self.limits = limits
    }

    var position: SourcePosition { SourcePosition(file: file, line: line, column: column + 1) }
    var atRecordBoundary: Bool { state == .betweenRecords && !afterCR }

    mutating func takeBatch() -> (bytes: [UInt8], records: [RecordMeta]) {
        defer {
            batch.removeAll(keepingCapacity: true)
            records.removeAll(keepingCapacity: true)
            recordStartInBatch = 0
        }
        return (batch, records)
    }

    mutating func consume(_ byte: UInt8, log: inout DiagnosticLog) {
        // 1. UTF-8 validity, reported at the character that is broken.
        if pendingContinuations > 0 {
            guard continuationRange.contains(byte) else { return fail(log: &log) }
            pendingContinuations -= 1
            continuationRange = 0x80...0xBF
            appendFieldByte(byte)
            return   // continuation bytes do not move the column
        }
        leadByte = byte
        leadPosition = position
        switch byte {
        case 0x00...0x7F: break
        case 0xC2...0xDF: pendingContinuations = 1
        case 0xE0: pendingContinuations = 2; continuationRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: pendingContinuations = 2
        case 0xED: pendingContinuations = 2; continuationRange = 0x80...0x9F
        case 0xF0: pendingContinuations = 3; continuationRange = 0x90...0xBF
        case 0xF1...0xF3: pendingContinuations = 3
        case 0xF4: pendingContinuations = 3; continuationRange = 0x80...0x8F
        default: return fail(log: &log)
        }

        // 2. A CRLF's LF belongs to the terminator that the CR already ended.
        if afterCR {
            afterCR = false
            if byte == Self.lf {
                if !lastRecordDropped { batch.append(byte) }
                return
            }
        }

        // 3. Record and field boundaries.
        if state == .betweenRecords {
            guard recordCount < limits.maxRecords else {
                log.error(position, rule: "too-many-rows",
                          "more than \(limits.maxRecords) records; the rest of the file is not read")
                failed = true
                return
            }
            recordCount += 1
            recordStartInBatch = batch.count
            current = RecordMeta(fieldStarts: [position])
            oversize = nil
            fieldBytes = 0
            state = .fieldStart
        }
        var terminator = false
        switch state {
        case .betweenRecords:
            break
        case .fieldStart:
            switch byte {
            case Self.quote: state = .quoted; quoteStart = position
            case Self.comma: startNextField()
            case Self.lf, Self.cr: terminator = true
            default: state = .unquoted
            }
        case .unquoted:
            switch byte {
            case Self.comma: startNextField()
            case Self.lf, Self.cr: terminator = true
            default: break
            }
        case .quoted:
            if byte == Self.quote { state = .quoteInQuoted }
        case .quoteInQuoted:
            switch byte {
            case Self.quote: state = .quoted
            case Self.comma: startNextField()
            case Self.lf, Self.cr: terminator = true
            default: state = .quoted   // malformed ("a"b); CSV.swift keeps reading the field
            }
        }
        if terminator {
            endRecord(log: &log)
            if !lastRecordDropped { batch.append(byte) }
        } else {
            appendFieldByte(byte)
        }
        // 4. Advance the position.
        if byte == Self.lf || byte == Self.cr {
            line += 1
            column = 0
            afterCR = byte == Self.cr
        } else {
            column += 1
        }
    }

    /// End of input: close the last record, or report what was left open.
    mutating func finish(log: inout DiagnosticLog) {
        if pendingContinuations > 0 { return fail(log: &log) }
        switch state {
        case .betweenRecords:
            break
        case .quoted:
            log.error(quoteStart ?? position, rule: "unterminated-quote",
                      "unterminated quote: the quoted field opened here runs to the end of the file; close it with \"")
            dropCurrentRecord()
            state = .betweenRecords
        default:
            endRecord(log: &log)
        }
    }

    private mutating func startNextField() {
        // The next field starts just after this comma.
        current.fieldStarts.append(SourcePosition(file: file, line: line, column: column + 2))
        fieldBytes = 0
        state = .fieldStart
    }

    private mutating func appendFieldByte(_ byte: UInt8) {
        guard state != .betweenRecords else { return }
        fieldBytes += 1
        if fieldBytes > limits.maxFieldBytes, oversize == nil {
            oversize = current.fieldStarts.last
        }
        if oversize == nil { batch.append(byte) }   // never hold more than the cap of a huge field
    }

    private mutating func endRecord(log: inout DiagnosticLog) {
        state = .betweenRecords
        if let start = oversize {
            log.error(start, rule: "field-too-large",
                      "field is larger than \(limits.maxFieldBytes) bytes; the record is skipped")
            dropCurrentRecord()
            // Keep the library's rows aligned with ours: an empty line stands in for the record.
            batch.append(Self.lf)
            records.append(RecordMeta(fieldStarts: current.fieldStarts, skip: true))
            lastRecordDropped = true
        } else {
            records.append(current)
            lastRecordDropped = false
        }
    }

    private mutating func dropCurrentRecord() {
        batch.removeSubrange(recordStartInBatch...)
    }

    private mutating func fail(log: inout DiagnosticLog) {
        let hex = String(leadByte, radix: 16, uppercase: true)
        log.error(leadPosition, rule: "encoding",
                  "not UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at line \(leadPosition.line) column \(leadPosition.column)); save the file as UTF-8")
        failed = true
    }
}
