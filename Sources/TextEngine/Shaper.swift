import A4PCHarfBuzz
import A4PScene

/// Shapes one line of text: bidi levels → a font per character → runs → HarfBuzz → glyph runs in
/// visual order. A value built per call; nothing in it is shared between threads.
struct Shaper {
    let chain: [Font]
    let style: TextStyle

    struct Result {
        var line: TextLine
        /// Advance of the glyphs of the cluster starting at each UTF-8 byte (used to find line breaks).
        var advanceAtByte: [Double]
    }

    private struct Run {
        var startScalar: Int
        var endScalar: Int
        var level: UInt8
        var font: Int
    }

    func shape(_ text: String, direction: TextDirection) -> Result { scaled(outline(text, direction: direction)) }

    /// The size-independent part of shaping: bidi levels, a face per character, HarfBuzz's glyphs
    /// and positions in font units (the faces are shaped at their em size), runs in visual order.
    func outline(_ text: String, direction: TextDirection) -> ShapedOutline {
        let utf8 = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        var byteOffsets: [Int] = []
        byteOffsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for s in scalars {
            byteOffsets.append(offset)
            offset += UTF8.width(s)
        }
        byteOffsets.append(offset)

        let bidi = BidiParagraph(scalars.map(\.value), direction: direction)
        var (fontOf, missing) = assignFonts(scalars)
        var levels = bidi.levels
        rideAlong(scalars, levels: &levels, fonts: &fontOf)

        // Split into runs of one level and one font, in logical order.
        var runs: [Run] = []
        for i in scalars.indices {
            if var last = runs.last, last.level == levels[i], last.font == fontOf[i] {
                last.endScalar = i + 1
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(startScalar: i, endScalar: i + 1, level: levels[i], font: fontOf[i]))
            }
        }

