import A4PScene
import Foundation

/// Renders a document in several formats and writes the files atomically into a folder:
/// `name.pdf`; `name.png` / `name.svg` for one page, `name-1.png`, `name-2.png`, … for more.
public struct DocumentExport: Sendable {
    public var registry: RendererRegistry
    public var options: RenderOptions
    public init(registry: RendererRegistry, options: RenderOptions = RenderOptions()) {
        self.registry = registry; self.options = options
    }

    /// Renders every format first and writes only when all succeeded, so an error leaves no file.
    @discardableResult
    public func write(_ document: Document, name: String, formats: [String], to directory: URL) throws -> [URL] {
        var pending: [(URL, [UInt8])] = []
        for format in formats {
            let renderer = try registry.renderer(named: format, options: options)
            let ext = type(of: renderer).name
            let files = try renderer.render(document)
            for file in files {
                let suffix = file.pageIndex.map { files.count > 1 ? "-\($0 + 1)" : "" } ?? ""
                pending.append((directory.appendingPathComponent("\(name)\(suffix).\(ext)"), file.bytes))
            }
        }
        for (url, bytes) in pending { try AtomicFile.write(bytes, to: url) }
        return pending.map(\.0)
    }
}
