import Foundation

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
