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

    /// The spec and its dataset, or nil after printing why (with the exit status to use).
    mutating func load(_ path: String, status: inout Int32) -> (Spec, Dataset)? {
        let loaded: SpecLoad
        do {
            loaded = try SpecLoader.load(path: path)
        } catch {
            printError("\(error)")
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
            printError("\(path): no dataset found (data: \(spec.dataPath))")
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
        if log.hasErrors { status = max(status, ExitStatus.dataError) }
        return (dataset, outputs, log.hasErrors)
    }

    func report(_ log: DiagnosticLog) {
        for d in log.sorted { printError(d.description) }
    }
}


struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check specs: syntax, keys, types, data ids and layout, every problem with its position.")

    @Argument(help: "Spec files (YAML or JSON).") var specs: [String]
    @Option(help: "Check in this language too (en, fr, ar, …).") var lang: String?

    func run() throws {
        A4P.logging
        var status: Int32 = 0
        var session = SpecSession()
        let engine = try TextEngine.bundled()
        for path in specs {
            // A publication manifest (`sets:`) is checked as one, then every spec it names.
            let listed = Self.isManifest(path) ? manifestSpecs(path, status: &status) : [path]
            for spec in listed {
                guard let (_, outputs, hasErrors) = session.render(spec, engine: engine, language: lang, status: &status) else { continue }
                if !hasErrors {
                    let pages = outputs.reduce(0) { $0 + $1.document.pages.count }
                    print("\(spec): valid (\(outputs.count) output\(outputs.count == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s"))")
                }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A YAML file with a top-level `sets:` key is a publication manifest, not a spec.
    static func isManifest(_ path: String) -> Bool {
        guard let data = try? InputFile.read(path, limit: InputLimits.yamlBytes, what: "publication manifest"),
              let text = String(data: data, encoding: .utf8) else { return false }
        return text.split(separator: "\n").contains { $0.hasPrefix("sets:") }
    }

    /// The specs a manifest names, after checking the manifest itself (its problems with their positions).
    func manifestSpecs(_ path: String, status: inout Int32) -> [String] {
        let url = URL(fileURLWithPath: path)
        do {
            let manifest = try PublicationManifest.load(url)
            let specs = manifest.sets.flatMap { PublicationManifest.expand($0.specs, base: url.deletingLastPathComponent()) }
            print("\(path): valid publication manifest (\(manifest.sets.count) sets, \(specs.count) specs; each checked below)")
            return specs.map(\.relativePath)
        } catch let error as ManifestError {
            for d in error.diagnostics { printError(d.description) }
        } catch {
            printError("\(path): \(error)")
        }
        status = ExitStatus.dataError
        return []
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Render specs to PDF, PNG and SVG; one output per mission for template specs.")

    @Argument(help: "Spec files (YAML or JSON).") var specs: [String]
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this mission of a template spec (acronym, in any case); a warning for other specs.") var only: String?
    @Option(help: "Language of the output: en, or one with a Translations/<code>.yaml table (fr, ar).") var lang: String?
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
        for f in files { print(output.directory.appendingPathComponent(f.path).relativePath) }
        if status != 0 { throw ExitCode(status) }
    }
}

struct SpecSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spec-schema", abstract: "Write docs/spec.schema.json and docs/spec.md from the spec language's definition.")

    @Option(help: "Folder to write into.") var out: String = "docs"

    func run() throws {
        let dir = URL(fileURLWithPath: out)
        try AtomicFile.write(Array(SchemaExport.jsonSchema().utf8), to: dir.appendingPathComponent("spec.schema.json"))
        try AtomicFile.write(Array(SchemaExport.markdown().utf8), to: dir.appendingPathComponent("spec.md"))
        print(dir.appendingPathComponent("spec.schema.json").relativePath)
        print(dir.appendingPathComponent("spec.md").relativePath)
    }
}
