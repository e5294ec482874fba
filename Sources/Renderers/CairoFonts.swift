import A4PCCairo
import A4PCFreeType
import A4PScene
import Foundation

/// Cairo font faces for the fonts glyph runs name, opened once per process and never freed.
/// Why never freed: Cairo keeps faces in hold-over caches keyed by FT_Face address; freeing an
/// FT_Face (or the FT_Library) while Cairo may still hold it lets a new face reuse the address and
/// be drawn at a stale scale. These FreeType faces are Cairo's alone (HarfBuzz opens its own).
final class CairoFonts: @unchecked Sendable {
    static let shared = CairoFonts()

    private let lock = NSLock()
    private var library: FT_Library?
    private var faces: [FontReference: OpaquePointer] = [:]

    private init() {
        var lib: FT_Library?
        FT_Init_FreeType(&lib)
        library = lib
    }

    /// The cairo_font_face_t for `font`, or nil when the file cannot be opened.
    func face(for font: FontReference) -> OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        if let face = faces[font] { return face }
        var ftFace: FT_Face?
        guard FT_New_Face(library, font.path, FT_Long(font.faceIndex), &ftFace) == 0, let ftFace else { return nil }
        let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, Int32(FT_LOAD_NO_HINTING))
        faces[font] = cairoFace
        return cairoFace
    }

    /// One painter's memo of the face it drew last. Why: `face(for:)` takes the lock and hashes the
    /// font's path and name for every glyph run (~1,100 instructions); comparing the reference with
    /// the last one is a few dozen. In the 120-chart bench half the runs repeat the face before them
    /// (regular and bold alternate in labels): 7.9 M → 6.3 M instructions, a small gain.
    /// A painter draws on one thread, so the memo needs no lock.
    final class LastFace {
        private var font: FontReference?
        private var face: OpaquePointer?

        func face(for font: FontReference) -> OpaquePointer? {
            if let face, self.font == font { return face }
            face = CairoFonts.shared.face(for: font)
            self.font = font
            return face
        }
    }
}
