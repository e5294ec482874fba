import A4PScene

/// A line shaped in font units: what bidi, font choice and HarfBuzz make of a text, before any size.
/// The faces are shaped at their em size and a line's glyph positions are these units times
/// size / em (`Shaper.scaled`), so one outline serves every size the text is set in: copy-fitting
/// sets a fact sheet's words again at 0.9 to 1.2 times their size, and shaping each size anew was
/// most of the text layer's work in the layout phase.
struct ShapedOutline {
    /// A glyph as HarfBuzz placed it, in font units.
    struct Glyph {
        var id: UInt32
        var xOffset: Int32
        var yOffset: Int32
        var xAdvance: Int32
        /// The UTF-8 offset of its cluster in the whole line.
        var cluster: Int
        /// Top and bottom of its ink (y bearing + y offset, and that + height), when the face has extents for it.
        var ink: (top: Int32, bottom: Int32)?
    }

    /// A run of one bidi level and one face, in visual order.
    struct Run {
        /// Index of the face in the shaper's fallback chain.
        var font: Int
        var isRightToLeft: Bool
        var glyphs: [Glyph]
        var clusters: [TextCluster]
        var text: String
    }

    var text: String
    var byteCount: Int
    var runs: [Run]
    var isRightToLeft: Bool
    var missing: [Unicode.Scalar]
}
