import Foundation
import Logging

/// Log lines as the compiler writes its diagnostics ("warning: missing glyph …"), on standard
/// error: no timestamp and no logger label, so they read like the rest of a4p's messages.
struct PlainLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        let severity = switch level {
        case .trace, .debug: "note"
        case .info, .notice: "info"
        case .warning: "warning"
        case .error, .critical: "error"
        }
        FileHandle.standardError.write(Data((Terminal.coloured("\(severity): \(message)") + "\n").utf8))
    }
}
