import A4PCairoRenderers
import A4PRender
import A4PScene
import ArgumentParser
import Foundation

/// The options every exporting command shares: where, which formats, what raster scale.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Folder to write into.")
    var out: String = "Output"

    @Option(name: .long, help: "Comma-separated formats (see `a4p formats`).")
    var format: String = "pdf,png,svg"

    @Option(name: .long, help: "PNG pixels per point: 1 = 72 dpi, 2 = 144 dpi.")
    var scale: Double?

    @Option(name: .long, help: "PNG resolution in dots per inch (instead of --scale).")
    var dpi: Double?

    var formats: [String] {
        format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    var renderOptions: RenderOptions {
        if let dpi { return .dpi(dpi) }
        return RenderOptions(scale: scale ?? 2)
    }

    func validate() throws {
        let known = RendererRegistry.standard.names
        for f in formats where !known.contains(f) {
            throw ValidationError("unknown format '\(f)'; known formats: \(known.joined(separator: ", "))")
        }
        if formats.isEmpty { throw ValidationError("--format needs at least one format") }
        if let s = scale, !(s > 0 && s <= 16) { throw ValidationError("--scale must be in (0, 16]") }
        if let d = dpi, !(d > 0 && d <= 1200) { throw ValidationError("--dpi must be in (0, 1200]") }
    }

    var directory: URL { URL(fileURLWithPath: out) }

    /// Writes one document in the chosen formats, all or nothing; a write error exits 73 with its message.
    func write(_ document: Document, name: String) throws -> [URL] {
        do {
            return try DocumentExport(registry: .standard, options: renderOptions).write(document, name: name, formats: formats, to: directory)
        } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}

/// The creation date to stamp: SOURCE_DATE_EPOCH when set (the reproducible-builds convention),
/// else nil, which renderers turn into a fixed date.
func reproducibleDate() -> Date? {
    guard let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let t = TimeInterval(s) else { return nil }
    return Date(timeIntervalSince1970: t)
}
