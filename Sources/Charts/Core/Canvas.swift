import A4PScene
import A4PText

/// Where a piece of text hangs from the point it is placed at.
public enum HorizontalAnchor: Hashable, Sendable { case start, middle, end }
public enum VerticalAnchor: Hashable, Sendable { case top, middle, baseline, bottom }

/// Collects a chart's nodes inside its box and reports what does not fit. Chart kinds draw through
/// it so that every kind gets the same containment check and the same text handling.
public struct Canvas {
    public let box: Rect
    public let context: ChartContext
    public let chartName: String
    public private(set) var nodes: [Node] = []
    public private(set) var problems: [LayoutProblem] = []

    public init(box: Rect, context: ChartContext, chartName: String) {
        self.box = box; self.context = context; self.chartName = chartName
    }

    public var theme: Theme { context.theme }
    public var engine: TextEngine { context.engine }

    /// The marks added since `mark` (a count of `nodes`) as one structure element: a table's cell or row.
    public mutating func tag(_ role: StructureRole, since mark: Int) {
        guard mark < nodes.count else { return }
        let marks = Array(nodes[mark...])
        nodes.removeSubrange(mark...)
        nodes.append(.tagged(role, marks))
    }

    public mutating func report(_ message: String) {
        let p = LayoutProblem(chart: chartName, message: message)
        if !problems.contains(p) { problems.append(p) }
    }

    /// Adds a node when it lies inside the box; otherwise reports `what` and draws nothing.
    @discardableResult
    public mutating func add(_ node: Node, what: @autoclosure () -> String = "a mark") -> Bool {
        if let b = node.bounds, !box.contains(b, tolerance: 0.05) {
            report("\(what()) does not fit in the chart's \(fmt(box.width))×\(fmt(box.height)) pt box")
            return false
        }
        nodes.append(node)
        return true
    }

    public mutating func fill(_ rect: Rect, _ color: Color) {
        add(.shape(Shape(path: .rect(rect), fill: color)))
    }

    public mutating func line(_ a: Point, _ b: Point, _ color: Color, width: Double = 0.5, dash: [Double] = []) {
        add(.shape(Shape(path: .line(from: a, to: b), stroke: Stroke(color: color, width: width, dash: dash))))
    }

    /// Measures one line of text without drawing it.
    public func measure(_ text: String, _ style: TextStyle) -> TextLine { engine.line(text, style: style) }

    /// One line of text placed by anchor; returns the box it takes (nil when it did not fit).
    @discardableResult
    public mutating func text(_ text: String, _ style: TextStyle, at p: Point, h: HorizontalAnchor = .start,
                              v: VerticalAnchor = .baseline) -> Rect? {
        let line = engine.line(text, style: style)
        return place(line, at: p, h: h, v: v, what: "label '\(text)'")
    }

    @discardableResult
    public mutating func place(_ line: TextLine, at p: Point, h: HorizontalAnchor = .start, v: VerticalAnchor = .baseline,
                               what: String? = nil) -> Rect? {
        let x: Double = switch h {
        case .start: p.x
        case .middle: p.x - line.width / 2
        case .end: p.x - line.width
        }
        let y: Double = switch v {
        case .baseline: p.y
        case .top: p.y + line.ascent
        case .middle: p.y + (line.ascent - line.descent) / 2
        case .bottom: p.y - line.descent
        }
        let rect = Rect(x: x, y: y - line.ascent, width: line.width, height: line.ascent + line.descent)
        guard box.contains(rect, tolerance: 0.05) else {
            report("\(what ?? "label '\(line.text)'") does not fit (needs \(fmt(rect.width))×\(fmt(rect.height)) pt at \(fmt(rect.x)),\(fmt(rect.y)))")
            return nil
        }
        for run in line.runs(at: Point(x, y)) { nodes.append(.text(run)) }
        return rect
    }

