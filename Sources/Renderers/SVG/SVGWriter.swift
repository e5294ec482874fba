import A4PCCairo
import A4PRender
import A4PScene
import Foundation

/// Writes one page of the scene as SVG elements: groups as `<g>` (transform, clip-path, opacity),
/// shapes as `<path>`, text as glyph outlines placed with `<use>`, images as `<image>` with a data:
/// URI. Links and anchors are left out, as cairo's SVG surface left them out.
///
/// Why not cairo's SVG surface: the scene is already resolved (positioned glyph ids, plain paths),
/// so SVG is a thin translation of it; cairo formatted every glyph-outline number with printf at
/// every size a glyph was drawn (most of an SVG run's time) and numbered its ids with a counter
/// shared by the whole process. Here each glyph is defined once per page in font units and ids
/// follow the page's own order, so the same page always gives the same bytes.
///
/// What it matches in CairoPainter: nonzero fill (CAIRO_FILL_RULE_WINDING, also for clips), fill
/// before stroke, cairo's default miter limit 10 (SVG's is 4), dashes from offset 0, colours and
/// alpha clamped to 0…1, group opacity over the group drawn as one layer, PNGs stretched over their
/// rectangle, SVG images fitted into it keeping their proportions (librsvg's render_document).
/// It fails where cairo would have put the page into an error state: a dash pattern cairo refuses,
/// a group transform that cannot be inverted.
struct SVGWriter {
    /// Elements drawn, in paint order.
    private(set) var body: [UInt8] = []
    /// Glyph outlines and clip paths the body refers to, in order of first use.
    private(set) var defs: [UInt8] = []
    private let pageNumber: Int
    private let outlines: SVGGlyphOutlines
    /// Fonts in order of first use on the page: the `f` of glyph ids `g<f>-<glyph>`.
    private var fontNumbers: [FontReference: Int] = [:]
    /// (font number << 32 | glyph id) of the glyphs already in `defs`.
    private var definedGlyphs: Set<UInt64> = []
    private var clipCount = 0

    init(pageNumber: Int, outlines: SVGGlyphOutlines = .shared) {
        self.pageNumber = pageNumber
        self.outlines = outlines
        body.reserveCapacity(1 << 16)
    }

    /// Writes `nodes`; `scale` is how much the current user space is enlarged on the page, so
    /// coordinates keep 0.01 pt of precision on the page however a group scales them.
    mutating func write(_ nodes: [Node], scale: Double = 1) throws {
        for node in nodes {
            switch node {
            case .group(let g): try write(g, scale: scale)
            case .shape(let s): try write(s, scale: scale)
            case .text(let run): write(run, scale: scale)
            case .image(let img): write(img, scale: scale)
            case .link, .anchor: break
            }
        }
    }

    /// Decimals for coordinates in a user space enlarged `scale` times: 2, plus one per power of ten.
    static func decimals(forScale scale: Double) -> Int {
        guard scale > 1, scale.isFinite else { return 2 }
        return min(6, 2 + Int(log10(scale).rounded(.up)))
    }

    private mutating func write(_ g: Group, scale: Double) throws {
        let transformed = !g.transform.isIdentity
        guard transformed || g.clip != nil || g.opacity < 1 else {
            // Nothing to carry: the children go straight into the parent, as cairo_save/restore draw.
            return try write(g.children, scale: scale)
        }
        var inner = scale
        append("<g")
        if transformed {
            let t = g.transform
            let det = t.a * t.d - t.b * t.c
            guard det.isFinite, det != 0 else { throw pageError(CAIRO_STATUS_INVALID_MATRIX) }
            inner = scale * max((t.a * t.a + t.b * t.b).squareRoot(), (t.c * t.c + t.d * t.d).squareRoot())
            let places = Self.decimals(forScale: scale)
            append(" transform=\"matrix(")
            for (i, v) in [t.a, t.b, t.c, t.d].enumerated() {
                if i > 0 { body.append(UInt8(ascii: " ")) }
                SVGNumber.append(v, decimals: 6, to: &body)
            }
            body.append(UInt8(ascii: " "))
            SVGNumber.append(t.tx, decimals: places, to: &body)
            body.append(UInt8(ascii: " "))
            SVGNumber.append(t.ty, decimals: places, to: &body)
            append(")\"")
        }
        if let clip = g.clip {
            // The clip is in the group's own space (after its transform), as cairo_clip took it.
            clipCount += 1
            let id = "c\(clipCount)"
            SVGEncoding.append("<clipPath id=\"\(id)\"><path d=\"", to: &defs)
            SVGPathData.append(clip, decimals: Self.decimals(forScale: inner), to: &defs)
            SVGEncoding.append("\"/></clipPath>\n", to: &defs)
            append(" clip-path=\"url(#\(id))\"")
        }
        if g.opacity < 1 {
            append(" opacity=\"")
            SVGNumber.append(max(0, g.opacity), decimals: 3, to: &body)
            body.append(UInt8(ascii: "\""))
        }
        append(">\n")
        try write(g.children, scale: inner)
        append("</g>\n")
    }

