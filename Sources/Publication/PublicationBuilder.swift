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
    public static func build(manifestURL: URL, projectRoot: URL, dataset: Dataset, engine: TextEngine, review: Bool = false,
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
        var items: [PublicationItem] = []
        var pathLog = DiagnosticLog()
        ManifestPathCheck.check(manifestURL, log: &pathLog)
        for d in pathLog.diagnostics { log.add(d) }
        if pathLog.hasErrors { return (manifest, []) }
        for set in manifest.sets {
            for url in PublicationManifest.expand(set.specs, base: base) {
                let loaded = try SpecLoader.load(path: url.path)
                for d in loaded.log.diagnostics { log.add(d) }
                guard let spec = loaded.spec else { continue }
                let languages = set.languages == ["all"] ? availableLanguages(spec) : set.languages
                let relative = url.standardizedFileURL.path.replacingOccurrences(of: projectRoot.standardizedFileURL.path + "/", with: "")
                for language in languages {
                    var renderer = SpecRenderer(dataset: dataset, engine: engine, cycle: manifest.cycle)
                    renderer.notCurrent = manifest.notCurrent ?? .showOlder
                    let outputs = renderer.render(spec, language: language == spec.page.language ? nil : language, review: review, log: &log)
                    items += outputs.map { PublicationItem(folder: set.folder, role: set.role, spec: relative, output: $0) }
                }
            }
        }
        return (manifest, items)
    }

    /// The spec's own language first, then every language with a translation table.
    static func availableLanguages(_ spec: Spec) -> [String] {
        let dir = SpecProject.resolve(spec.translationsPath, from: URL(fileURLWithPath: spec.file).deletingLastPathComponent())
        let tables = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { ($0 as NSString).deletingPathExtension }.sorted()
        return [spec.page.language] + tables.filter { $0 != spec.page.language }
    }
}