        let language = hb_language_from_string(style.language, -1)
        var outlines: [ShapedOutline.Run] = []
        outlines.reserveCapacity(runs.count)
        let order = BidiParagraph.visualOrder(levels: runs.map(\.level))
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        for index in order {
            let run = runs[index]
            let font = chain[run.font]
            let startByte = byteOffsets[run.startScalar], endByte = byteOffsets[run.endScalar]
            let rtl = run.level % 2 == 1
            hb_buffer_clear_contents(buffer)
            utf8.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    // The whole line goes in as context so Arabic joining sees its neighbours.
                    hb_buffer_add_utf8(buffer, chars.baseAddress, Int32(utf8.count), UInt32(startByte),
                                       Int32(endByte - startByte))
                }
            }
            hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
            hb_buffer_set_language(buffer, language)
            hb_buffer_guess_segment_properties(buffer)
            hb_shape(font.hbFont, buffer, nil, 0)

            var count: UInt32 = 0
            let infos = hb_buffer_get_glyph_infos(buffer, &count)!
            let positions = hb_buffer_get_glyph_positions(buffer, &count)!
            let n = Int(count)
            var glyphs: [ShapedOutline.Glyph] = []
            glyphs.reserveCapacity(n)
            var extents = hb_glyph_extents_t()
            for g in 0..<n {
                let pos = positions[g]
                var ink: (top: Int32, bottom: Int32)?
                if hb_font_get_glyph_extents(font.hbFont, infos[g].codepoint, &extents) != 0 {
                    ink = (extents.y_bearing + pos.y_offset, extents.y_bearing + extents.height + pos.y_offset)
                }
                glyphs.append(.init(id: infos[g].codepoint, xOffset: pos.x_offset, yOffset: pos.y_offset,
                                    xAdvance: pos.x_advance, cluster: Int(infos[g].cluster), ink: ink))
            }

            // Clusters in logical order: forwards through the glyphs for LTR, backwards for RTL.
            var clusters: [TextCluster] = []
            var starts: [Int] = []
            let glyphOrder: StrideThrough<Int> = rtl ? stride(from: n - 1, through: 0, by: -1)
                                                     : stride(from: 0, through: n - 1, by: 1)
            for g in glyphOrder where n > 0 {
                let c = Int(infos[g].cluster)
                if let last = starts.last, last == c {
                    clusters[clusters.count - 1].glyphCount += 1
                } else {
                    starts.append(c)
                    clusters.append(TextCluster(byteCount: 0, glyphCount: 1))
                }
            }
            for i in clusters.indices {
                let next = i + 1 < starts.count ? starts[i + 1] : endByte
                clusters[i].byteCount = next - starts[i]
            }
            if let first = starts.first, first > startByte {  // never happens with monotone clusters
                clusters[0].byteCount += first - startByte
            }
            outlines.append(.init(font: run.font, isRightToLeft: rtl, glyphs: glyphs, clusters: clusters,
                                  text: String(decoding: utf8[startByte..<endByte], as: UTF8.self)))
        }
        return ShapedOutline(text: text, byteCount: utf8.count, runs: outlines, isRightToLeft: bidi.isRightToLeft, missing: missing)
    }

    /// `outline` set in this shaper's size and colour: font units times size / em, in the order and
    /// with the arithmetic shaping has always used, so a line scaled from a kept outline is the line
    /// shaping it again would give.
    func scaled(_ outline: ShapedOutline) -> Result {
        let scale = style.size
        let primaryAscent = chain[0].ascender * scale, primaryDescent = chain[0].descender * scale
        var advanceAtByte = [Double](repeating: 0, count: outline.byteCount)
        var glyphRuns: [GlyphRun] = []
        glyphRuns.reserveCapacity(outline.runs.count)
        var pen = 0.0
        for run in outline.runs {
            let font = chain[run.font]
            let k = scale / font.unitsPerEm
            var glyphs: [Glyph] = []
            glyphs.reserveCapacity(run.glyphs.count)
            var x = 0.0
            // Line metrics: the primary face's ascent and descent, grown to the ink of the glyphs
            // (Noto Sans Arabic's own metrics span 2.1 em, far beyond its letters).
            var inkTop = primaryAscent, inkBottom = primaryDescent
            for g in run.glyphs {
                if let ink = g.ink {
                    inkTop = max(inkTop, Double(ink.top) * k)
                    inkBottom = max(inkBottom, -Double(ink.bottom) * k)
                }
                glyphs.append(Glyph(id: g.id, x: x + Double(g.xOffset) * k, y: -Double(g.yOffset) * k))
                let adv = Double(g.xAdvance) * k
                advanceAtByte[g.cluster] += adv
                x += adv
            }
            glyphRuns.append(GlyphRun(
                font: font.reference, size: style.size, origin: Point(pen, 0), glyphs: glyphs,
                text: run.text, clusters: run.clusters,
                isRightToLeft: run.isRightToLeft, color: style.color, advance: x,
                ascent: inkTop, descent: inkBottom))
            pen += x
        }

        let primary = chain[0]
        let line = TextLine(
            text: outline.text, runs: glyphRuns, width: pen,
            ascent: glyphRuns.map(\.ascent).max() ?? primary.ascender * scale,
            descent: glyphRuns.map(\.descent).max() ?? primary.descender * scale,
            isRightToLeft: outline.isRightToLeft, missingCharacters: outline.missing)
        return Result(line: line, advanceAtByte: advanceAtByte)
    }

    /// Bidi controls (the isolates around a Latin run in Arabic) take the level and face of the
    /// character before them, or after them at the start: they draw nothing, and a run of their
    /// own was a font switch and a text object more in the PDF for every isolate.
    private func rideAlong(_ scalars: [Unicode.Scalar], levels: inout [UInt8], fonts: inout [Int]) {
        let control = scalars.map { LatinRuns.isControl($0) }
        guard let first = control.firstIndex(of: false), control.contains(true) else { return }
        for i in scalars.indices where control[i] {
            let from = i < first ? first : i - 1
            levels[i] = levels[from]
            fonts[i] = fonts[from]
        }
    }

    /// Picks a face per character: marks, spaces and punctuation stay in the face of the character
    /// before them when it has them (so "(" inside Arabic keeps one run); anything else takes the
    /// first face of the chain that has a glyph. A character no face has is reported, and drawn
    /// in the neighbouring face (as .notdef) so positions stay right.
    private func assignFonts(_ scalars: [Unicode.Scalar]) -> ([Int], [Unicode.Scalar]) {
        var result = [Int](repeating: 0, count: scalars.count)
        var missing: [Unicode.Scalar] = []
        var previous: Int?
        for (i, s) in scalars.enumerated() {
            let pick = FontPick.of(s)
            if pick == .ignorable {
                result[i] = previous ?? 0
                continue
            }
            if pick == .clings, let p = previous, chain[p].covers(s) {
                result[i] = p
                continue
            }
            if let f = chain.firstIndex(where: { $0.covers(s) }) {
                result[i] = f
                previous = f
            } else {
                missing.append(s)
                result[i] = previous ?? 0
            }
        }
        return (result, missing)
    }
}
