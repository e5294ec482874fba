import A4PScene
import A4PText
import Foundation

/// Rows (missions) × columns (cycles or attributes) of yes / no / not applicable / not reported
/// marks, with a legend row naming the marks the matrix uses. The marks differ by shape, not only
/// colour: a check in a filled circle, a short dash, "n/a" in grey, a slashed dotted circle.
///
/// Right to left: the label column moves to the right and the columns run right to left (the
/// first column next to the labels); the legend runs right to left too. The check glyph itself is
/// not mirrored.
public struct CheckMatrix: Chart {
    /// `noData` is "not reported" (unknown); `notApplicable` is a question that does not apply.
    public enum Mark: Sendable, Hashable { case yes, no, notApplicable, noData }

    public struct Row: Sendable {
        public var label: String
        public var marks: [Mark]
        public init(_ label: String, _ marks: [Mark]) { self.label = label; self.marks = marks }
    }

    /// The word for each mark, in the legend and the alt text: words, not a `Legend` (which draws swatches).
    public struct MarkWords: Sendable {
        public var yes: String, no: String, noData: String, notApplicable: String
        public init(yes: String, no: String, noData: String, notApplicable: String = "n/a") {
            self.yes = yes; self.no = no; self.noData = noData; self.notApplicable = notApplicable
        }
        public static func standard(_ language: String) -> MarkWords {
            func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
            return MarkWords(yes: capitalised(Words.yesNo(true, language)), no: capitalised(Words.yesNo(false, language)),
                          noData: capitalised(Words.absent(.notReported, language)),
                          notApplicable: capitalised(Words.absent(.notApplicable, language)))
        }
        func word(_ mark: Mark) -> String {
            switch mark {
            case .yes: yes
            case .no: no
            case .notApplicable: notApplicable
            case .noData: noData
            }
        }
    }

    public var name: String
    public var labelHeader: String
    public var columns: [String]
    public var rows: [Row]
    /// nil: the standard words in the theme's language; `showLegend` false hides the legend.
    public var legend: MarkWords?
    public var showLegend: Bool

    public init(name: String? = nil, labelHeader: String = "", columns: [String], rows: [Row], legend: MarkWords? = nil,
                showLegend: Bool = true) {
        self.name = name ?? "check matrix '\(labelHeader.isEmpty ? columns.joined(separator: ", ") : labelHeader)'"
        self.labelHeader = labelHeader; self.columns = columns; self.rows = rows
        self.legend = legend; self.showLegend = showLegend
    }

    /// Widths, wrapped labels and heights as `render` lays them out in a box of `canvas`'s width.
    struct Metrics {
        var colWidth: Double, labelWidth: Double, gridWidth: Double
        var headers: [WrappedText], labelHead: WrappedText, headerHeight: Double
        var labels: [WrappedText], rowHeights: [Double]
        var legendFlow: Legend, legendBelow: [Double], legendGap: Double
        var needed: Double
    }
    static let radius = 5.0
    /// The marks' radius: 5 pt beside 8 pt labels, growing with the labels (projected slides).
    static func radius(_ theme: Theme) -> Double { radius * max(1, theme.sizes.label / 8) }
    static let vpad = 2.5

    func metrics(_ canvas: Canvas, words: MarkWords) -> Result<Metrics, TooNarrow> {
        let box = canvas.box
        let theme = canvas.theme
        let labelStyle = theme.style(.label)
        let headerStyle = theme.style(.axis, weight: .bold)
        let legendStyle = theme.style(.axis)
        let radius = Self.radius(theme)
        let pad = theme.unit

        // Columns: equal widths, wide enough for the longest header word and a mark.
        let widestWord = columns.flatMap { $0.split(separator: " ") }.map { canvas.measure(String($0), headerStyle).width }.max() ?? 0
        let widestHeader = columns.map { canvas.measure($0, headerStyle).width }.max() ?? 0
        let minLabel = min(box.width * 0.3, 60)
        let n = Double(max(1, columns.count))
        // Headers keep half an em apart at least (projected slides set them at 14 pt and more).
        var colWidth = max(2 * radius + 2 * pad, min(widestHeader, 70) + max(pad, headerStyle.size * 0.5))
        if colWidth * n > box.width - minLabel {
            colWidth = max(2 * radius + 2 * pad, widestWord + pad)
        }
        if colWidth * n > box.width - minLabel {
            return .failure(TooNarrow(message: "\(columns.count) columns need \(fmt(colWidth * n + minLabel)) pt of width, the box has \(fmt(box.width)) pt"))
        }
        let labelWidth = min(box.width - colWidth * n, max(minLabel, rows.map { canvas.measure($0.label, labelStyle).width }.max() ?? 0) + 2 * pad)
        let gridWidth = labelWidth + colWidth * n

        let vpad = Self.vpad
        let headers = columns.map { canvas.wrapLabel($0, headerStyle, width: colWidth - pad, maxLines: 3) }
        let labelHead = canvas.wrapLabel(labelHeader, headerStyle, width: labelWidth - pad, maxLines: 3)
        let headerHeight = max(labelHead.height, headers.map(\.height).max() ?? 0) + 2 * vpad
        let labels = rows.map { canvas.wrapLabel($0.label, labelStyle, width: labelWidth - pad, maxLines: 2) }
        let rowHeights = labels.map { max($0.height, 2 * radius) + 2 * vpad }
        // The legend names only the marks the matrix uses ("not reported" is noise where all is known).
        let used = Set(rows.flatMap { row in columns.indices.map { $0 < row.marks.count ? row.marks[$0] : .noData } })
        let entries: [Legend.Item] = [
            .init(markWidth: 2 * radius, label: words.yes) { c, r in Marks.yes(&c, center: Marks.center(r), radius: radius - 1) },
            .init(markWidth: 2 * radius, label: words.no) { c, r in Marks.no(&c, center: Marks.center(r), radius: radius) },
            .init(markWidth: 2 * radius, label: words.notApplicable) { c, r in Marks.notApplicable(&c, center: Marks.center(r), radius: radius - 1) },
            .init(markWidth: 2 * radius, label: words.noData) { c, r in Marks.noData(&c, center: Marks.center(r), radius: radius - 1) },
        ]
        let marks: [Mark] = [.yes, .no, .notApplicable, .noData]
        let shown = showLegend ? marks.filter(used.contains) : []
        let legendFlow = Legend(showLegend ? zip(marks, entries).filter { used.contains($0.0) }.map(\.1) : [],
                                    style: legendStyle, width: box.width, canvas: canvas)
        let legendGap = showLegend ? theme.unit * 2 : 0
        let needed = headerHeight + rowHeights.reduce(0, +) + legendGap + legendFlow.height
        return .success(Metrics(colWidth: colWidth, labelWidth: labelWidth, gridWidth: gridWidth, headers: headers,
                                labelHead: labelHead, headerHeight: headerHeight, labels: labels, rowHeights: rowHeights,
                                legendFlow: legendFlow, legendBelow: shown.map { Marks.below($0, radius: $0 == .no ? radius : radius - 1) },
                                legendGap: legendGap, needed: needed))
    }

