/// The raster limit of the renderers (the input limits are in A4PIndicators' `InputLimits`; this one
/// lives here because renderers know no input). A 14,400-pt page at scale 2 once took 38 s and 3.3 GB.
public enum RenderLimits {
    /// Pixels of one raster page: (width × scale) × (height × scale). 100 megapixels is an A0 poster at 3×.
    public static let pagePixels = 100_000_000.0
}

/// A page too large to rasterise at the asked scale: what to do is lower the scale.
public struct RenderLimitError: Error, CustomStringConvertible, Sendable {
    public var page: Int
    public var width: Double, height: Double, scale: Double
    public init(page: Int, width: Double, height: Double, scale: Double) {
        self.page = page; self.width = width; self.height = height; self.scale = scale
    }
    public var description: String {
        let w = width * scale, h = height * scale
        let mp = w * h / 1_000_000
        let most = (RenderLimits.pagePixels / (width * height)).squareRoot()
        return "page \(page) is \(Self.points(width))×\(Self.points(height)) pt, \(Self.points(w))×\(Self.points(h)) pixels at scale \(scale) (\(mp.isFinite ? String(Int(mp.rounded())) : "∞") megapixels), more than the limit of \(Int(RenderLimits.pagePixels / 1_000_000)) megapixels; render PNG at --scale \(String(format: "%.2g", most)) or less, or a smaller page"
    }
    static func points(_ v: Double) -> String { v.isFinite && abs(v) < 1e9 ? String(Int(v.rounded())) : String(v) }
}

/// An image the renderer cannot decode: the input's fault, said with the image's alt text.
public struct UndecodableImageError: Error, CustomStringConvertible, Sendable {
    public var page: Int
    public var altText: String?
    public var format: String
    public init(page: Int, altText: String?, format: String) { self.page = page; self.altText = altText; self.format = format }
    public var description: String {
        "page \(page): the \(format) image\(altText.map { " '\($0)'" } ?? "") cannot be decoded (its data is damaged); export it again"
    }
}
