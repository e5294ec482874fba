import A4PCHarfBuzz
import A4PScene
import Foundation

public enum FontWeight: String, Hashable, Sendable, CaseIterable {
    case regular, bold
}

/// One face of one font file, opened with HarfBuzz (hb-ot, no FreeType: the renderers open their
/// own FreeType faces, so HarfBuzz and Cairo never share an FT_Face). Immutable once created, so it
/// is shared freely between threads.
public final class Font: @unchecked Sendable {
    let hbFont: OpaquePointer
    private let hbFace: OpaquePointer

    public let reference: FontReference
    /// Family name as the file names it ("NotoSans", "NotoSansArabic").
    public let family: String
    public let weight: FontWeight
    public let unitsPerEm: Double
    /// Ascender, descender (positive, below the baseline) and line gap, in ems.
    public let ascender: Double
    public let descender: Double
    public let lineGap: Double

    init(path: String, family: String, weight: FontWeight) throws {
        guard let blob = hb_blob_create_from_file_or_fail(path) else {
            throw FontError.unreadable(path)
        }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, 0), hb_face_get_glyph_count(face) > 0 else {
            throw FontError.notAFont(path)
        }
        hbFace = face
        let upem = hb_face_get_upem(face)
        let font = hb_font_create(face)!
        hb_font_set_scale(font, Int32(upem), Int32(upem))  // positions come back in font units
        hb_font_make_immutable(font)
        hbFont = font
        unitsPerEm = Double(upem)
        var ext = hb_font_extents_t()
        hb_font_get_h_extents(font, &ext)
        ascender = Double(ext.ascender) / unitsPerEm
        descender = -Double(ext.descender) / unitsPerEm
        lineGap = Double(ext.line_gap) / unitsPerEm
        self.family = family
        self.weight = weight
        reference = FontReference(path: path, faceIndex: 0,
                                  postScriptName: Font.name(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME)) ?? family)
    }

    deinit {
        hb_font_destroy(hbFont)
        hb_face_destroy(hbFace)
    }

    /// The glyph this font maps `scalar` to, or nil when it has none.
    public func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0 ? glyph : nil
    }

    public func covers(_ scalar: Unicode.Scalar) -> Bool { glyph(for: scalar) != nil }

    private static func name(_ face: OpaquePointer, _ id: hb_ot_name_id_t) -> String? {
        var length: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: 129)
        let total = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &length, &buffer)
        guard total > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

public enum FontError: Error, CustomStringConvertible {
    case unreadable(String)
    case notAFont(String)
    case noFonts(String)

    public var description: String {
        switch self {
        case .unreadable(let p): return "\(p): cannot read the font file"
        case .notAFont(let p): return "\(p): not a font HarfBuzz can open"
        case .noFonts(let p): return "\(p): no .ttf or .otf font files here; set A4P_FONTS to the Fonts/ folder, or install a4p with scripts/install --prefix DIR (README, \"Runs anywhere\")"
        }
    }
}
