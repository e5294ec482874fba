import A4PScene
import A4PText
import Foundation

/// Rows (missions) × aspects (movement, mandated tasks…) with an impact level per cell. Levels
/// read without colour: 1, 2 or 3 of three triangles are filled (▶▷▷ low, ▶▶▷ medium, ▶▶▶ high),
/// "no impact" is a light dash, an absent cell reads "no data". A row may carry a note instead of
/// levels ("No SOFA/SOMA"). The legend names the levels.
///
/// Right to left: the label column is on the right, aspects run right to left, and the triangles
/// point left (in reading direction) and fill from the right.
public struct ImpactMatrix: Chart {
    /// `noImpact` rather than `none`, so that it never reads as `Optional.none` ("no data") in a `[Level?]`.
    public enum Level: Int, Sendable, Hashable, CaseIterable { case noImpact = 0, low, medium, high }

    public struct Row: Sendable {
        public var label: String
        /// One level per aspect; nil is "no data".
        public var levels: [Level?]
        /// Written across the aspect cells instead of levels (e.g. "No SOFA/SOMA").
        public var note: String?
        public init(_ label: String, _ levels: [Level?], note: String? = nil) {
            self.label = label; self.levels = levels; self.note = note
        }
    }

    /// The word for each level, in the legend and the alt text: words, not a `Legend` (which draws swatches).
    public struct LevelWords: Sendable {
        /// nil when the data's scale has no "no impact" level: the legend then leaves it out.
        public var none: String?, low: String, medium: String, high: String
        public init(none: String?, low: String, medium: String, high: String) {
            self.none = none; self.low = low; self.medium = medium; self.high = high
        }
        public static func standard(_ language: String) -> LevelWords {
            switch String(language.prefix(2)) {
            case "fr": LevelWords(none: "Aucun", low: "Faible", medium: "Moyen", high: "Élevé")
            case "es": LevelWords(none: "Ninguno", low: "Bajo", medium: "Medio", high: "Alto")
            case "ar": LevelWords(none: "لا أثر", low: "منخفض", medium: "متوسط", high: "مرتفع")
            case "ru": LevelWords(none: "Нет", low: "Низкое", medium: "Среднее", high: "Высокое")
            case "zh": LevelWords(none: "无", low: "低", medium: "中", high: "高")
            default: LevelWords(none: "None", low: "Low", medium: "Medium", high: "High")
            }
        }
        func word(_ l: Level) -> String {
            switch l { case .noImpact: none ?? ""; case .low: low; case .medium: medium; case .high: high }
        }
    }

    public var name: String
    public var labelHeader: String
    public var aspects: [String]
    public var rows: [Row]
    public var legend: LevelWords?
    public var showLegend: Bool

    public init(name: String? = nil, labelHeader: String = "", aspects: [String], rows: [Row], legend: LevelWords? = nil,
                showLegend: Bool = true) {
        self.name = name ?? "impact matrix '\(labelHeader.isEmpty ? aspects.joined(separator: ", ") : labelHeader)'"
        self.labelHeader = labelHeader; self.aspects = aspects; self.rows = rows
        self.legend = legend; self.showLegend = showLegend
    }

    static let triangle = Size(6, 7)
    static let triangleGap = 1.5
    static var marksWidth: Double { 3 * triangle.width + 2 * triangleGap }

    /// Three triangles from logical x, the first `filled` of them filled; page coordinates via the canvas.
    static func marks(_ canvas: inout Canvas, level: Level, logicalX x: Double, midY: Double) {
        let theme = canvas.theme
        if level == .noImpact {
            canvas.line(Point(canvas.mirrored(x + 2), midY), Point(canvas.mirrored(x + marksWidth - 2), midY), theme.absent, width: 1)
            return
        }
        for k in 0..<3 {
            let lx = x + Double(k) * (triangle.width + triangleGap)
            let r = canvas.logicalRect(lx, midY - triangle.height / 2, triangle.width, triangle.height)
            Marks.triangle(&canvas, in: r, filled: k < level.rawValue, color: theme.accent)
        }
    }

    static let vpad = 2.5

    /// Widths, wrapped labels and heights as `render` lays them out in a box of `canvas`'s width.
    struct Metrics {
        var labelWidth: Double, colWidth: Double
        var headers: [WrappedText], labelHead: WrappedText, headerHeight: Double
        var labels: [WrappedText], rowHeights: [Double]
        var legendLevels: [Level], legendFlow: Legend, legendGap: Double, needed: Double
    }

