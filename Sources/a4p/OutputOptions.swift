import A4PCairoRenderers
import A4PRender
import A4PScene
import A4PIndicators
import ArgumentParser
import Foundation

/// The options every exporting command shares: where, which formats, what raster scale.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Folder to write into.", completion: .directory)
    var out: String = "Output"

    @Option(name: .long, help: "Comma-separated formats (see `a4p formats`).", completion: .list(["pdf", "png", "svg", "pdf,png,svg"]))
    var format: String = "pdf,png,svg"

    @Option(name: .long, help: "PNG pixels per point: 1 = 72 dpi, 2 = 144 dpi.")
    var scale: Double?

    @Option(name: .long, help: "PNG resolution in dots per inch (instead of --scale).")
    var dpi: Double?

    @Flag(name: .long, help: "PDFs for the print shop: CMYK through an ICC profile, UN blue as a spot colour, an output intent.")
    var print = false

    @Flag(name: .long, help: "With --print: a 3 mm bleed and crop marks around A4 pages.")
    var bleed = false

    @Flag(name: .shortAndLong, help: "Print nothing but problems: no list of files, no summary.")
    var quiet = false

    @Flag(name: .long, help: "PNG without a background: every page of `render`, the chart assets of `export --charts` (its pages stay on white).")
    var transparent = false

    var formats: [String] {
        format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    var renderOptions: RenderOptions {
        RenderOptions(scale: dpi.map { $0 / 72 } ?? scale ?? 2, print: print, bleed: bleed, transparent: transparent)
    }

    /// The built-in renderers and the external ones on PATH (`a4p-renderer-NAME`, docs/renderer-plugins.md).
    static var registry: RendererRegistry { RendererRegistry.standard.addingExternalRenderers() }

    func validate() throws {
        let known = Self.registry.names
        for f in formats where !known.contains(f) {
            throw ValidationError("unknown format '\(f)'; known formats: \(known.joined(separator: ", "))")
        }
        if formats.isEmpty { throw ValidationError("--format needs at least one format") }
        if bleed && !print { throw ValidationError("--bleed is for the print variant: add --print") }
        if let s = scale, !(s > 0 && s <= 16) { throw ValidationError("--scale must be in (0, 16]") }
        if let d = dpi, !(d > 0 && d <= 1200) { throw ValidationError("--dpi must be in (0, 1200]") }
        if let problem = Self.folderProblem(out) {
            printError(problem)
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }

    /// Why `--out` cannot be a folder to write into (it, or a folder above it, is a file), else nil.
    static func folderProblem(_ path: String) -> String? {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                if isDirectory.boolValue { return nil }
                let what = url.path == URL(fileURLWithPath: path).standardizedFileURL.path ? "it" : "\(url.path)"
                return "--out \(path): \(what) is a file, not a folder; name a folder (it is created when missing)"
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    var directory: URL { URL(fileURLWithPath: out) }

    /// Writes one document in the chosen formats, all or nothing; a write error exits 73 with its message.
    func write(_ document: Document, name: String) throws -> [URL] {
        do {
            return try DocumentExport(registry: Self.registry, options: renderOptions).write(document, name: name, formats: formats, to: directory)
        } catch {
            let problem = outputProblem(error)
            printError(problem.message)
            throw ExitCode(problem.status)
        }
    }
}

/// A failed render or write as one line for a person (never a Foundation error dump) and its exit
/// status: 65 for a page too large to rasterise or an image that cannot be decoded (the input's fault), 73 when the output cannot be written.
func outputProblem(_ error: any Error) -> (message: String, status: Int32) {
    if let e = error as? RenderLimitError { return (e.description, ExitStatus.dataError) }
    if let e = error as? UndecodableImageError { return (e.description, ExitStatus.dataError) }
    if let e = error as? CocoaError {
        let path = e.filePath ?? e.url?.path ?? "the output folder"
        return ("\(path): cannot write (\(InputFile.reason(e))); check that --out names a folder you can write to", ExitStatus.cannotCreate)
    }
    if error is POSIXError || type(of: error) == NSError.self {
        return ("cannot write the output (\(InputFile.reason(error))); check that --out names a folder you can write to", ExitStatus.cannotCreate)
    }
    return ("\(error)", ExitStatus.cannotCreate)
}

/// The creation date to stamp: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
/// else nil, which renderers turn into a fixed date.
func reproducibleDate() -> Date? {
    guard let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let t = TimeInterval(s) else { return nil }
    return Date(timeIntervalSince1970: t)
}
