import A4PCairoRenderers
import A4PIndicators
import A4PLayoutSpec
import A4PPublication
import A4PRender
import A4PText
import ArgumentParser
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the A4P+ publication set (Specs/publication.yaml) into Output/: priority pages, overview, mission fact sheets, slides, combined PDFs, manifest.json and index.html.")

    @OptionGroup var output: OutputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @Option(help: "The publication manifest.") var manifest: String?
    @Flag(help: "Add a review appendix to each document: every printed figure with its value, period, source and the report's sentence, for a fact-checker. Not part of the default export.")
    var review = false
    @Flag(help: "Fail (exit 65, nothing written) when the publication's cycle is missing something: a figure no page shows, a language without the cycle's name, a block showing an older period, prose written about an earlier cycle, a label printed in English (or another language) on a page of another language. For CI.")
    var strict = false
    @Flag(help: "Also write every chart block on its own: charts/<document>/<block-id>.{pdf,svg,png} at its size on the page (PNG at 2×), with <block-id>.csv (the figures it shows) and <block-id>.txt (its alt text), listed in manifest.json. Off by default: it adds ~2,600 files and about doubles the export's time (see the README, Chart assets).")
    var charts = false
    @Flag(help: "List the page review's findings: blank bands over 20 % of a page, text under 6 pt (11 pt on slides), charts with more than a third of their figures not reported, working notes of the dataset printed on a page. Without it, export prints their count.")
    var lint = false
    @Option(help: "Documents laid out and rendered at once (default: one per core). The files are the same for any number.")
    var jobs: Int = ParallelJobs.cores
    @Flag(help: "Render every file. Without it, a file whose inputs (its laid-out page, the formats and options, the fonts, this build of a4p) are those recorded in the output folder's .a4p-record.json is taken unchanged from the previous export.")
    var force = false
    @Option(help: "Formats of the chart assets (with --charts): a list of pdf, png, svg; default the --format formats.")
    var chartFormats: String?

    func run() throws {
        A4P.logging
        diagnostics.activate()
        let started = Date()
        guard let manifestURL = manifest.map({ URL(fileURLWithPath: $0) }) ?? Self.defaultManifest() else {
            printError("no Specs/publication.yaml found; give --manifest")
            throw ExitCode(ExitStatus.noInput)
        }
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            printError("\(manifestURL.path): no such manifest")
            throw ExitCode(ExitStatus.noInput)
        }
        let root = manifestURL.deletingLastPathComponent().deletingLastPathComponent()
        guard let dataDir = DataDirectory.locate(from: root) else {
            printError("no Data/ folder found above \(root.path)")
            throw ExitCode(ExitStatus.noInput)
        }
        let loaded = DiagnosticOutput.timed("data loaded") { DatasetLoader().load(from: dataDir) }
        guard loaded.isValid else {
            for d in loaded.log.sorted { printDiagnostic(d) }
            throw ExitCode(ExitStatus.dataError)
        }
        var log = DiagnosticLog()
        Terminal.progress("laying out the publication…", quiet: output.quiet)
        let engine = try TextEngine.bundled()
        // The layout jobs and the cycle report below read the translation tables from one cache: once.
        let translationsCache = TranslationsCache()
        let publication: PublicationManifest, items: [PublicationItem]
        do {
            (publication, items) = try Terminal.counting("laying out", quiet: output.quiet) {
                try DiagnosticOutput.timed("laid out") {
                    try PublicationBuilder.build(manifestURL: manifestURL, projectRoot: root, dataset: loaded.dataset, dataDirectory: dataDir,
                                                 engine: engine, review: self.review, workers: jobs, translations: translationsCache, log: &log)
                }
            }
        } catch let error as ManifestError {
            // A bad manifest is invalid input (65), each problem told in the chosen format.
            for d in error.diagnostics { printDiagnostic(d) }
            throw ExitCode(ExitStatus.dataError)
        } catch {
            // A spec the manifest names that cannot be read is missing input (66).
            printProblem(manifestURL.path, rule: "no-input", "\(error)")
            throw ExitCode(ExitStatus.noInput)
        }
        // What the cycle is missing is told after the summary; the rest of the spec check now.
        for d in log.sorted where !CycleReport.rules.contains(d.rule) { printDiagnostic(d) }
        // Nothing is written when any spec has an error: the set in Output/ stays whole.
        if log.hasErrors { throw ExitCode(ExitStatus.dataError) }
        var translationLog = DiagnosticLog()
        let report = CycleReport(dataset: loaded.dataset, cycle: publication.cycle, items: items,
                                 translations: translationsCache.load(from: root.appendingPathComponent("Translations"), log: &translationLog),
                                 log: log, knownGaps: publication.knownGaps ?? [:])
        if strict, let report, !report.isEmpty {
            for line in report.lines(strict: true) { printError(line) }
            printError("--strict: nothing written")
            throw ExitCode(ExitStatus.dataError)
        }
        Terminal.progress("rendering \(items.count) documents…", quiet: output.quiet)
        let date = reproducibleDate()
        let dated = items.map { item -> PublicationItem in
            var i = item
            i.output.document.metadata.creationDate = date
            return i
        }
        let files: [ExportedFile], count: RenderCount
        defer { Terminal.progress("", quiet: output.quiet) }
        do {
            let chartFormats: [String]? = !charts ? [] : chartFormats.map { list in
                list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            }
            var writer = PublicationWriter(formats: output.formats, options: output.renderOptions, chartFormats: chartFormats, jobs: jobs)
            writer.force = force
            (files, count) = try Terminal.counting("rendering", quiet: output.quiet) {
                try DiagnosticOutput.timed("rendered and written") { try writer.writeCounting(dated, manifest: publication, to: output.directory) }
            }
        } catch {
            let problem = outputProblem(error)
            printError(problem.message)
            throw ExitCode(problem.status)
        }
        for f in files { DiagnosticOutput.note("wrote \(output.directory.appendingPathComponent(f.path).relativePath) (\(f.bytes) bytes)") }
        // With --quiet: what the cycle is missing still goes to stderr (it is a problem); nothing else.
        if output.quiet {
            if let report, !report.isEmpty { for line in report.lines() { printError(line) } }
            return
        }
        let pages = dated.reduce(0) { $0 + $1.output.document.pages.count }
        let bytes = files.reduce(0) { $0 + $1.bytes }
        let assets = Set(files.compactMap { f in f.block.map { "\(f.document ?? "")/\($0)" } }).count
        print("exported \(dated.count) documents (\(pages) pages)\(assets > 0 ? " and \(assets) chart assets" : "") as \(files.count) files, \(bytes / 1024) KiB, into \(output.directory.relativePath)/ in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        print(count.summary)
        print("open \(output.directory.appendingPathComponent("index.html").relativePath)")
        for line in report?.lines() ?? [] { print(line) }
        let review = PageLint(items: items, dataset: loaded.dataset)
        if lint {
            for f in review.findings { print("  \(f)") }
        }
        let counts = Dictionary(grouping: review.findings, by: \.rule.rawValue).map { "\($0.value.count) \($0.key)" }.sorted()
        print("page review: " + (counts.isEmpty ? "no finding" : counts.joined(separator: ", ") + (lint ? "" : " (--lint lists them)")))
    }

    func validate() throws {
        if output.out == "-" { throw ValidationError("--out -: export writes a folder of files (documents, thumbnails, manifest.json, index.html), not one; name a folder") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        // The export's incremental record knows the built-in renderers only; a plugin is for `render`.
        for f in output.formats where RendererRegistry.standard.type(named: f) == nil {
            throw ValidationError("--format \(f): export writes the built-in formats (\(RendererRegistry.standard.names.joined(separator: ", "))); render with an external renderer through `a4p render`")
        }
        guard let chartFormats else { return }
        if !charts { throw ValidationError("--chart-formats needs --charts") }
        let list = chartFormats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if list.isEmpty { throw ValidationError("--chart-formats needs at least one of pdf, png, svg") }
        for f in list where !["pdf", "png", "svg"].contains(f) {
            throw ValidationError("--chart-formats: unknown chart format '\(f)'; use pdf, png, svg")
        }
    }

    static func defaultManifest() -> URL? {
        ProjectPaths.projectFolder(named: "Specs", containing: "publication.yaml")?.appendingPathComponent("publication.yaml")
    }
}
