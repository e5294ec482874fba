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
                pending.append((directory.appendingPathComponent(Self.fileName(name, ext, file, of: files.count)), file.bytes))
            }
        }
        for (url, bytes) in pending { try AtomicFile.write(bytes, to: url) }
        return pending.map(\.0)
    }

    /// `name.pdf` for a whole document or a single page; `name-2.png` for page 2 of several.
    public static func fileName(_ name: String, _ ext: String, _ file: RenderedFile, of count: Int) -> String {
        let suffix = file.pageIndex.map { count > 1 ? "-\($0 + 1)" : "" } ?? ""
        return "\(name)\(suffix).\(ext)"
    }

    /// The inverse for one output's files: "missions/x-en-2.png" → "missions/x-en" (PDFs keep their name).
    public static func stem(of path: String) -> String {
        var s = path
        if let dot = s.lastIndex(of: ".") { s = String(s[..<dot]) }
        if !path.hasSuffix(".pdf"), let dash = s.lastIndex(of: "-"), Int(s[s.index(after: dash)...]) != nil {
            s = String(s[..<dash])
        }
        return s
    }
}
