import A4PScene

/// Settings a renderer may use; each format reads the ones that apply to it.
public struct RenderOptions: Hashable, Sendable {
    /// Pixels per point for raster output: 1 = 72 dpi, 2 = "2×" (144 dpi).
    public var scale: Double
    /// PDF for the print shop: CMYK through an ICC profile, UN blue as a spot colour, an output intent.
    public var print: Bool
    /// With `print`: A4 pages get a 3 mm bleed and crop marks.
    public var bleed: Bool
    /// PNG without a background (alpha where nothing is drawn), for placing a chart over other artwork.
    public var transparent: Bool
    public init(scale: Double = 1, print: Bool = false, bleed: Bool = false, transparent: Bool = false) {
        self.scale = scale; self.print = print; self.bleed = bleed; self.transparent = transparent
    }
    /// Options for a raster resolution in dots per inch.
    public static func dpi(_ dpi: Double) -> RenderOptions { RenderOptions(scale: dpi / 72) }
}

/// One output file: either the whole document (PDF) or one page (PNG, SVG).
public struct RenderedFile: Hashable, Sendable {
    /// Zero-based page this file shows, nil when it holds every page.
    public var pageIndex: Int?
    public var bytes: [UInt8]
    public init(pageIndex: Int?, bytes: [UInt8]) { self.pageIndex = pageIndex; self.bytes = bytes }
}

/// Anything that turns a scene document into file bytes: an instance of a built-in `Renderer`
/// type, or an `ExternalRenderer` (a program found on PATH, which has no Swift type of its own).
public protocol DocumentRenderer: Sendable {
    /// The extension of the files it writes ("pdf").
    var fileExtension: String { get }
    func render(_ document: Document) throws -> [RenderedFile]
}

/// A renderer plugin: turns a scene document into file bytes. To add a format, write one type
/// that conforms and register it with a `RendererRegistry`; nothing above this layer changes.
/// From outside the package, write an executable instead (docs/renderer-plugins.md, `ExternalRenderer`).
public protocol Renderer: DocumentRenderer {
    /// Short name used on the command line and as the file extension ("pdf").
    static var name: String { get }
    /// One line for `a4p formats`.
    static var summary: String { get }
    init(options: RenderOptions)
}

extension Renderer {
    public var fileExtension: String { Self.name }
}

public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