    func metrics(_ canvas: Canvas, words: LevelWords) -> Result<Metrics, TooNarrow> {
        let box = canvas.box
        let theme = canvas.theme
        let labelStyle = theme.style(.label)
        let headerStyle = theme.style(.axis, weight: .bold)
        let absentStyle = theme.style(.axis, color: theme.absent)
        let noData = Words.notReported(theme.language)
        let pad = theme.unit

        let n = Double(max(1, aspects.count))
        let labelNatural = (rows.map { canvas.measure($0.label, labelStyle).width } + [canvas.measure(labelHeader, headerStyle).width]).max() ?? 0
        // Columns at least as wide as the marks, "no data" and the longest word of their headings
        // (headings wrap between words, never inside one); labels get at most half the box.
        let headerWord = aspects.flatMap { $0.split(separator: " ") }.map { canvas.measure(String($0), headerStyle).width }.max() ?? 0
        let minCol = max(Self.marksWidth, canvas.measure(noData, absentStyle).width, headerWord) + pad
        let labelWidth = min(max(labelNatural + 2 * pad, 50), box.width - minCol * n, box.width * 0.5)
        // The label column may be narrower than 50 pt when its labels are shorter ("UNDOF" in larger type).
        guard labelWidth >= min(labelNatural + 2 * pad, 50, box.width * 0.25) else {
            return .failure(TooNarrow(message: "\(aspects.count) aspect columns need \(fmt(minCol * n + 50)) pt of width, the box has \(fmt(box.width)) pt"))
        }
        let colWidth = (box.width - labelWidth) / n
        let vpad = Self.vpad
        let headers = aspects.map { canvas.wrapLabel($0, headerStyle, width: colWidth - pad, maxLines: 4) }
        let labelHead = canvas.wrapLabel(labelHeader, headerStyle, width: labelWidth - pad, maxLines: 3)
        let headerHeight = max(labelHead.height, headers.map(\.height).max() ?? 0) + 2 * vpad
        let labels = rows.map { canvas.wrapLabel($0.label, labelStyle, width: labelWidth - pad, maxLines: 2) }
        let rowHeights = labels.map { max($0.height, Self.triangle.height) + 2 * vpad }
        let legendLevels = showLegend ? Level.allCases.filter { $0 != .noImpact || words.none != nil } : []
        let legendItems: [Legend.Item] = legendLevels.map { level in
            Legend.Item(markWidth: Self.marksWidth, label: words.word(level)) { c, rect in
                let lx = c.theme.isRightToLeft ? c.box.maxX - (rect.maxX - c.box.minX) : rect.minX
                Self.marks(&c, level: level, logicalX: lx, midY: rect.minY + rect.height / 2)
            }
        }
        let legendFlow = Legend(legendItems, style: theme.style(.axis), width: box.width, canvas: canvas)
        let legendGap = showLegend ? theme.unit * 2 : 0
        let needed = headerHeight + rowHeights.reduce(0, +) + legendGap + legendFlow.height
        return .success(Metrics(labelWidth: labelWidth, colWidth: colWidth, headers: headers, labelHead: labelHead,
                                headerHeight: headerHeight, labels: labels, rowHeights: rowHeights, legendLevels: legendLevels,
                                legendFlow: legendFlow, legendGap: legendGap, needed: needed))
    }

    /// How far a level's marks reach below their middle: the 1 pt dash of "no impact", else the
    /// filled first triangle (the hollow ones stay inside it).
    static func below(_ level: Level) -> Double { level == .noImpact ? 0.5 : triangle.height / 2 }

