import A4PScene
import Foundation

/// Renders a document in several formats and writes the files into a folder all or nothing:
/// `name.pdf`; `name.png` / `name.svg` for one page, `name-1.png`, `name-2.png`, … for more.
public struct DocumentExport: Sendable {
    public var registry: RendererRegistry
    public var options: RenderOptions
    public init(registry: RendererRegistry, options: RenderOptions = RenderOptions()) {
        self.registry = registry; self.options = options
    }

    /// Renders every format first and writes only when all succeeded, as one change of the folder
    /// (see `OutputFolder`), so an error or a kill leaves the folder as it was.
    @discardableResult
    public func write(_ document: Document, name: String, formats: [String], to directory: URL) throws -> [URL] {
        let pending = try files(document, name: name, formats: formats)
        try OutputFolder(directory).commit(pending)
        return pending.map { directory.appendingPathComponent($0.path) }
    }

    /// The files of `document` in every format, named as `write` names them; nothing is written.
    public func files(_ document: Document, name: String, formats: [String]) throws -> [OutputFile] {
        var pending: [OutputFile] = []
        for format in formats {
            let renderer = try registry.renderer(named: format, options: options)
            let ext = renderer.fileExtension
            let files = try renderer.render(document)
            for file in files {
                pending.append(OutputFile(path: Self.fileName(name, ext, file, of: files.count), bytes: file.bytes))
            }
        }
        return pending
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
