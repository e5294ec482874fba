import A4PScene
import A4PText
import Foundation

/// Rows rated on an n-point scale, drawn as filled and hollow circles (●●○, as shapes, not glyphs)
/// followed by the level's name (or "2/3"); an absent rating reads "no data", never ○○○. Rows
/// may be grouped (e.g. mechanisms per mission); a legend lists the levels when the rows do not name them.
///
/// Right to left: the label column is on the right, the dots fill from the right (the first
/// filled dot is the one nearest the label), the legend runs right to left.
public struct DotRating: Chart {
    public struct Row: Sendable {
        public var label: String
        /// 0…scale; absent when the rating was not reported.
        public var rating: ChartValue
        public var group: String?
        public init(_ label: String, rating: ChartValue, group: String? = nil) {
            self.label = label; self.rating = rating; self.group = group
        }
    }

    public var name: String
    public var scale: Int
    public var rows: [Row]
    /// Names of the levels 0…scale ("No to little contribution" … "Significant contribution");
    /// nil writes "2/3".
    public var levels: [String]?
    public var showLegend: Bool

    public init(name: String? = nil, scale: Int = 3, rows: [Row], levels: [String]? = nil, showLegend: Bool = true) {
        self.name = name ?? "dot rating '\(rows.first?.group ?? rows.first?.label ?? "")'"
        // 1…10 dots: a larger scale is unreadable as dots, and each level is a legend entry.
        self.scale = min(10, max(1, scale)); self.rows = rows; self.levels = levels; self.showLegend = showLegend
    }

    /// The legend only where the rows do not name their levels: each row prints its level's name
    /// beside its dots, and a legend listing the same names again said everything twice (issue 14).
    var drawsLegend: Bool { showLegend && levels == nil }

    func level(_ v: Double, theme: Theme) -> String {
        let i = Int(v.rounded())
        if let levels, levels.indices.contains(i) { return levels[i] }
        let f = ValueFormat.number(maxFractionDigits: 0)
        return f.string(v, locale: theme.numberLocale) + "/" + f.string(Double(scale), locale: theme.numberLocale)
    }

    static let r = 3.5, dotGap = 2.5, vpad = 2.5

    /// Widths, wrapped labels and heights as `render` lays them out in a box of `canvas`'s width.
    struct Metrics {
        var dotsWidth: Double, labelWidth: Double, levelWidth: Double, levelTexts: [String]
        var labels: [WrappedText], levelBlocks: [WrappedText], rowHeights: [Double]
        var legend: Legend, legendGap: Double, needed: Double
    }

    func groupLabel(_ g: String, _ canvas: Canvas) -> WrappedText {
        canvas.wrapLabel(g, canvas.theme.style(.label, weight: .bold), width: canvas.box.width, maxLines: 1)
    }

