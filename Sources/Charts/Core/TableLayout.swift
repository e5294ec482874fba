import A4PScene
import A4PText
import Foundation

// Shared helpers of the table-like kinds (trend table, check matrix, dot rating, impact matrix,
// funnel, waffle, sparkline, scale strip, text box). Nothing here draws outside the Canvas.
//
// Convention: layouts are computed in *logical* coordinates (x grows in reading direction from
// box.minX) and turned into page coordinates with `Canvas.mirrored(...)` at drawing time, so a
// right-to-left page is the exact mirror of a left-to-right one. Numbers are always shaped left
// to right (`numberStyle`), so that "≈914" or ">68,924" keep their sign in front.


extension TextStyle {
    /// The same style shaped left to right: numbers, qualifiers and percentages.
    var ltrNumbers: TextStyle {
        var s = self
        s.direction = .leftToRight
        return s
    }
    var lineAdvanceTL: Double { size * lineHeight }
}

/// Lines of a wrapped label, ready to be placed.
struct WrappedText {
    var lines: [TextLine]
    var lineHeight: Double
    var firstBaseline: Double {
        guard let first = lines.first else { return 0 }
        return max(first.ascent, (lineHeight - (first.ascent + first.descent)) / 2 + first.ascent)
    }
    var height: Double {
        guard let last = lines.last else { return 0 }
        return max(Double(lines.count) * lineHeight, firstBaseline + Double(lines.count - 1) * lineHeight + last.descent)
    }
    var width: Double { lines.map(\.width).max() ?? 0 }
    var text: String { lines.map(\.text).joined(separator: " ") }
}

extension Canvas {
    /// `text` wrapped to `width`, at most `maxLines` lines, the last one ending with "…" when
    /// text was cut; a single word wider than the width is shortened with "…" too.
    func wrapLabel(_ text: String, _ style: TextStyle, width: Double, maxLines: Int) -> WrappedText {
        // A text that fits on one line stays whole (the paragraph breaker may measure a hair wider).
        let whole = engine.line(text, style: style)
        if whole.width <= width + 0.05, !text.contains("\n") {
            return WrappedText(lines: text.isEmpty ? [] : [whole], lineHeight: style.lineAdvanceTL)
        }
        var lines = engine.paragraph(text, style: style, width: max(1, width)).lines
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = ellipsized(lines[maxLines - 1].text + " …", style, width: width, forceEllipsis: true)
        }
        lines = lines.map { $0.width > width + 0.05 ? ellipsized($0.text, style, width: width) : $0 }
        return WrappedText(lines: lines, lineHeight: style.lineAdvanceTL)
    }

    /// Places wrapped lines from `top`, aligned at logical `x` (start, middle or end anchor,
    /// mirrored on right-to-left pages).
    mutating func placeWrapped(_ text: WrappedText, logicalX x: Double, top: Double, h: HorizontalAnchor = .start, what: String) {
        for (i, line) in text.lines.enumerated() {
            let baseline = top + text.firstBaseline + Double(i) * text.lineHeight
            place(line, at: Point(mirrored(x), baseline), h: mirrored(h), what: what)
        }
    }

    /// One line at logical `x` on `baseline`, anchored in reading direction.
    @discardableResult
    mutating func placeLogical(_ line: TextLine, logicalX x: Double, baseline: Double, h: HorizontalAnchor = .start,
                        what: String? = nil) -> Rect? {
        place(line, at: Point(mirrored(x), baseline), h: mirrored(h), what: what)
    }

    /// A logical rectangle (x measured in reading direction) on the page.
    func logicalRect(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> Rect {
        mirrored(Rect(x: x, y: y, width: width, height: height))
    }

    /// A horizontal rule across the box (or from logical `x0` to `x1`), kept inside it: the ends
    /// and the line's thickness never poke out.
    mutating func rule(at y: Double, from x0: Double? = nil, to x1: Double? = nil, _ color: Color, width: Double = 0.5) {
        let a = mirrored(x0 ?? box.minX), b = mirrored(x1 ?? box.maxX)
        let lo = max(min(a, b), box.minX) + width / 2, hi = min(max(a, b), box.maxX) - width / 2
        let yy = min(max(y, box.minY + width / 2), box.maxY - width / 2)
        line(Point(lo, yy), Point(hi, yy), color, width: width)
    }

    /// Says that the content needs more height than the box has; the chart then draws nothing.
    mutating func reportNeededHeight(_ needed: Double, _ what: String) {
        report("\(what) need \(fmt(needed)) pt of height, the box has \(fmt(box.height)) pt")
    }
}

