import A4PScene
import A4PText
import Foundation

/// A highlight box: a faint background, an accent rule on the leading edge, an optional heading
/// and paragraphs of simple rich text. A paragraph starting with "• " or "- " is a bullet with a
/// hanging indent; `**…**` marks bold spans (mission names). Lines break greedily between words
/// measured with the text engine; each line is set as styled segments placed one after another.
///
/// Right to left: the accent rule is on the right edge, lines start at the right, bullets hang on
/// the right, and the segments of a line are placed from right to left.
public struct TextBox: Chart {
    public var name: String
    public var heading: String?
    public var paragraphs: [String]

    public init(name: String? = nil, heading: String? = nil, paragraphs: [String]) {
        self.name = name ?? "text box '\(heading ?? String((paragraphs.first ?? "").prefix(30)))'"
        self.heading = heading; self.paragraphs = paragraphs
    }

    /// A piece of a word in one weight; `glued`: the word follows the one before without a space (Chinese).
    struct Piece { var text: String; var bold: Bool; var glued = false }

    /// `**bold**` spans split into pieces; words are runs of non-space characters. Chinese text, written
    /// without spaces, may break between any two characters (a "word" each, glued to the one before),
    /// except before closing punctuation and after opening punctuation, and inside a word the text
    /// engine keeps whole (`unbreakable`: UTF-8 offsets in the text without its `**` markers; "和平").
    static func words(_ text: String, unbreakable: Set<Int> = []) -> [[Piece]] {
        var words: [[Piece]] = [], word: [Piece] = []
        var bold = false
        var rest = Substring(text)
        var offset = 0
        while !rest.isEmpty {
            if rest.hasPrefix("**") { bold.toggle(); rest = rest.dropFirst(2); continue }
            let ch = rest.removeFirst()
            defer { offset += ch.utf8.count }
            if ch == " ", let next = rest.first, ":;!?»%".contains(next), !word.isEmpty {
                // French spacing: "statut : autres", "50 %" never break before the sign (the text layer
                // makes the space a no-break one).
                word[word.count - 1].text.append(ch)
            } else if ch == " " || ch == "\n" || ch == "\t" {
                if !word.isEmpty { words.append(word); word = [] }
            } else if let last = word.last?.text.last, canBreak(between: last, and: ch), !unbreakable.contains(offset) {
                words.append(word)
                word = [Piece(text: String(ch), bold: bold, glued: true)]
            } else if let last = word.last, last.bold == bold {
                word[word.count - 1].text.append(ch)
            } else {
                word.append(Piece(text: String(ch), bold: bold))
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// A line may break between two characters written without a space when one of them is a CJK
    /// ideograph or full-width punctuation, unless `b` closes (，。）…) or `a` opens (（“…).
    static func canBreak(between a: Character, and b: Character) -> Bool {
        func cjk(_ c: Character) -> Bool {
            c.unicodeScalars.first.map { (0x3000...0x303F).contains($0.value) || (0x3400...0x9FFF).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value) } ?? false
        }
        guard cjk(a) || cjk(b) else { return false }
        return !"，。、；：！？）》」』”’％·…—".contains(b) && !"（《「『“‘".contains(a)
    }

    /// A laid-out line: segments of one weight each, with their shaped lines.
    struct Line { var segments: [TextLine]; var width: Double }

    static func lines(_ text: String, regular: TextStyle, bold: TextStyle, width: Double, engine: TextEngine)
        -> (lines: [Line], overflow: String?) {
        let ws = words(text, unbreakable: engine.wordInteriors(text.replacingOccurrences(of: "**", with: ""), language: regular.language))
        func style(_ b: Bool) -> TextStyle { b ? bold : regular }
        let space = engine.width(of: " ", style: regular)
        var overflow: String?
        /// One line of `words`: their pieces merged into segments of one weight, with the spaces between words.
        func line(_ words: [[Piece]]) -> Line {
            var segs: [Piece] = []
            for (k, w) in words.enumerated() {
                for (m, p) in w.enumerated() {
                    let lead = k > 0 && m == 0 && !p.glued ? " " : ""
                    if let last = segs.last, last.bold == p.bold {
                        segs[segs.count - 1].text += lead + p.text
                    } else if !lead.isEmpty, segs.last?.bold == false {
                        segs[segs.count - 1].text += lead
                        segs.append(Piece(text: p.text, bold: p.bold))
                    } else {
                        segs.append(Piece(text: lead + p.text, bold: p.bold))
                    }
                }
            }
            let shaped = segs.map { engine.line($0.text, style: style($0.bold)) }
            return Line(segments: shaped, width: shaped.map(\.width).reduce(0, +))
        }
        // Greedy: words (their indices) on a line until the next would pass the width.
        let widths = ws.map { w in w.map { engine.width(of: $0.text, style: style($0.bold)) }.reduce(0, +) }
        let gaps = ws.map { $0.first?.glued == true ? 0 : space }
        var groups: [[Int]] = []
        var lineWidth = 0.0
        for i in ws.indices {
            if widths[i] > width + 0.05 { overflow = overflow ?? ws[i].map(\.text).joined() }
            if !groups.isEmpty, lineWidth + gaps[i] + widths[i] <= width {
                groups[groups.count - 1].append(i)
                lineWidth += gaps[i] + widths[i]
            } else {
                groups.append([i])
                lineWidth = widths[i]
            }
        }
        groups = withoutShortLastLine(groups, ws, widths: widths, gaps: gaps, width: width)
        return (groups.map { line($0.map { ws[$0] }) }, overflow)
    }

    /// The paragraphs as plain body text (the `**` markers dropped) 28 pt narrower than the box, 6 pt
    /// after each, and 40 pt for padding and a one-line heading; a heading that wraps adds its extra lines.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let t = context.theme, engine = context.engine
        let style = t.style(.body)
        let h = paragraphs.reduce(0) {
            $0 + engine.paragraph($1.replacingOccurrences(of: "**", with: ""), style: style, width: width - 28).height + 6
        }
        let head = heading.map { engine.paragraph($0, style: t.style(.title), width: width - 28).height } ?? 0
        let oneLine = engine.paragraph("X", style: t.style(.title), width: width - 28).height
        return ChartSize(height: h + 40 + max(0, head - oneLine), problems: widthProblems(width, context))
    }

    /// What `render` reports at any height: a column under 40 pt, or a word wider than the column.
    func widthProblems(_ boxWidth: Double, _ context: ChartContext) -> [LayoutProblem] {
        let theme = context.theme
        let pad = theme.unit * 2
        let width = boxWidth - 3.0 - 2 * pad
        func problem(_ message: String) -> [LayoutProblem] { [LayoutProblem(chart: name, message: message)] }
        guard width >= 40 else { return problem("the box leaves \(fmt(width)) pt for text, at least 40 pt are needed") }
        let regular = theme.style(.body), bold = theme.style(.body, weight: .bold)
        let indent = context.engine.line("•", style: regular).width + theme.unit * 1.5
        for p in paragraphs {
            var text = p, isBullet = false
            for marker in ["• ", "- ", "* "] where text.hasPrefix(marker) { text = String(text.dropFirst(marker.count)); isBullet = true }
            if let overflow = Self.lines(text, regular: regular, bold: bold, width: isBullet ? width - indent : width,
                                         engine: context.engine).overflow {
                return problem("the word \"\(overflow)\" is wider than the text box's \(fmt(width)) pt column")
            }
        }
        return []
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let ruleWidth = 3.0
        let pad = theme.unit * 2
        let x0 = box.minX + ruleWidth + pad
        let width = box.width - ruleWidth - 2 * pad
        let regular = theme.style(.body)
        let bold = theme.style(.body, weight: .bold)
        let headingStyle = theme.style(.title)
        let bullet = canvas.measure("•", regular)
        let indent = bullet.width + theme.unit * 1.5
        let paraGap = theme.unit
        guard width >= 40 else {
            canvas.report("the box leaves \(fmt(width)) pt for text, at least 40 pt are needed")
            return canvas.finish(altText: altText)
        }

        let head = heading.map { canvas.wrapLabel($0, headingStyle, width: width, maxLines: 3) }
        struct Para { var bullet: Bool; var lines: [Line] }
        var paras: [Para] = []
        for p in paragraphs {
            var text = p
            var isBullet = false
            for marker in ["• ", "- ", "* "] where text.hasPrefix(marker) {
                text = String(text.dropFirst(marker.count)); isBullet = true
            }
            let (lines, overflow) = Self.lines(text, regular: regular, bold: bold, width: isBullet ? width - indent : width,
                                               engine: canvas.engine)
            if let overflow {
                canvas.report("the word \"\(overflow)\" is wider than the text box's \(fmt(width)) pt column")
                return canvas.finish(altText: altText)
            }
            paras.append(Para(bullet: isBullet, lines: lines))
        }
        let lineHeight = regular.lineAdvanceTL
        let headHeight = head.map { $0.height + theme.unit * 1.5 } ?? 0
        let bodyHeight = paras.map { Double($0.lines.count) * lineHeight }.reduce(0, +) + Double(max(0, paras.count - 1)) * paraGap
        let needed = headHeight + bodyHeight + 2 * pad
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "the heading and \(paragraphs.count) paragraphs")
            return canvas.finish(altText: altText)
        }

