import A4PIndicators
import A4PLayoutSpec
import A4PScene
import A4PText
import Foundation

/// One rendered spec output of the publication, with where it goes.
public struct PublicationItem: Sendable {
    public var folder: String
    public var role: String
    /// The spec path relative to the project root, as the manifest records it.
    public var spec: String
    public var output: SpecOutput
}

/// Renders every spec the manifest names, in every language it asks for. Problems of every spec
/// are collected; nothing is written here.
public enum PublicationBuilder {
    /// `dataDirectory` (where `dataset` was read) is named in errors; a spec bound to a tidy CSV of
    /// its own is an error, not silently bound to the publication's dataset. `translations` reads each
    /// folder of translation tables once; the caller may read the publication's from it afterwards.
    public static func build(manifestURL: URL, projectRoot: URL, dataset: Dataset, dataDirectory: URL? = nil, engine: TextEngine,
                             review: Bool = false, workers: Int = ParallelJobs.cores, translations: TranslationsCache = TranslationsCache(),
                             log: inout DiagnosticLog) throws -> (PublicationManifest, [PublicationItem]) {
        var manifest = try PublicationManifest.load(manifestURL)
        guard let cycle = ReportingCycle(named: manifest.cycle, dataset: dataset) else {
            // Once, at the manifest, rather than once per spec.
            let cycles = dataset.periods.filter { $0.kind == .cycle }.map(\.id)
            let line = (try? String(contentsOf: manifestURL, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("cycle:") }.map { $0 + 1 } ?? 1
            log.error(SourcePosition(file: manifestURL.path, line: line, column: 1), rule: "unknown-cycle",
                      manifest.cycle.map { "cycle: '\($0)' is not a cycle of the dataset (\(cycles.joined(separator: ", ")))" }
                          ?? "the dataset has no cycle with data; name one with cycle:",
                      suggestion: Suggestion.closest(to: manifest.cycle ?? "", in: cycles))
            return (manifest, [])
        }
        do {
            // The title names the cycle through the same placeholders as specs, in English.
            let names = TextContext(mission: nil, priority: nil, periodLabel: nil, language: "en", translations: Translations(),
                                    cycle: cycle.current, previousCycle: cycle.previous)
            var titleLog = DiagnosticLog()
            manifest.title = names.expand(manifest.title, at: SourcePosition(file: manifestURL.path, line: 1, column: 1), log: &titleLog)
            for d in titleLog.diagnostics { log.add(d) }
        }
        let base = manifestURL.deletingLastPathComponent()
        var pathLog = DiagnosticLog()
        ManifestPathCheck.check(manifestURL, log: &pathLog)
        for d in pathLog.diagnostics { log.add(d) }
        if pathLog.hasErrors { return (manifest, []) }
        // Specs are read in order; then every (spec, language) is laid out on its own, `jobs` at a
        // time, each with its own log, and the logs are joined in the order a sequential run gives.
        struct Job: Sendable { var set: PublicationManifest.Set; var spec: Spec; var relative: String; var language: String }
        var jobs: [Job] = []
        var logOrder: [LogPart] = []
        for set in manifest.sets {
            for url in PublicationManifest.expand(set.specs, base: base) {
                let loaded = try SpecLoader.load(path: url.path)
                logOrder.append(.diagnostics(loaded.log.diagnostics))
                guard let spec = loaded.spec else { continue }
                // A spec of one's own figures would otherwise be bound, silently, to the publication's dataset.
                if let at = spec.dataPosition, case .table = SpecProject.dataSource(for: spec) {
                    logOrder.append(.diagnostics([Diagnostic(.error, at, rule: "publication-data",
                        "data: '\(spec.dataPath)' is a tidy CSV; the specs of a publication share its dataset\(dataDirectory.map { " (\($0.path))" } ?? ""), so render this spec on its own with a4p render")]))
                    continue
                }
                let languages = set.languages == ["all"] ? availableLanguages(spec) : set.languages
                let relative = url.standardizedFileURL.path.replacingOccurrences(of: projectRoot.standardizedFileURL.path + "/", with: "")
                for language in languages {
                    logOrder.append(.job(jobs.count))
                    jobs.append(Job(set: set, spec: spec, relative: relative, language: language))
                }
            }
        }
        var setRenderer = SpecRenderer(dataset: dataset, engine: engine, cycle: manifest.cycle, translationsCache: translations)
        setRenderer.notCurrent = manifest.notCurrent ?? .showOlder
        let renderer = setRenderer
        let jobList = jobs
        let laidOut = ParallelJobs(workers: workers).run(jobs.count, label: { "\(jobList[$0].relative) (\(jobList[$0].language))" }) { j -> ([SpecOutput], [Diagnostic]) in
            let job = jobList[j]
            var jobLog = DiagnosticLog()
            let outputs = renderer.render(job.spec, language: job.language == job.spec.page.language ? nil : job.language, review: review, log: &jobLog)
            return (outputs, jobLog.diagnostics)
        }
        var items: [PublicationItem] = []
        for part in logOrder {
            switch part {
            case .diagnostics(let ds): for d in ds { log.add(d) }
            case .job(let j):
                let (outputs, diagnostics) = try laidOut[j].get()
                for d in diagnostics { log.add(d) }
                let job = jobs[j]
                items += outputs.map { PublicationItem(folder: job.set.folder, role: job.set.role, spec: job.relative, output: $0) }
            }
        }
        return (manifest, items)
    }

    /// A stretch of the log: the diagnostics of reading a spec, or those of one layout job.
    private enum LogPart { case diagnostics([Diagnostic]), job(Int) }

    /// The spec's own language first, then every language with a translation table.
    static func availableLanguages(_ spec: Spec) -> [String] {
        let dir = SpecProject.resolve(spec.translationsPath, from: URL(fileURLWithPath: spec.file).deletingLastPathComponent())
        let tables = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { ($0 as NSString).deletingPathExtension }.sorted()
        return [spec.page.language] + tables.filter { $0 != spec.page.language }
    }
}
