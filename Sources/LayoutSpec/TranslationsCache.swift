import A4PIndicators
import Foundation

/// Translation tables read once per folder for a run that renders many specs (the export: every
/// spec in every language read the six tables again, 7 % of its CPU time in YAML parsing). The
/// problems found while reading are kept and handed to every caller, as a fresh read would.
public final class TranslationsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: (Translations, [Diagnostic])] = [:]

    public init() {}

    public func load(from directory: URL, log: inout DiagnosticLog) -> Translations {
        let key = directory.standardizedFileURL.path
        let (tables, diagnostics) = lock.withLock { loaded[key] } ?? {
            var fresh = DiagnosticLog()
            let tables = Translations.load(from: directory, log: &fresh)
            lock.withLock { loaded[key] = (tables, fresh.diagnostics) }
            return (tables, fresh.diagnostics)
        }()
        for d in diagnostics { log.add(d) }
        return tables
    }
}