        canvas.fill(box, theme.faint)
        canvas.fill(canvas.logicalRect(box.minX, box.minY, ruleWidth, box.height), theme.accent)
        var y = box.minY + pad
        if let head {
            canvas.placeWrapped(head, logicalX: x0, top: y, what: "heading")
            y += headHeight
        }
        let probe = canvas.measure("Hg", regular)
        let firstBaseline = max(probe.ascent, (lineHeight - (probe.ascent + probe.descent)) / 2 + probe.ascent)
        for (k, para) in paras.enumerated() {
            for (i, line) in para.lines.enumerated() {
                let baseline = y + firstBaseline
                if para.bullet && i == 0 {
                    canvas.placeLogical(bullet.with(color: theme.accent), logicalX: x0, baseline: baseline, what: "bullet")
                }
                // Segments in reading order from the line's start.
                var cursor = x0 + (para.bullet ? indent : 0)
                for seg in line.segments {
                    canvas.placeLogical(seg, logicalX: cursor, baseline: baseline, what: "text '\(seg.text)'")
                    cursor += seg.width
                }
                y += lineHeight
            }
            if k + 1 < paras.count { y += paraGap }
        }
        return canvas.finish(altText: altText)
    }

    var altText: String {
        ([heading].compactMap { $0 } + paragraphs.map { $0.replacingOccurrences(of: "**", with: "") }).joined(separator: " ")
    }
}

fileprivate extension TextLine {
    /// The same line in another colour.
    func with(color: Color) -> TextLine {
        var l = self
        l.runs = l.runs.map { var r = $0; r.color = color; return r }
        return l
    }
}
