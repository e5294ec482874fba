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
    static let usage: Int32 = 64          // EX_USAGE: the command line asks for what cannot be done
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
        else { printProblem(path, rule: rule, message) }
    }

    /// The spec at `path` parsed and checked, or nil after printing why it could not be read. `-` is
    /// the spec on standard input, named `<stdin>` in diagnostics.
    mutating func read(_ path: String, status: inout Int32) -> SpecLoad? {
        guard path == "-" else {
            do { return try SpecLoader.load(path: path) } catch {
                fail(path, rule: "no-input", "\(error)")
                status = max(status, ExitStatus.noInput)
                return nil
            }
        }
        let (load, refused) = StandardStreams.readSpec()
        if load == nil {
            report(refused)
            status = max(status, ExitStatus.dataError)
        }
        return load
    }

    /// The spec and its dataset, or nil after printing why (with the exit status to use).
    mutating func load(_ path: String, status: inout Int32) -> (Spec, Dataset)? {
        guard let loaded = read(path, status: &status) else { return nil }
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
                let message = "'\(key)' is not in the \(out.language) table; printed \(printed == "en" ? "in English" : "in '\(printed)'")"
                if DiagnosticOutput.format == .human { printError("\(out.name): warning: \(message) [fallback-translation]") } else {
                    printDiagnostic(Diagnostic(.warning, SourcePosition(file: out.name, line: 0, column: 0), rule: "fallback-translation", message))
                }
            }
        }
        if log.hasErrors { status = max(status, ExitStatus.dataError) }
        return (dataset, outputs, log.hasErrors)
    }

    mutating func report(_ log: DiagnosticLog) {
        if collected != nil { collected! += log.sorted } else { for d in log.sorted { printDiagnostic(d) } }
    }
}


struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render specs to PDF, PNG and SVG; one output per mission for template specs.",
        discussion: "`a4p render - --format svg --out - < page.yaml > page.svg`: a spec from standard input, one file to standard output.")

    @Argument(help: "Spec files (YAML or JSON), or - for a spec on standard input.", completion: .file(extensions: ["yaml", "yml", "json"])) var specs: [String]
    @OptionGroup var output: OutputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
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

    func validate() throws {
        if let problem = StandardStreams.checkSpecs(specs) { throw ValidationError(problem) }
        if output.out == "-" && output.formats.count != 1 {
            throw ValidationError("--out - writes one file to standard output: give one --format (pdf, png or svg), not \(output.format)")
        }
    }

    func run() throws {
        A4P.logging
        diagnostics.activate()
        var status: Int32 = 0
        var session = SpecSession()
        let engine = try TextEngine.bundled()
        let export = DocumentExport(registry: OutputOptions.registry, options: output.renderOptions)
        var files: [OutputFile] = []
        for path in specs {
            let laidOut = DiagnosticOutput.timed("\(path): read and laid out") {
                session.render(path, engine: engine, language: lang, only: only, review: review, status: &status)
            }
            guard let (_, outputs, hasErrors) = laidOut else { continue }
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
                    files += try DiagnosticOutput.timed("\(out.name): rendered") {
                        try export.files(doc, name: StandardStreams.outputName(out.name), formats: output.formats)
                    }
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
        if output.out == "-" {
            // One file or none: several cannot share standard output.
            guard files.count == 1 else {
                printError("--out -: this render makes \(files.count) files (\(files.map(\.path).joined(separator: ", "))), and standard output takes one; "
                           + "give --out FOLDER, or --only MISSION / --block ID for one output of one page")
                throw ExitCode(ExitStatus.usage)
            }
            StandardStreams.write(files[0].bytes)
            DiagnosticOutput.note("wrote \(files[0].path) (\(files[0].bytes.count) bytes) to standard output")
            if status != 0 { throw ExitCode(status) }
            return
        }
        do {
            try OutputFolder(output.directory).commit(files)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        if !output.quiet { for f in files { print(output.directory.appendingPathComponent(f.path).relativePath) } }
        for f in files { DiagnosticOutput.note("wrote \(output.directory.appendingPathComponent(f.path).relativePath) (\(f.bytes.count) bytes)") }
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
