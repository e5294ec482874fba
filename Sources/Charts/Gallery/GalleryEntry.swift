import A4PScene

/// Sample charts of one chart type as `a4p gallery` shows them: seed-like data, a long-label case,
/// an Arabic variant and a missing value. The gallery heads them with the spec's name of the kind
/// that draws the type (the block-kind registry sets `kind`), so the gallery, `a4p charts` and
/// specs use one name per kind.
public struct GalleryEntry: Sendable {
    /// The chart type the samples draw.
    public var chart: any Chart.Type
    /// The heading: the spec's tag of the kind drawing `chart`, set by the registry (the type's name until then).
    public var kind: String
    /// What the samples show of the type's drawing.
    public var summary: String
    /// Sample charts with the size they want on a gallery page and the theme to draw them in.
    public var samples: [GallerySample]
    public init(_ chart: any Chart.Type, summary: String, samples: [GallerySample]) {
        self.chart = chart; self.kind = String(describing: chart); self.summary = summary; self.samples = samples
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
    public static var all: [GalleryEntry] { quantities + bullet + tables + lists + maps }
}
