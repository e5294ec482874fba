/// Which font file a glyph run uses. Renderers open the file themselves; the scene stays plain data.
public struct FontReference: Hashable, Sendable, Codable {
    /// Absolute path of the font file.
    public var path: String
    /// Face index inside a collection (0 for a single font file).
    public var faceIndex: Int
    public var postScriptName: String
    public init(path: String, faceIndex: Int = 0, postScriptName: String) {
        self.path = path; self.faceIndex = faceIndex; self.postScriptName = postScriptName
    }
}

/// One positioned glyph, relative to the run's origin (baseline start), y down.
public struct Glyph: Hashable, Sendable, Codable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    public init(id: UInt32, x: Double, y: Double) { self.id = id; self.x = x; self.y = y }
}

/// Maps `byteCount` UTF-8 bytes of the source text to `glyphCount` glyphs (as cairo's text clusters).
public struct TextCluster: Hashable, Sendable, Codable {
    public var byteCount: Int
    public var glyphCount: Int
    public init(byteCount: Int, glyphCount: Int) { self.byteCount = byteCount; self.glyphCount = glyphCount }
}

/// Shaped text in one font, size and direction. Keeps its source text and clusters so that PDF
/// output stays extractable and searchable.
public struct GlyphRun: Hashable, Sendable, Codable {
    public var font: FontReference
    public var size: Double
    /// Baseline start of the run on the page (left end, whatever the direction).
    public var origin: Point
    public var glyphs: [Glyph]
    /// The characters these glyphs show, in logical order.
    public var text: String
    /// Clusters in logical text order; when `isRightToLeft`, they map glyphs from the last one
    /// backwards (cairo's CAIRO_TEXT_CLUSTER_FLAG_BACKWARD).
    public var clusters: [TextCluster]
    public var isRightToLeft: Bool
    public var color: Color
    /// Advance width, ascent and descent (positive, below the baseline) in points.
    public var advance: Double
    public var ascent: Double
    public var descent: Double

    public init(font: FontReference, size: Double, origin: Point, glyphs: [Glyph], text: String,
                clusters: [TextCluster], isRightToLeft: Bool, color: Color,
                advance: Double, ascent: Double, descent: Double) {
        self.font = font; self.size = size; self.origin = origin; self.glyphs = glyphs; self.text = text
        self.clusters = clusters; self.isRightToLeft = isRightToLeft; self.color = color
        self.advance = advance; self.ascent = ascent; self.descent = descent
    }

    /// The box from ascent to descent over the advance.
    public var bounds: Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: advance, height: ascent + descent)
    }

    public func moved(by dx: Double, _ dy: Double) -> GlyphRun {
        var r = self
        r.origin = Point(origin.x + dx, origin.y + dy)
        return r
    }
}
