import A4PLayoutSpec
import ArgumentParser
import Foundation

/// The designer's loop: render, then render again whenever a spec, its data or its translations
/// change. Each round runs `a4p render` as a child process, so a round sees the files as they are
/// on disk (no dataset kept from the round before) and reports exactly what `render` reports.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render specs, then again each time a spec, its data or its translations change (Ctrl-C stops).",
        discussion: """
            Keep the output open in a viewer that reloads (most PDF viewers do): every save of the spec,
            of a Data/*.csv file or of a translation table renders again within the interval. A round
            with errors writes nothing, so the last good output stays on screen; its messages say why.
            """)

    @Argument(help: "Spec files (YAML or JSON).", completion: .file(extensions: ["yaml", "yml", "json"])) var specs: [String]
    @OptionGroup var output: OutputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @Option(help: "Only this mission of a template spec.", completion: .list(A4P.missions)) var only: String?
    @Option(help: "Language of the output.", completion: .list(A4P.languages)) var lang: String?
    @Option(help: "Seconds between looks at the files.") var interval: Double = 0.5
    @Option(help: .hidden) var maxRenders: Int?

    func validate() throws {
        if specs.contains("-") { throw ValidationError("watch reads the spec files again after every save; '-' (standard input) cannot be watched: name a file") }
        if output.out == "-" { throw ValidationError("--out -: watch writes again after every save; name a folder") }
        guard interval.isFinite, interval >= 0.05, interval <= 60 else { throw ValidationError("--interval must be 0.05 to 60 seconds") }
    }

    func run() throws {
        var last: [String: [Double]] = [:]
        var renders = 0
        // The files to watch come from reading the specs: done again only after a change, not at every look.
        var files = watchedFiles()
        while maxRenders.map({ renders < $0 }) ?? true {
            var now = Self.fingerprint(of: files)
            if now != last {
                files = watchedFiles()
                now = Self.fingerprint(of: files)
                last = now
                renders += 1
                let status = try renderOnce()
                let stamp = Date().formatted(Date.FormatStyle(date: .omitted, time: .standard, locale: Locale(identifier: "en_GB")))
                FileHandle.standardError.write(Data("[\(stamp)] \(status == 0 ? "rendered" : "not rendered (exit \(status))"); watching \(now.count) files\n".utf8))
                continue
            }
            Thread.sleep(forTimeInterval: interval)
        }
    }

    /// The specs, and the files of each one's data and translations folders (when the spec reads).
    func watchedFiles() -> [URL] {
        var files = specs.map { URL(fileURLWithPath: $0) }
        for path in specs {
            guard let spec = try? SpecLoader.load(path: path).spec else { continue }
            let base = URL(fileURLWithPath: path).deletingLastPathComponent()
            for dir in [SpecProject.dataDirectory(for: spec), SpecProject.resolve(spec.translationsPath, from: base)].compactMap({ $0 }) {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
                files += names.sorted().map { dir.appendingPathComponent($0) }
            }
        }
        return files
    }

    /// Modification time and size of each file (empty for one that is missing).
    static func fingerprint(of files: [URL]) -> [String: [Double]] {
        Dictionary(files.map { url in
            let a = try? FileManager.default.attributesOfItem(atPath: url.path)
            let time = (a?[.modificationDate] as? Date)?.timeIntervalSince1970
            let size = (a?[.size] as? NSNumber)?.doubleValue
            return (url.path, [time, size].compactMap { $0 })
        }, uniquingKeysWith: { first, _ in first })
    }

    /// One `a4p render` of the specs with the same options; its output goes straight to ours.
    func renderOnce() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        var arguments = ["render"] + specs + ["--out", output.out, "--format", output.format]
        if let scale = output.scale { arguments += ["--scale", String(scale)] }
        if let dpi = output.dpi { arguments += ["--dpi", String(dpi)] }
        if let only { arguments += ["--only", only] }
        if let lang { arguments += ["--lang", lang] }
        arguments += ["--diagnostic-format", diagnostics.diagnosticFormat.rawValue] + (diagnostics.verbose ? ["--verbose"] : [])
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
