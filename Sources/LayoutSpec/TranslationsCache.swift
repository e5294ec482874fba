import A4PIndicators
import Foundation

/// Translation tables read once per folder for a run that renders many specs (the export: every
/// spec in every language read the six tables again, 7 % of its CPU time in YAML parsing). The
/// problems found while reading are kept and handed to every caller, as a fresh read would.
public final class TranslationsCache: @unchecked Sendable {
    /// One read per folder, also when two layout jobs ask at once (`OnceMap`).
    private let loaded = OnceMap<String, (Translations, [Diagnostic])>()

    public init() {}

    public func load(from directory: URL, log: inout DiagnosticLog) -> Translations {
        let (tables, diagnostics) = loaded.value(for: directory.standardizedFileURL.path) {
            var fresh = DiagnosticLog()
            let tables = Translations.load(from: directory, log: &fresh)
            return (tables, fresh.diagnostics)
        }
        for d in diagnostics { log.add(d) }
        return tables
    }
}