    /// Hangs from the top: as tall as header, rows and legend, plus a little room under them.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let generous = Double(rows.count + 3) * 34 + 16
        let canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: max(10, generous)), context: context, chartName: name)
        let theme = context.theme
        let measured = metrics(canvas, words: legend ?? .standard(theme.language))
        guard case .success(let m) = measured else { return ChartSize(height: generous, problems: measured.problems(name)) }
        let vpad = Self.vpad
        let n = Double(max(1, aspects.count))
        let noData = canvas.measure(Words.notReported(theme.language), theme.style(.axis, color: theme.absent))
        var y = m.headerHeight
        var bottom = lowest(m.labelHead.bottom(top: y - vpad - m.labelHead.height),
                            m.headers.compactMap { $0.bottom(top: y - vpad - $0.height) }.max(), max(y, 0.25) + 0.25)
        for (i, row) in rows.enumerated() {
            let h = m.rowHeights[i]
            let mid = y + h / 2
            bottom = lowest(bottom, m.labels[i].bottom(top: y + (h - m.labels[i].height) / 2))
            if let note = row.note {
                let line = canvas.ellipsized(note, theme.style(.axis, color: theme.secondary), width: m.colWidth * n - 2 * theme.unit)
                bottom = lowest(bottom, line.bottom(baseline: mid + (line.ascent - line.descent) / 2))
            } else {
                for j in aspects.indices {
                    if j < row.levels.count, let level = row.levels[j] {
                        bottom = lowest(bottom, level == .noImpact ? mid + 0.5 : (mid - Self.triangle.height / 2) + Self.triangle.height)
                    } else {
                        bottom = lowest(bottom, noData.bottom(baseline: mid + (noData.ascent - noData.descent) / 2))
                    }
                }
            }
            y += h
            if i + 1 < rows.count { bottom = lowest(bottom, y + 0.25) }
        }
        if showLegend {
            bottom = lowest(bottom, m.legendFlow.bottom(top: y + m.legendGap, markBelow: m.legendLevels.map(Self.below)))
        }
        return ChartSize(height: Hanging.height(bottom: bottom, needed: m.needed, generous: generous))
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let words = legend ?? .standard(theme.language)
        let noteStyle = theme.style(.axis, color: theme.secondary)
        let absentStyle = theme.style(.axis, color: theme.absent)
        let noData = Words.notReported(theme.language)
        let pad = theme.unit
        let n = Double(max(1, aspects.count))
        let vpad = Self.vpad
        let m: Metrics
        switch metrics(canvas, words: words) {
        case .failure(let narrow):
            canvas.report(narrow.message)
            return canvas.finish(altText: altText(words, theme))
        case .success(let measured): m = measured
        }
        let (labelWidth, colWidth, headers, labelHead, headerHeight) = (m.labelWidth, m.colWidth, m.headers, m.labelHead, m.headerHeight)
        let (labels, rowHeights) = (m.labels, m.rowHeights)
        guard m.needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(m.needed, "the header, \(rows.count) rows and the legend")
            return canvas.finish(altText: altText(words, theme))
        }

        var y = box.minY
        canvas.placeWrapped(labelHead, logicalX: box.minX, top: y + headerHeight - vpad - labelHead.height, what: "header")
        for (j, h) in headers.enumerated() {
            canvas.placeWrapped(h, logicalX: box.minX + labelWidth + (Double(j) + 0.5) * colWidth,
                                top: y + headerHeight - vpad - h.height, h: .middle, what: "header '\(aspects[j])'")
        }
        y += headerHeight
        canvas.rule(at: y, theme.secondary)
        for (i, row) in rows.enumerated() {
            let h = rowHeights[i]
            let mid = y + h / 2
            canvas.placeWrapped(labels[i], logicalX: box.minX, top: y + (h - labels[i].height) / 2, what: "row label '\(row.label)'")
            if let note = row.note {
                let line = canvas.ellipsized(note, noteStyle, width: colWidth * n - 2 * pad)
                canvas.placeLogical(line, logicalX: box.minX + labelWidth + colWidth * n / 2,
                                    baseline: mid + (line.ascent - line.descent) / 2, h: .middle, what: "note '\(note)'")
            } else {
                for j in aspects.indices {
                    let cx = box.minX + labelWidth + (Double(j) + 0.5) * colWidth
                    if j < row.levels.count, let level = row.levels[j] {
                        Self.marks(&canvas, level: level, logicalX: cx - Self.marksWidth / 2, midY: mid)
                    } else {
                        let line = canvas.measure(noData, absentStyle)
                        canvas.placeLogical(line, logicalX: cx, baseline: mid + (line.ascent - line.descent) / 2, h: .middle,
                                            what: "no-data label")
                    }
                }
            }
            y += h
            if i + 1 < rows.count { canvas.rule(at: y, theme.grid) }
        }
        if showLegend { m.legendFlow.draw(on: &canvas, top: y + m.legendGap) }
        return canvas.finish(altText: altText(words, theme))
    }

    func altText(_ words: LevelWords, _ theme: Theme) -> String {
        Words.chart("alt-impact-matrix", theme.language) + ". " + rows.map { row in
            row.label + ": " + (row.note ?? aspects.indices.map { j in
                let l = j < row.levels.count ? row.levels[j] : nil
                return "\(aspects[j]) " + (l.map { words.word($0) } ?? Words.notReported(theme.language))
            }.joined(separator: ", "))
        }.joined(separator: "; ")
    }
}
