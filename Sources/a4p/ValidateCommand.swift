import A4PIndicators
import A4PLayoutSpec
import A4PPublication
import A4PText
import ArgumentParser
import Foundation

/// `a4p validate`: specs (or `-`, one read from standard input) and publication manifests checked without writing anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check specs: syntax, keys, types, data ids and layout, every problem with its position.")

    @Argument(help: "Spec files (YAML or JSON), or - for a spec on standard input.", completion: .file(extensions: ["yaml", "yml", "json"])) var specs: [String]
    @Option(help: "Check in this language too (en, fr, ar, …).", completion: .list(A4P.languages)) var lang: String?
    @Option(help: "text or json: the same as --diagnostic-format human or json (kept for scripts that use it).")
    var format: DiagnosticFormat = .text
    @OptionGroup var diagnostics: DiagnosticOptions

    enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// `--format json` and `--diagnostic-format json` are one thing: a JSON document on stdout.
    var json: Bool { format == .json || diagnostics.diagnosticFormat == .json }

    func validate() throws {
        if let problem = StandardStreams.checkSpecs(specs) { throw ValidationError(problem) }
    }

    func run() throws {
        A4P.logging
        diagnostics.activate()
        var status: Int32 = 0
        var session = SpecSession()
        if json { session.collected = [] }
        var checked: [[String: Any]] = []
        let engine = try TextEngine.bundled()
        for path in specs {
            // A publication manifest (`sets:`) is checked as one, then every spec it names.
            let listed = Self.isManifest(path) ? manifestSpecs(path, status: &status, session: &session) : [path]
            for spec in listed {
                let name = spec == "-" ? StandardStreams.specName : spec
                let checkedSpec = DiagnosticOutput.timed("\(name): checked") { session.render(spec, engine: engine, language: lang, status: &status) }
                guard let (_, outputs, hasErrors) = checkedSpec else {
                    checked.append(["path": name, "valid": false])
                    continue
                }
                let pages = outputs.reduce(0) { $0 + $1.document.pages.count }
                checked.append(["path": name, "valid": !hasErrors, "outputs": outputs.count, "pages": pages])
                if !hasErrors && !json {
                    print("\(name): valid (\(outputs.count) output\(outputs.count == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s"))")
                }
            }
        }
        if let diagnostics = session.collected { Self.printJSON(checked: checked, diagnostics, status: status) }
        if status != 0 { throw ExitCode(status) }
    }

    /// `{"status", "specs": [{path, valid, outputs, pages}], "diagnostics": [{file, line, column, severity, rule, message, suggestion}]}`.
    static func printJSON(checked: [[String: Any]], _ diagnostics: [Diagnostic], status: Int32) {
        let items = diagnostics.map(DiagnosticOutput.json)
        let root: [String: Any] = ["status": Int(status), "specs": checked, "diagnostics": items]
        if let data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) {
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// A YAML file with a top-level `sets:` key is a publication manifest, not a spec.
    static func isManifest(_ path: String) -> Bool {
        guard let data = try? InputFile.read(path, limit: InputLimits.yamlBytes, what: "publication manifest"),
              let text = String(data: data, encoding: .utf8) else { return false }
        return text.split(separator: "\n").contains { $0.hasPrefix("sets:") }
    }

    /// The specs a manifest names, after checking the manifest itself (its problems with their positions).
    func manifestSpecs(_ path: String, status: inout Int32, session: inout SpecSession) -> [String] {
        let url = URL(fileURLWithPath: path)
        do {
            let manifest = try PublicationManifest.load(url)
            let specs = manifest.sets.flatMap { PublicationManifest.expand($0.specs, base: url.deletingLastPathComponent()) }
            if !json { print("\(path): valid publication manifest (\(manifest.sets.count) sets, \(specs.count) specs; each checked below)") }
            return specs.map(\.relativePath)
        } catch let error as ManifestError {
            var log = DiagnosticLog()
            for d in error.diagnostics { log.add(d) }
            session.report(log)
        } catch {
            session.fail(path, rule: "no-input", "\(path): \(error)")
        }
        status = ExitStatus.dataError
        return []
    }
}