/// Marks shared by the matrices.
enum Marks {
    /// A check in a filled accent circle.
    static func yes(_ canvas: inout Canvas, center c: Point, radius r: Double) {
        let t = canvas.theme
        canvas.add(.shape(Shape(path: .circle(center: c, radius: r), fill: t.accent)), what: "check mark")
        var p = Path()
        p.move(to: Point(c.x - 0.45 * r, c.y + 0.02 * r))
        p.line(to: Point(c.x - 0.12 * r, c.y + 0.36 * r))
        p.line(to: Point(c.x + 0.48 * r, c.y - 0.34 * r))
        canvas.add(.shape(Shape(path: p, stroke: Stroke(color: .white, width: max(1, r * 0.28), cap: .round, join: .round))),
                   what: "check mark")
    }

    /// A dash in the secondary ink, as thick as the check's stroke: "no" is an answer, so it is drawn
    /// as firmly as "yes" (a 1 pt dash in the "absent" grey read as "no data" and faded on slides; review 8).
    static func no(_ canvas: inout Canvas, center c: Point, radius r: Double) {
        let dash = Path.line(from: Point(c.x - r * 0.5, c.y), to: Point(c.x + r * 0.5, c.y))
        canvas.add(.shape(Shape(path: dash, stroke: Stroke(color: canvas.theme.secondary, width: max(1.2, r * 0.28), cap: .round))),
                   what: "no mark")
    }

    /// A small solid-outlined hollow circle in the "absent" grey: "not applicable" (the question does
    /// not apply; unlike "not reported", nothing is missing).
    static func notApplicable(_ canvas: inout Canvas, center c: Point, radius r: Double) {
        canvas.add(.shape(Shape(path: .circle(center: c, radius: r * 0.45), stroke: Stroke(color: canvas.theme.absent, width: 0.9))),
                   what: "not-applicable mark")
    }

    /// A slashed hollow circle in the "absent" grey: "not reported".
    static func noData(_ canvas: inout Canvas, center c: Point, radius r: Double) {
        let t = canvas.theme
        let rr = r - 0.5
        canvas.add(.shape(Shape(path: .circle(center: c, radius: rr), stroke: Stroke(color: t.absent, width: 0.75, dash: [1.5, 1]))),
                   what: "no-data mark")
        let d = rr * 0.7071
        canvas.line(Point(c.x - d, c.y + d), Point(c.x + d, c.y - d), t.absent, width: 0.75)
    }

    /// An isoceles triangle pointing in reading direction inside `r` (page coordinates).
    static func triangle(_ canvas: inout Canvas, in r: Rect, filled: Bool, color: Color) {
        let pointsRight = !canvas.theme.isRightToLeft
        var p = Path()
        let tip = pointsRight ? r.maxX : r.minX, back = pointsRight ? r.minX : r.maxX
        p.move(to: Point(back, r.minY))
        p.line(to: Point(tip, (r.minY + r.height / 2)))
        p.line(to: Point(back, r.maxY))
        p.close()
        if filled {
            canvas.add(.shape(Shape(path: p, fill: color)), what: "level mark")
        } else {
            // Hollow outline kept inside the rectangle.
            var q = Path()
            let k = 0.5
            q.move(to: Point(back + (pointsRight ? k : -k), r.minY + k * 1.6))
            q.line(to: Point(tip - (pointsRight ? k * 1.8 : -k * 1.8), (r.minY + r.height / 2)))
            q.line(to: Point(back + (pointsRight ? k : -k), r.maxY - k * 1.6))
            q.close()
            canvas.add(.shape(Shape(path: q, stroke: Stroke(color: color, width: 0.75, join: .miter))), what: "level mark")
        }
    }
}