    /// The height `paragraph` will take for this text, width and line limit.
    public func paragraphHeight(_ text: String, _ style: TextStyle, width: Double, maxLines: Int? = nil) -> Double {
        var block = engine.paragraph(text, style: style, width: width)
        if let maxLines, block.lines.count > maxLines { block.lines = Array(block.lines.prefix(maxLines)) }
        return block.height
    }

    /// A paragraph wrapped to `rect.width`, aligned by the theme's direction; at most `maxLines`
    /// lines, the last ending with "…" when text was cut. Returns the height used.
    @discardableResult
    public mutating func paragraph(_ text: String, _ style: TextStyle, in rect: Rect, alignment: TextAlignment = .leading,
                                   maxLines: Int? = nil) -> Double {
        var block = engine.paragraph(text, style: style, width: rect.width)
        if let maxLines, block.lines.count > maxLines {
            block.lines = Array(block.lines.prefix(maxLines))
            let last = block.lines[maxLines - 1]
            block.lines[maxLines - 1] = ellipsized(last.text + " …", style, width: rect.width, forceEllipsis: true)
        }
        if block.width > rect.width + 0.05, maxLines == 1, let only = block.lines.first {
            block.lines = [ellipsized(only.text, style, width: rect.width)]
        }
        if block.width > rect.width + 0.05 {
            report("the word \"\(block.lines.first { $0.width > rect.width }?.text ?? text)\" is wider than its \(fmt(rect.width)) pt column")
            return 0
        }
        if block.height > rect.height + 0.05 {
            report("text \"\(text.prefix(40))\" needs \(fmt(block.height)) pt of height, has \(fmt(rect.height))")
            return 0
        }
        let drawn = Rect(x: rect.x, y: rect.y, width: rect.width, height: block.height)
        guard box.contains(drawn, tolerance: 0.05) else {
            report("text \"\(text.prefix(40))\" does not fit in the chart's \(fmt(box.width))×\(fmt(box.height)) pt box")
            return 0
        }
        for run in block.runs(topLeft: Point(rect.x, rect.y), width: rect.width, alignment: alignment) {
            nodes.append(.text(run))
        }
        return block.height
    }

    /// `text` shortened at the end with "…" until it fits `width`.
    public func ellipsized(_ text: String, _ style: TextStyle, width: Double, forceEllipsis: Bool = false) -> TextLine {
        let full = engine.line(text, style: style)
        if full.width <= width && !forceEllipsis { return full }
        var chars = Array(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " …", with: ""))
        while !chars.isEmpty {
            let candidate = String(chars).trimmingCharacters(in: .whitespaces) + "…"
            let line = engine.line(candidate, style: style)
            if line.width <= width { return line }
            chars.removeLast()
        }
        return engine.line("…", style: style)
    }

    /// The rendering of what was drawn.
    public func finish(altText: String?) -> ChartRendering {
        RenderTally.current?.add()
        return ChartRendering(nodes: nodes, problems: problems, box: box, altText: altText)
    }

    /// Horizontal mirror inside the box: x for left-to-right pages, box.maxX − (x − box.minX) for
    /// right-to-left ones.
    public func mirrored(_ x: Double) -> Double { theme.isRightToLeft ? box.maxX - (x - box.minX) : x }
    public func mirrored(_ r: Rect) -> Rect {
        theme.isRightToLeft ? Rect(x: box.maxX - (r.maxX - box.minX), y: r.y, width: r.width, height: r.height) : r
    }
    /// `start`/`end` anchors swap on right-to-left pages.
    public func mirrored(_ h: HorizontalAnchor) -> HorizontalAnchor {
        guard theme.isRightToLeft else { return h }
        return switch h { case .start: .end; case .end: .start; case .middle: .middle }
    }
}

func fmt(_ v: Double) -> String {
    let r = (v * 10).rounded() / 10
    // Int(r) traps beyond ±9.2e18 (a target of -1e18 once did): large and non-finite values stay Double.
    return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
}

import Foundation