    func metrics(_ canvas: Canvas) -> Result<Metrics, TooNarrow> {
        let box = canvas.box
        let theme = canvas.theme
        let labelStyle = theme.style(.label)
        let levelStyle = theme.style(.axis)
        let noData = Words.notReported(theme.language)
        let r = Self.r, dotGap = Self.dotGap
        let dotsWidth = Double(scale) * 2 * r + Double(scale - 1) * dotGap
        let pad = theme.unit * 2

        // Level column as wide as its longest text (up to a third of the box; longer names wrap).
        let levelTexts = rows.map { $0.rating.number.map { level($0, theme: theme) } ?? noData }
        let levelNatural = levelTexts.map { canvas.measure($0, levelStyle).width }.max() ?? 0
        let levelWidth = min(levelNatural, box.width / 3)
        let labelWidth = box.width - dotsWidth - levelWidth - 2 * pad
        guard labelWidth >= min(60, box.width * 0.3) else {
            return .failure(TooNarrow(message: "the dots and level names need \(fmt(dotsWidth + levelWidth + 2 * pad + 60)) pt of width, the box has \(fmt(box.width)) pt"))
        }
        let vpad = Self.vpad
        // An aspect's name wraps to three lines rather than end in "…": a short sheet's larger type
        // (UNISFA's "Joint Political and Security Mechanism (JPSM)" at 135 %) needs the third.
        let labels = rows.map { canvas.wrapLabel($0.label, labelStyle, width: labelWidth, maxLines: 3) }
        let levelBlocks = levelTexts.map { canvas.wrapLabel($0, levelStyle, width: levelWidth, maxLines: 2) }
        let rowHeights = rows.indices.map { max(labels[$0].height, levelBlocks[$0].height, 2 * r) + 2 * vpad }
        let scale = scale
        let legendItems: [Legend.Item] = drawsLegend ? (0...scale).reversed().map { v in
            Legend.Item(markWidth: dotsWidth, label: level(Double(v), theme: theme)) { c, rect in
                Self.dots(&c, filled: v, of: scale, radius: r, gap: dotGap,
                          logicalStart: c.theme.isRightToLeft ? c.box.maxX - (rect.maxX - c.box.minX) : rect.minX,
                          y: rect.minY + rect.height / 2)
            }
        } : []
        let legend = Legend(legendItems, style: levelStyle, width: box.width, canvas: canvas)
        let legendGap = drawsLegend ? theme.unit * 2 : 0
        var needed = rowHeights.reduce(0, +) + legendGap + legend.height
        var previous: String?
        for row in rows where row.group != nil && row.group != previous {
            needed += groupLabel(row.group!, canvas).height + vpad * 2; previous = row.group
        }
        return .success(Metrics(dotsWidth: dotsWidth, labelWidth: labelWidth, levelWidth: levelWidth, levelTexts: levelTexts,
                                labels: labels, levelBlocks: levelBlocks, rowHeights: rowHeights, legend: legend,
                                legendGap: legendGap, needed: needed))
    }

