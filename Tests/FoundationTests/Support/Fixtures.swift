import TestSupport
import A4PCairoRenderers
import A4PRender
import A4PScene
import A4PSpecimen
import A4PText
import Foundation

/// Renders shared by several tests, made once.
enum Fixtures {
    static let missingGlyphs = MessageLog()
    static let engine: TextEngine = {
        TextEngine(fonts: try! FontLibrary.bundled(), onMissingGlyph: { missingGlyphs.append($0) })
    }()
    static let specimen: Document = Specimen.document(engine: engine)

    /// The specimen written as PDF, PNG (1×) and SVG into one temporary folder.
    static let specimenFiles: [String: URL] = {
        let dir = try! TempDir.make("a4p-specimen")
        let urls = try! DocumentExport(registry: .standard, options: RenderOptions(scale: 1))
            .write(specimen, name: "specimen", formats: ["pdf", "png", "svg"], to: dir)
        return Dictionary(uniqueKeysWithValues: urls.map { ($0.pathExtension, $0) })
    }()

    static func render(_ document: Document, _ format: String, scale: Double = 1) throws -> [[UInt8]] {
        try RendererRegistry.standard.renderer(named: format, options: RenderOptions(scale: scale))
            .render(document).map(\.bytes)
    }
}

final class MessageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ s: String) { lock.withLock { items.append(s) } }
    var messages: [String] { lock.withLock { items } }
}
