import A4PCairoRenderers
import A4PIndicators
import A4PLayoutSpec
import A4PPublication
import A4PRender
import A4PText
import ArgumentParser
import Foundation

/// Exit codes of the BSD sysexits convention, which scripts can test.
enum ExitStatus {
    static let dataError: Int32 = 65      // EX_DATAERR: invalid input
    static let noInput: Int32 = 66        // EX_NOINPUT: a missing input file
    static let cannotCreate: Int32 = 73   // EX_CANTCREAT: output cannot be written
}

/// Loads, validates and checks specs against their dataset; prints every diagnostic.
struct SpecSession {
    var datasets: [String: Dataset] = [:]
    /// When set, diagnostics are collected here (for `--format json`) instead of printed.
    var collected: [Diagnostic]?

    /// A problem with no position inside the file (it cannot be read, it names no dataset).
    mutating func fail(_ path: String, rule: String, _ message: String) {
        if collected != nil { collected!.append(Diagnostic(.error, SourcePosition(file: path, line: 0, column: 0), rule: rule, message)) }
        else { printError(message) }
    }

    /// The spec and its dataset, or nil after printing why (with the exit status to use).
    mutating func load(_ path: String, status: inout Int32) -> (Spec, Dataset)? {
        let loaded: SpecLoad
        do {
            loaded = try SpecLoader.load(path: path)
        } catch {
            fail(path, rule: "no-input", "\(error)")
            status = max(status, ExitStatus.noInput)
            return nil
        }
        report(loaded.log)
        guard let spec = loaded.spec else {
            // A `data:` or `translations:` that is not there is missing input, as a missing spec is.
            let missing = loaded.log.diagnostics.contains { $0.rule == "missing-input" }
            status = max(status, missing ? ExitStatus.noInput : ExitStatus.dataError)
            return nil
        }
        guard let source = SpecProject.dataSource(for: spec) else {
            fail(path, rule: "no-dataset", "\(path): no dataset found (data: \(spec.dataPath))")
            status = max(status, ExitStatus.noInput)
            return nil
        }
        let key = source.url.path
        if datasets[key] == nil {
            let result = SpecProject.load(source, for: spec)
            if !result.isValid {
                report(result.log)
                status = max(status, ExitStatus.dataError)
                return nil
            }
            // A tidy table's warnings (an unknown column is ignored) are said once; the dataset's are `a4p data check`'s.
            if case .table = source { report(result.log) }
            datasets[key] = result.dataset
        }
        return (spec, datasets[key]!)
    }

    /// Loads `path` and lays it out; prints every diagnostic. Nil when the spec could not be loaded;
    /// `hasErrors` says whether the layout had errors (the status is raised to 65 then).
    mutating func render(_ path: String, engine: TextEngine, language: String?, only: String? = nil, review: Bool = false,
                         status: inout Int32) -> (dataset: Dataset, outputs: [SpecOutput], hasErrors: Bool)? {
        guard let (spec, dataset) = load(path, status: &status) else { return nil }
        var log = DiagnosticLog()
        let outputs = SpecRenderer(dataset: dataset, engine: engine).render(spec, language: language, only: only, review: review, log: &log)
        report(log)
        // Labels printed in English (or another language) because the page's table lacks them; `{t:key}`
        // placeholders were told above, with their spec line.
        for out in outputs {
            for (key, printed) in out.fallbacks.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("t:") && log.diagnostics.allSatisfy({
                $0.rule != "missing-translation" || !$0.message.contains("'\(key)'") }) {
                printError("\(out.name): warning: '\(key)' is not in the \(out.language) table; printed \(printed == "en" ? "in English" : "in '\(printed)'") [fallback-translation]")
            }
        }
        if log.hasErrors { status = max(status, ExitStatus.dataError) }
        return (dataset, outputs, log.hasErrors)
    }

    mutating func report(_ log: DiagnosticLog) {
        if collected != nil { collected! += log.sorted } else { for d in log.sorted { printError(d.description) } }
    }
}


struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check specs: syntax, keys, types, data ids and layout, every problem with its position.")

    @Argument(help: "Spec files (YAML or JSON).", completion: .file(extensions: ["yaml", "yml", "json"])) var specs: [String]
    @Option(help: "Check in this language too (en, fr, ar, …).", completion: .list(A4P.languages)) var lang: String?
    @Option(help: "text (problems on stderr as file:line:column) or json (one document on stdout: each spec checked, every problem with its position and rule).")
    var format: DiagnosticFormat = .text

    enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        A4P.logging
        var status: Int32 = 0
        var session = SpecSession()
        if format == .json { session.collected = [] }
        var checked: [[String: Any]] = []
        let engine = try TextEngine.bundled()
        for path in specs {
            // A publication manifest (`sets:`) is checked as one, then every spec it names.
            let listed = Self.isManifest(path) ? manifestSpecs(path, status: &status, session: &session) : [path]
            for spec in listed {
                guard let (_, outputs, hasErrors) = session.render(spec, engine: engine, language: lang, status: &status) else {
                    checked.append(["path": spec, "valid": false])
                    continue
                }
                let pages = outputs.reduce(0) { $0 + $1.document.pages.count }
                checked.append(["path": spec, "valid": !hasErrors, "outputs": outputs.count, "pages": pages])
                if !hasErrors && format == .text {
                    print("\(spec): valid (\(outputs.count) output\(outputs.count == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s"))")
                }
            }
        }
        if let diagnostics = session.collected { Self.printJSON(checked: checked, diagnostics, status: status) }
        if status != 0 { throw ExitCode(status) }
    }

    /// `{"status", "specs": [{path, valid, outputs, pages}], "diagnostics": [{file, line, column, severity, rule, message, suggestion}]}`.
    static func printJSON(checked: [[String: Any]], _ diagnostics: [Diagnostic], status: Int32) {
        let items: [[String: Any]] = diagnostics.map { d in
            var item: [String: Any] = ["file": d.position.file, "line": d.position.line, "column": d.position.column,
                                       "severity": d.severity.rawValue, "rule": d.rule, "message": d.message]
            if let s = d.suggestion { item["suggestion"] = s }
            return item
        }
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
            if format == .text { print("\(path): valid publication manifest (\(manifest.sets.count) sets, \(specs.count) specs; each checked below)") }
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

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render specs to PDF, PNG and SVG; one output per mission for template specs.")

    @Argument(help: "Spec files (YAML or JSON).", completion: .file(extensions: ["yaml", "yml", "json"])) var specs: [String]
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this mission of a template spec (acronym, in any case); a warning for other specs.", completion: .list(A4P.missions))
    var only: String?
    @Option(help: "Language of the output: en, or one with a Translations/<code>.yaml table (fr, ar).", completion: .list(A4P.languages))
    var lang: String?
    @Flag(help: "Write the pages even when blocks do not fit (they are left out), to see the layout; still exits 65.")
    var draft = false
    @Flag(help: "Add a review appendix to each document: every printed figure with its value, period, source and the report's sentence, for a fact-checker.")
    var review = false
    @Option(help: "Render only this chart block, alone, as a document the size of its box on the page: its id (`id:` in the spec, else the one the export gives it under Output/charts/).")
    var block: String?

    func run() throws {
        A4P.logging
        var status: Int32 = 0
        var session = SpecSession()
        let engine = try TextEngine.bundled()
        let export = DocumentExport(registry: .standard, options: output.renderOptions)
        var files: [OutputFile] = []
        for path in specs {
            guard let (_, outputs, hasErrors) = session.render(path, engine: engine, language: lang, only: only, review: review, status: &status)
            else { continue }
            if hasErrors && (!draft || outputs.isEmpty) { continue }
            var chosen = outputs
            if let block {
                chosen = []
                for var out in outputs {
                    guard let asset = out.assets.first(where: { $0.id == block || $0.id == ChartAsset.safe(block) }) else { continue }
                    out.document = asset.document
                    out.name += "-\(asset.id)"
                    chosen.append(out)
                }
                if chosen.isEmpty {
                    let ids = Array(Set(outputs.flatMap { $0.assets.map(\.id) })).sorted()
                    printError("\(path): --block \(block): no chart block with this id; the spec's chart blocks: \(ids.isEmpty ? "none" : ids.joined(separator: ", "))")
                    status = max(status, ExitStatus.dataError)
                    continue
                }
            }
            for out in chosen {
                var doc = out.document
                doc.metadata.creationDate = reproducibleDate()
                do {
                    files += try export.files(doc, name: out.name, formats: output.formats)
                } catch {
                    let problem = outputProblem(error)
                    // The input's fault (an image, the page size): name the spec it came from.
                    printError(problem.status == ExitStatus.dataError ? "\(path): \(problem.message)" : problem.message)
                    status = max(status, problem.status)
                }
            }
        }
        // All or nothing: with an error in any spec (and no --draft) nothing is written, and the
        // files of every spec go into the folder as one change.
        if status != 0 && !(draft && status == ExitStatus.dataError) { throw ExitCode(status) }
        if files.isEmpty { throw ExitCode(status) }
        do {
            try OutputFolder(output.directory).commit(files)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        if !output.quiet { for f in files { print(output.directory.appendingPathComponent(f.path).relativePath) } }
        if status != 0 { throw ExitCode(status) }
    }
}

struct SpecSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec-schema",
        abstract: "Write docs/spec.schema.json, docs/spec.md and docs/publication.schema.json from the spec language's definition.")

    @Option(help: "Folder to write into.") var out: String = "docs"

    func run() throws {
        let dir = URL(fileURLWithPath: out)
        try AtomicFile.write(Array(SchemaExport.jsonSchema().utf8), to: dir.appendingPathComponent("spec.schema.json"))
        try AtomicFile.write(Array(SchemaExport.markdown().utf8), to: dir.appendingPathComponent("spec.md"))
        try AtomicFile.write(Array(PublicationManifest.jsonSchema.utf8), to: dir.appendingPathComponent("publication.schema.json"))
        for name in ["spec.schema.json", "spec.md", "publication.schema.json"] { print(dir.appendingPathComponent(name).relativePath) }
    }
}