    /// Hangs from the top: as tall as its rows, group headings and legend, plus a little room under them.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let generous = Double(rows.count + 3) * 28 + 16
        let canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: max(10, generous)), context: context, chartName: name)
        let measured = metrics(canvas)
        guard case .success(let m) = measured else { return ChartSize(height: generous, problems: measured.problems(name)) }
        let vpad = Self.vpad
        let noData = canvas.wrapLabel(Words.notReported(context.theme.language), context.theme.style(.axis, color: context.theme.absent),
                                      width: m.levelWidth, maxLines: 2)
        let rule = { (y: Double) in max(y, 0.25) + 0.25 }
        var y = 0.0, bottom: Double?
        var previous: String?
        for (i, row) in rows.enumerated() {
            if let g = row.group, g != previous {
                let label = groupLabel(g, canvas)
                bottom = lowest(bottom, i > 0 ? rule(y) : nil, label.bottom(top: y + vpad))
                y += label.height + vpad * 2
            } else if i > 0 {
                bottom = lowest(bottom, rule(y))
            }
            previous = row.group
            let mid = y + vpad + m.labels[i].firstBaseline - context.theme.style(.label).size * 0.35
            let level = row.rating.number == nil ? noData : m.levelBlocks[i]
            bottom = lowest(bottom, m.labels[i].bottom(top: y + vpad), level.bottom(top: y + vpad),
                            row.rating.number == nil ? mid + 0.75 / 2 : (scale > 0 ? mid + Self.r : nil))
            y += m.rowHeights[i]
        }
        if drawsLegend {
            bottom = lowest(bottom, rule(y), m.legend.bottom(top: y + m.legendGap, markBelow: m.legend.placed.map { _ in Self.r }))
        }
        return ChartSize(height: Hanging.height(bottom: bottom, needed: m.needed, generous: generous))
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let labelStyle = theme.style(.label)
        let absentStyle = theme.style(.axis, color: theme.absent)
        let noData = Words.notReported(theme.language)
        let r = Self.r, dotGap = Self.dotGap, vpad = Self.vpad
        let pad = theme.unit * 2
        guard let m = metrics(canvas).orReport(on: &canvas) else { return canvas.finish(altText: altText(theme)) }
        let (dotsWidth, labelWidth, levelWidth, levelTexts) = (m.dotsWidth, m.labelWidth, m.levelWidth, m.levelTexts)
        let (labels, levelBlocks, rowHeights, legend, legendGap, needed) = (m.labels, m.levelBlocks, m.rowHeights, m.legend, m.legendGap, m.needed)
        func groupHeight(_ g: String) -> Double { groupLabel(g, canvas).height + vpad * 2 }
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "\(rows.count) rated rows and the legend")
            return canvas.finish(altText: altText(theme))
        }

        var y = box.minY
        var previous: String?
        let dotsX = box.minX + labelWidth + pad
        let levelX = dotsX + dotsWidth + pad
        for (i, row) in rows.enumerated() {
            if let g = row.group, g != previous {
                if i > 0 { canvas.rule(at: y, theme.secondary) }
                canvas.placeWrapped(groupLabel(g, canvas), logicalX: box.minX,
                                    top: y + vpad, what: "group '\(g)'")
                y += groupHeight(g)
            } else if i > 0 {
                canvas.rule(at: y, theme.grid)
            }
            previous = row.group
            let h = rowHeights[i]
            canvas.placeWrapped(labels[i], logicalX: box.minX, top: y + vpad, what: "row label '\(row.label)'")
            let mid = y + vpad + labels[i].firstBaseline - labelStyle.size * 0.35
            if let v = row.rating.number {
                let filled = Int(max(0, min(Double(scale), v)).rounded())
                Self.dots(&canvas, filled: filled, of: scale, radius: r, gap: dotGap, logicalStart: dotsX, y: mid)
                canvas.placeWrapped(levelBlocks[i], logicalX: levelX, top: y + vpad, what: "level '\(levelTexts[i])'")
            } else {
                // No dots at all: an empty rating must not read as ○○○ ("no contribution").
                canvas.line(Point(canvas.mirrored(dotsX), mid), Point(canvas.mirrored(dotsX + dotsWidth), mid),
                            theme.absent, width: 0.75, dash: [1.5, 1.5])
                canvas.placeWrapped(canvas.wrapLabel(noData, absentStyle, width: levelWidth, maxLines: 2),
                                    logicalX: levelX, top: y + vpad, what: "no-data label")
            }
            y += h
        }
        if drawsLegend {
            canvas.rule(at: y, theme.secondary)
            legend.draw(on: &canvas, top: y + legendGap)
        }
        return canvas.finish(altText: altText(theme))
    }

    /// `filled` of `n` dots from logical x `logicalStart`, centred on `y`.
    static func dots(_ canvas: inout Canvas, filled: Int, of n: Int, radius r: Double, gap: Double,
                     logicalStart: Double, y: Double) {
        let theme = canvas.theme
        for k in 0..<n {
            let cx = canvas.mirrored(logicalStart + r + Double(k) * (2 * r + gap))
            if k < filled {
                canvas.add(.shape(Shape(path: .circle(center: Point(cx, y), radius: r), fill: theme.accent)), what: "rating dot")
            } else {
                canvas.add(.shape(Shape(path: .circle(center: Point(cx, y), radius: r - 0.5),
                                        stroke: Stroke(color: theme.accent, width: 1))), what: "rating dot")
            }
        }
    }

    func altText(_ theme: Theme) -> String {
        Words.chart("alt-ratings", theme.language, count: scale) + ". " + rows.map { row in
            ([row.group, row.label].compactMap { $0 }.joined(separator: ", ")) + ": "
                + (row.rating.number.map { level($0, theme: theme) } ?? Words.notReported(theme.language))
        }.joined(separator: "; ")
    }
}