extension Marks {
    /// Relative luminance, to choose white or ink text on a fill.
    static func luminance(_ c: Color) -> Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(c.red) + 0.7152 * lin(c.green) + 0.0722 * lin(c.blue)
    }
    /// How far a check-matrix mark drawn with `radius` reaches below its centre, stroke included
    /// (the check inside the filled circle and the slash inside the no-data circle stay shorter).
    static func below(_ mark: CheckMatrix.Mark, radius r: Double) -> Double {
        switch mark {
        case .yes: r
        case .no: 0.5
        case .notApplicable: r * 0.45 + 0.9 / 2
        case .noData: (r - 0.5) + 0.75 / 2
        }
    }
    /// The centre of a rectangle.
    static func center(_ r: Rect) -> Point { Point(r.x + r.width / 2, r.y + r.height / 2) }
}

// Measurement of the kinds that hang from the top of their box (tables, matrices, ratings, the
// scale strip): without a height of their own they take the height their content needs.

enum Hanging {
    /// Room tried below the content, smallest first: some kinds want a little (a row's padding).
    static let margins = [2.0, 4, 8, 14]

    /// The content's `bottom` (from the box's top) plus the first margin that leaves the render the
    /// `needed` height it checks for and stays under the box of `generous` height; `generous` when
    /// nothing is drawn, the content does not fit it or no margin does.
    static func height(bottom: Double?, needed: Double, generous: Double) -> Double {
        let box = max(10, generous)
        guard let bottom, needed <= box + 0.05, bottom < box - 1 else { return generous }
        for margin in margins where bottom + margin < box && needed <= bottom + margin + 0.05 { return bottom + margin }
        return generous
    }
}

extension TextLine {
    /// The lowest y the line's runs reach when set on `baseline`; nil when it draws nothing.
    func bottom(baseline: Double) -> Double? { runs(at: Point(0, baseline)).map(\.bounds.maxY).max() }
}

extension WrappedText {
    /// The lowest y the lines reach when placed from `top` (as `Canvas.placeWrapped` does).
    func bottom(top: Double) -> Double? {
        lines.indices.compactMap { lines[$0].bottom(baseline: top + firstBaseline + Double($0) * lineHeight) }.max()
    }
}

extension Legend {
    /// The lowest y the legend reaches drawn from `top`: its labels, and each item's mark reaching
    /// `markBelow[i]` under the middle of its row.
    func bottom(top: Double, markBelow: [Double]) -> Double? {
        placed.indices.compactMap { i -> Double? in
            let p = placed[i]
            let y = top + Double(p.row) * rowHeight
            let mid = y + rowHeight / 2
            let label = p.line.bottom(baseline: mid + (p.line.ascent - p.line.descent) / 2)
            return max(label ?? -.infinity, mid + markBelow[i])
        }.max()
    }
}

/// The largest of the lows given (nil ones skipped); nil when none is.
func lowest(_ values: Double?...) -> Double? { values.compactMap { $0 }.max() }

/// A chart's width leaves no room for its content at any height: `render` reports the message.
struct TooNarrow: Error { var message: String }

extension Result where Failure == TooNarrow {
    /// The metrics, or nil after reporting the width problem on the canvas (the render then draws nothing).
    func orReport(on canvas: inout Canvas) -> Success? {
        switch self {
        case .success(let m): return m
        case .failure(let narrow):
            canvas.report(narrow.message)
            return nil
        }
    }

    /// The width problem as a chart's problem list (empty when it fits).
    func problems(_ chart: String) -> [LayoutProblem] {
        if case .failure(let n) = self { return [LayoutProblem(chart: chart, message: n.message)] }
        return []
    }
}