    private mutating func write(_ s: Shape, scale: Double) throws {
        guard !s.path.elements.isEmpty, s.fill != nil || s.stroke != nil else { return }
        let places = Self.decimals(forScale: scale)
        append("<path d=\"")
        SVGPathData.append(s.path, decimals: places, to: &body)
        body.append(UInt8(ascii: "\""))
        if let fill = s.fill {
            SVGEncoding.appendPaint("fill", fill, to: &body)
        } else {
            append(" fill=\"none\"")
        }
        if let stroke = s.stroke {
            if stroke.dash.contains(where: { !($0 >= 0) }) || (!stroke.dash.isEmpty && stroke.dash.allSatisfy { $0 == 0 }) {
                throw pageError(CAIRO_STATUS_INVALID_DASH)
            }
            SVGEncoding.appendPaint("stroke", stroke.color, to: &body)
            if stroke.width != 1 {
                append(" stroke-width=\"")
                SVGNumber.append(max(0, stroke.width), decimals: places, to: &body)
                body.append(UInt8(ascii: "\""))
            }
            switch stroke.cap {
            case .butt: break
            case .round: append(" stroke-linecap=\"round\"")
            case .square: append(" stroke-linecap=\"square\"")
            }
            switch stroke.join {
            case .miter: append(" stroke-miterlimit=\"10\"")
            case .round: append(" stroke-linejoin=\"round\"")
            case .bevel: append(" stroke-linejoin=\"bevel\"")
            }
            if !stroke.dash.isEmpty {
                append(" stroke-dasharray=\"")
                for (i, d) in stroke.dash.enumerated() {
                    if i > 0 { body.append(UInt8(ascii: " ")) }
                    SVGNumber.append(d, decimals: places, to: &body)
                }
                body.append(UInt8(ascii: "\""))
            }
        }
        append("/>\n")
    }

    /// A run as one `<g>` scaled from font units to its size at its origin, one `<use>` a glyph
    /// with the glyph's offset in font units.
    private mutating func write(_ run: GlyphRun, scale: Double) {
        guard !run.glyphs.isEmpty, let found = outlines.outlines(run.font, glyphs: run.glyphs) else { return }
        let unit = run.size / found.unitsPerEm
        guard unit.isFinite, unit != 0, found.paths.contains(where: { !$0.isEmpty }) else { return }
        let font: Int
        if let known = fontNumbers[run.font] {
            font = known
        } else {
            font = fontNumbers.count
            fontNumbers[run.font] = font
        }
        let places = Self.decimals(forScale: scale)
        append("<g")
        SVGEncoding.appendPaint("fill", run.color, to: &body)
        append(" transform=\"matrix(")
        SVGNumber.append(unit, decimals: 9, to: &body)
        append(" 0 0 ")
        SVGNumber.append(unit, decimals: 9, to: &body)
        body.append(UInt8(ascii: " "))
        SVGNumber.append(run.origin.x, decimals: places, to: &body)
        body.append(UInt8(ascii: " "))
        SVGNumber.append(run.origin.y, decimals: places, to: &body)
        append(")\">\n")
        for (glyph, path) in zip(run.glyphs, found.paths) where !path.isEmpty {
            if definedGlyphs.insert(UInt64(font) << 32 | UInt64(glyph.id)).inserted {
                SVGEncoding.append("<path id=\"", to: &defs)
                Self.appendGlyphID(font, glyph.id, to: &defs)
                SVGEncoding.append("\" d=\"", to: &defs)
                defs.append(contentsOf: path)
                SVGEncoding.append("\"/>\n", to: &defs)
            }
            append("<use xlink:href=\"#")
            Self.appendGlyphID(font, glyph.id, to: &body)
            body.append(UInt8(ascii: "\""))
            // Offsets in font units: whole units are 1/1000 em or finer, below what any output shows.
            if glyph.x != 0 {
                append(" x=\"")
                SVGNumber.append(glyph.x / unit, decimals: 0, to: &body)
                body.append(UInt8(ascii: "\""))
            }
            if glyph.y != 0 {
                append(" y=\"")
                SVGNumber.append(glyph.y / unit, decimals: 0, to: &body)
                body.append(UInt8(ascii: "\""))
            }
            append("/>\n")
        }
        append("</g>\n")
    }

    private static func appendGlyphID(_ font: Int, _ glyph: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "g"))
        SVGNumber.appendDigits(UInt64(font), to: &out)
        out.append(UInt8(ascii: "-"))
        SVGNumber.appendDigits(UInt64(glyph), to: &out)
    }

    /// PNG pixels stretched over the rectangle (cairo scaled width and height apart); an SVG image
    /// fitted and centred, which is `<image>`'s default and what librsvg's render_document did.
    private mutating func write(_ img: Image, scale: Double) {
        let places = Self.decimals(forScale: scale)
        append("<image")
        for (name, v) in [("x", img.rect.x), ("y", img.rect.y), ("width", img.rect.width), ("height", img.rect.height)] {
            append(" \(name)=\"")
            SVGNumber.append(v, decimals: places, to: &body)
            body.append(UInt8(ascii: "\""))
        }
        switch img.format {
        case .png: append(" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,")
        case .svg: append(" xlink:href=\"data:image/svg+xml;base64,")
        }
        SVGEncoding.appendBase64(img.data, to: &body)
        append("\"/>\n")
    }

    private mutating func append(_ s: String) {
        body.append(contentsOf: s.utf8)
    }

    private func pageError(_ status: cairo_status_t) -> RenderError {
        RenderError("page \(pageNumber): \(String(cString: cairo_status_to_string(status)))")
    }
}
