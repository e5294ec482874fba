import A4PCFreeType
import A4PScene
import Foundation

/// Glyph outlines as SVG path data, in font units with y pointing down, read with FreeType and kept
/// for the life of the process.
///
/// Why font units: one outline serves every size a glyph is drawn at (the page scales it with
/// size / unitsPerEm), the numbers are integers (short, exact, no decimals to format), and
/// `FT_LOAD_NO_SCALE` is the unhinted design outline, the same shape cairo draws with
/// `FT_LOAD_NO_HINTING` (cairo rounds it to 1/64 of a unit at the drawn size; this does not).
/// Why a process-wide cache behind one lock: the export renders documents on several threads,
/// FreeType faces are not thread-safe, and the same few hundred glyphs recur on every page.
/// These faces are this cache's own (CairoFonts and HarfBuzz open theirs), never freed.
final class SVGGlyphOutlines: @unchecked Sendable {
    static let shared = SVGGlyphOutlines()

    /// What a glyph run needs: the scale from font units and the path data of each of its glyphs
    /// (empty for a glyph with no outline, such as a space or an id the font does not have).
    struct RunOutlines {
        var unitsPerEm: Double
        var paths: [[UInt8]]
    }

    private final class Font {
        let face: FT_Face
        let unitsPerEm: Double
        var paths: [UInt32: [UInt8]] = [:]
        init(face: FT_Face) {
            self.face = face
            unitsPerEm = Double(max(1, face.pointee.units_per_EM))
        }
    }

    private let lock = NSLock()
    private var library: FT_Library?
    /// nil for a font file FreeType cannot open (remembered, so it is tried once).
    private var fonts: [FontReference: Font?] = [:]

    private init() {
        var lib: FT_Library?
        FT_Init_FreeType(&lib)
        library = lib
    }

    /// The outlines of `glyphs` in `font`, or nil when the font cannot be opened (cairo draws
    /// nothing for such a run either).
    func outlines(_ font: FontReference, glyphs: [Glyph]) -> RunOutlines? {
        lock.lock()
        defer { lock.unlock() }
        guard let f = openFont(font) else { return nil }
        var paths: [[UInt8]] = []
        paths.reserveCapacity(glyphs.count)
        for g in glyphs {
            if let known = f.paths[g.id] {
                paths.append(known)
            } else {
                let path = Self.load(g.id, from: f.face)
                f.paths[g.id] = path
                paths.append(path)
            }
        }
        return RunOutlines(unitsPerEm: f.unitsPerEm, paths: paths)
    }

    private func openFont(_ ref: FontReference) -> Font? {
        if let known = fonts[ref] { return known }
        var face: FT_Face?
        let font: Font?
        if FT_New_Face(library, ref.path, FT_Long(ref.faceIndex), &face) == 0, let face {
            font = Font(face: face)
        } else {
            font = nil
        }
        fonts[ref] = font
        return font
    }

    /// FT_GLYPH_FORMAT_OUTLINE, FT_IMAGE_TAG('o', 'u', 't', 'l') (a macro Swift does not import).
    private static let outlineFormat: UInt32 = 0x6F75_746C

    /// The glyph's outline as path data: `M`, `L`, `Q`, `C` and `Z` with integer coordinates.
    private static func load(_ glyph: UInt32, from face: FT_Face) -> [UInt8] {
        guard FT_Load_Glyph(face, glyph, Int32(FT_LOAD_NO_SCALE)) == 0,
              let slot = face.pointee.glyph, slot.pointee.format.rawValue == Self.outlineFormat else { return [] }
        let builder = PathBuilder()
        let user = Unmanaged.passUnretained(builder).toOpaque()
        var funcs = FT_Outline_Funcs(move_to: { to, user in
            PathBuilder.from(user).command(UInt8(ascii: "M"), [to!.pointee])
        }, line_to: { to, user in
            PathBuilder.from(user).command(UInt8(ascii: "L"), [to!.pointee])
        }, conic_to: { control, to, user in
            PathBuilder.from(user).command(UInt8(ascii: "Q"), [control!.pointee, to!.pointee])
        }, cubic_to: { c1, c2, to, user in
            PathBuilder.from(user).command(UInt8(ascii: "C"), [c1!.pointee, c2!.pointee, to!.pointee])
        }, shift: 0, delta: 0)
        var outline = slot.pointee.outline
        let status = withExtendedLifetime(builder) { FT_Outline_Decompose(&outline, &funcs, user) }
        guard status == 0 else { return [] }
        if !builder.bytes.isEmpty { builder.bytes.append(UInt8(ascii: "Z")) }
        return builder.bytes
    }

    /// Collects path data from FreeType's decomposition callbacks.
    private final class PathBuilder {
        var bytes: [UInt8] = []

        static func from(_ user: UnsafeMutableRawPointer?) -> PathBuilder {
            Unmanaged<PathBuilder>.fromOpaque(user!).takeUnretainedValue()
        }

        /// Appends one command; a move after the first closes the contour before it. Font y grows
        /// upwards and page y downwards, so y is negated.
        func command(_ letter: UInt8, _ points: [FT_Vector]) -> Int32 {
            if letter == UInt8(ascii: "M"), !bytes.isEmpty { bytes.append(UInt8(ascii: "Z")) }
            bytes.append(letter)
            for (i, p) in points.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: " ")) }
                SVGNumber.append(Double(p.x), decimals: 0, to: &bytes)
                bytes.append(UInt8(ascii: " "))
                SVGNumber.append(-Double(p.y), decimals: 0, to: &bytes)
            }
            return 0
        }
    }
}
