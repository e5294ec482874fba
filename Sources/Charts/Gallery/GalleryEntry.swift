import A4PScene

/// One chart kind as `a4p charts` lists it and `a4p gallery` shows it: a name, one line of
/// description, and sample charts (seed-like data, a long-label case, an Arabic variant and a
/// missing value).
public struct GalleryEntry: Sendable {
    public var kind: String
    public var summary: String
    /// Sample charts with the size they want on a gallery page and the theme to draw them in.
    public var samples: [GallerySample]
    public init(kind: String, summary: String, samples: [GallerySample]) {
        self.kind = kind; self.summary = summary; self.samples = samples
    }
}

public struct GallerySample: Sendable {
    public var caption: String
    public var chart: any Chart
    public var size: Size
    public var language: String
    public init(caption: String, chart: any Chart, size: Size, language: String = "en") {
        self.caption = caption; self.chart = chart; self.size = size; self.language = language
    }
}

extension GalleryEntry {
    /// Every kind, in the order the gallery shows them. Each group of kinds lists its own entries
    /// in its own file (GalleryEntries+*.swift).
    public static var all: [GalleryEntry] { quantities + bullet + tables + maps }
}