    /// Hangs from the top: as tall as header, rows and legend, plus a little room under them.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let generous = Double(rows.count + 3) * 28 + 16
        let canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: max(10, generous)), context: context, chartName: name)
        let measured = metrics(canvas, words: legend ?? .standard(context.theme.language))
        guard case .success(let m) = measured else { return ChartSize(height: generous, problems: measured.problems(name)) }
        var y = m.headerHeight
        var bottom = lowest(m.labelHead.bottom(top: y - Self.vpad - m.labelHead.height),
                            m.headers.compactMap { $0.bottom(top: y - Self.vpad - $0.height) }.max(), max(y, 0.25) + 0.25)
        for (i, row) in rows.enumerated() {
            let h = m.rowHeights[i]
            let marks = columns.indices.map { Marks.below($0 < row.marks.count ? row.marks[$0] : .noData, radius: Self.radius(context.theme)) }
            bottom = lowest(bottom, m.labels[i].bottom(top: y + (h - m.labels[i].height) / 2), marks.max().map { y + h / 2 + $0 })
            y += h
            if i + 1 < rows.count { bottom = lowest(bottom, y + 0.25) }
        }
        if showLegend { bottom = lowest(bottom, m.legendFlow.bottom(top: y + m.legendGap, markBelow: m.legendBelow)) }
        return ChartSize(height: Hanging.height(bottom: bottom, needed: m.needed, generous: generous))
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        let words = legend ?? .standard(theme.language)
        let radius = Self.radius(theme)
        let vpad = Self.vpad
        let m: Metrics
        switch metrics(canvas, words: words) {
        case .failure(let narrow):
            canvas.report(narrow.message)
            return canvas.finish(altText: altText(words, language: canvas.theme.language))
        case .success(let measured): m = measured
        }
        let (colWidth, labelWidth, gridWidth) = (m.colWidth, m.labelWidth, m.gridWidth)
        let (headers, labelHead, headerHeight, labels, rowHeights) = (m.headers, m.labelHead, m.headerHeight, m.labels, m.rowHeights)
        let x0 = box.minX
        guard m.needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(m.needed, "the header, \(rows.count) rows and the legend")
            return canvas.finish(altText: altText(words, language: canvas.theme.language))
        }

        var y = box.minY
        canvas.placeWrapped(labelHead, logicalX: x0, top: y + headerHeight - vpad - labelHead.height, what: "header '\(labelHeader)'")
        for (j, h) in headers.enumerated() {
            let cx = x0 + labelWidth + (Double(j) + 0.5) * colWidth
            canvas.placeWrapped(h, logicalX: cx, top: y + headerHeight - vpad - h.height, h: .middle, what: "header '\(columns[j])'")
        }
        y += headerHeight
        canvas.rule(at: y, from: x0, to: x0 + gridWidth, theme.secondary)
        for (i, row) in rows.enumerated() {
            let h = rowHeights[i]
            canvas.placeWrapped(labels[i], logicalX: x0, top: y + (h - labels[i].height) / 2, what: "row label '\(row.label)'")
            for j in columns.indices {
                let mark = j < row.marks.count ? row.marks[j] : .noData
                let c = Point(canvas.mirrored(x0 + labelWidth + (Double(j) + 0.5) * colWidth), y + h / 2)
                switch mark {
                case .yes: Marks.yes(&canvas, center: c, radius: radius)
                case .no: Marks.no(&canvas, center: c, radius: radius)
                case .notApplicable: Marks.notApplicable(&canvas, center: c, radius: radius)
                case .noData: Marks.noData(&canvas, center: c, radius: radius)
                }
            }
            y += h
            if i + 1 < rows.count {
                canvas.rule(at: y, from: x0, to: x0 + gridWidth, theme.grid)
            }
        }
        if showLegend {
            m.legendFlow.draw(on: &canvas, top: y + m.legendGap)
        }
        return canvas.finish(altText: altText(words, language: canvas.theme.language))
    }

    func altText(_ words: MarkWords, language: String) -> String {
        let body = rows.map { row in
            row.label + ": " + columns.indices.map { j in
                let m = j < row.marks.count ? row.marks[j] : .noData
                return "\(columns[j]) " + words.word(m)
            }.joined(separator: ", ")
        }.joined(separator: "; ")
        return Words.chart("alt-check-matrix", language) + ". \(body)"
    }
}
