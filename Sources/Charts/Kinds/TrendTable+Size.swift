import A4PScene
import A4PText
import Foundation

// The trend table's measurement: column widths and row heights (shared with `render`) and the
// height it takes when it hangs from the top of its box.

extension TrendTable {
    static let vpad = 3.0

    /// Widths, wrapped labels and heights as `render` lays them out in `canvas`'s box.
    struct Metrics {
        var texts: [[String]], widths: [Double], labelWidth: Double, colX: [Double], wordColumn: [Bool]
        var header: [WrappedText], labelHead: WrappedText, headerHeight: Double
        var groups: [(title: String, first: Int, last: Int)], groupLines: [WrappedText], groupHeaderHeight: Double
        var labels: [WrappedText], rowHeights: [Double], needed: Double
    }

    /// The style of a cell: bold in a total row, grey when absent, numbers shaped left to right.
    func style(for cell: Cell, row: Row, theme: Theme) -> TextStyle {
        var s = row.isTotal ? theme.style(.label, weight: .bold) : theme.style(.label)
        if case .value(let v) = cell, v.isAbsent { s = theme.style(.label, color: theme.absent) }
        if case .trend(let v, _) = cell, v.isAbsent { s = theme.style(.label, color: theme.absent) }
        if case .text = cell { return s }
        // Pure numbers stay left to right; trend texts carry words and keep the page's direction.
        if case .value = cell { return s.ltrNumbers }
        return s
    }

    /// A row group's heading, on one line across the table.
    func groupLabel(_ g: String, _ canvas: Canvas) -> WrappedText {
        canvas.wrapLabel(g, canvas.theme.style(.label, color: canvas.theme.secondary, weight: .bold), width: canvas.box.width, maxLines: 1)
    }

    func metrics(_ canvas: Canvas) -> Result<Metrics, TooNarrow> {
        let theme = canvas.theme
        let box = canvas.box
        let pad = theme.unit * 1.5
        let cellStyle = theme.style(.label)
        let totalStyle = theme.style(.label, weight: .bold)
        let headerStyle = theme.style(.axis, weight: .bold)

        func style(for cell: Cell, row: Row) -> TextStyle { self.style(for: cell, row: row, theme: theme) }

        // Column widths: each value column as wide as its widest cell (cells never wrap) and its
        // header (headers may wrap over up to three lines). The label column takes the rest.
        let texts: [[String]] = rows.map { row in
            columns.indices.map { j in j < row.cells.count ? text(of: row.cells[j], row: row, column: columns[j], theme: theme) : "–" }
        }
        var cellWidth = [Double](repeating: 0, count: columns.count)
        var headerWidth = [Double](repeating: 0, count: columns.count)
        var headerWord = [Double](repeating: 0, count: columns.count)
        for (j, c) in columns.enumerated() {
            for (i, row) in rows.enumerated() {
                let cell = j < row.cells.count ? row.cells[j] : .value(.absent())
                cellWidth[j] = max(cellWidth[j], canvas.measure(texts[i][j], style(for: cell, row: row)).width)
            }
            headerWidth[j] = canvas.measure(c.title, headerStyle).width
            headerWord[j] = c.title.split(separator: " ").map { canvas.measure(String($0), headerStyle).width }.max() ?? 0
        }
        let minLabel = min(box.width * 0.3, 60)
        var natural = columns.indices.map { max(cellWidth[$0], headerWidth[$0]) }
        // A column group's label needs its columns to be at least as wide together.
        for g in columnGroups {
            let have = natural[g.first...g.last].reduce(0, +) + Double(g.last - g.first) * pad
            let need = canvas.measure(g.title, headerStyle).width
            if need > have { for j in g.first...g.last { natural[j] += (need - have) / Double(g.last - g.first + 1) } }
        }
        let minimal = columns.indices.map { max(cellWidth[$0], min(headerWord[$0], headerWidth[$0])) }
        let gaps = Double(columns.count) * pad
        var widths = natural
        if natural.reduce(0, +) + gaps > box.width - minLabel {
            let spare = box.width - minLabel - gaps - minimal.reduce(0, +)
            guard spare >= 0 else {
                return .failure(TooNarrow(message: "the \(columns.count) value columns need \(fmt(minimal.reduce(0, +) + gaps + minLabel)) pt of width, the box has \(fmt(box.width)) pt"))
            }
            let extra = zip(natural, minimal).map { $0 - $1 }
            let totalExtra = extra.reduce(0, +)
            widths = columns.indices.map { minimal[$0] + (totalExtra > 0 ? spare * extra[$0] / totalExtra : 0) }
        }
        // A label column much wider than its labels leaves a hole in the middle of the table: give
        // the slack to the value columns instead.
        let labelNatural = (rows.map { canvas.measure($0.label, $0.isTotal ? totalStyle : cellStyle).width }
            + [canvas.measure(labelHeader, headerStyle).width]).max() ?? 0
        let slack = box.width - widths.reduce(0, +) - gaps - max(labelNatural + 2 * pad, box.width * 0.3)
        if slack > 0, !widths.isEmpty { widths = widths.map { $0 + slack / Double(widths.count) } }
        let labelWidth = box.width - widths.reduce(0, +) - gaps
        // Logical x of each value column's start.
        var colX: [Double] = []
        var x = box.minX + labelWidth
        for w in widths { x += pad; colX.append(x); x += w }

        // Columns whose text cells are single words (yes, no, SOMA) align them like numbers.
        let wordColumn = columns.indices.map { j in
            rows.allSatisfy { row in
                guard j < row.cells.count, case .text(let t) = row.cells[j] else { return true }
                return !t.contains(" ")
            }
        }

        // Heights.
        let vpad = Self.vpad
        let header = columns.indices.map { canvas.wrapLabel(columns[$0].title, headerStyle, width: widths[$0], maxLines: 3) }
        let labelHead = canvas.wrapLabel(labelHeader, headerStyle, width: labelWidth, maxLines: 3)
        let headerHeight = labelHeader.isEmpty && columns.allSatisfy({ $0.title.isEmpty }) ? 0
            : max(labelHead.height, header.map(\.height).max() ?? 0) + 2 * vpad
        // Column groups: one line over their columns, with a short rule under each group's label.
        let groups = columnGroups
        let groupLines = groups.map { g in
            canvas.wrapLabel(g.title, headerStyle, width: colX[g.last] + widths[g.last] - colX[g.first], maxLines: 1)
        }
        let groupHeaderHeight = groups.isEmpty ? 0 : (groupLines.map(\.height).max() ?? 0) + vpad + 2
        let labels = rows.map { canvas.wrapLabel($0.label, $0.isTotal ? totalStyle : cellStyle, width: labelWidth, maxLines: 2) }
        let rowHeights = labels.map { max($0.height, cellStyle.lineAdvanceTL) + 2 * vpad }
        func groupHeight(_ g: String) -> Double { groupLabel(g, canvas).height + 2 * vpad + 1 }
        var needed = groupHeaderHeight + headerHeight + rowHeights.reduce(0, +)
        var previousGroup: String?
        for row in rows where row.group != nil && row.group != previousGroup {
            needed += groupHeight(row.group!); previousGroup = row.group
        }
        return .success(Metrics(texts: texts, widths: widths, labelWidth: labelWidth, colX: colX, wordColumn: wordColumn,
                                header: header, labelHead: labelHead, headerHeight: headerHeight, groups: groups,
                                groupLines: groupLines, groupHeaderHeight: groupHeaderHeight, labels: labels,
                                rowHeights: rowHeights, needed: needed))
    }

    /// Hangs from the top: as tall as its headers, group headings and rows, plus a little room under them.
    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        let generous = Double(rows.count + 2) * 34 + 16
        let canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: max(10, generous)), context: context, chartName: name)
        let measured = metrics(canvas)
        guard case .success(let m) = measured else { return ChartSize(height: generous, problems: measured.problems(name)) }
        let vpad = Self.vpad
        let rule = { (y: Double) in max(y, 0.25) + 0.25 }
        var y = 0.0, bottom: Double?
        if m.groupHeaderHeight > 0 {
            bottom = lowest(m.groupLines.compactMap { $0.bottom(top: y + vpad) }.max(), m.groups.isEmpty ? nil : rule(y + m.groupHeaderHeight - 1))
            y += m.groupHeaderHeight
        }
        if m.headerHeight > 0 {
            bottom = lowest(bottom, m.labelHead.bottom(top: y + vpad),
                            m.header.compactMap { $0.bottom(top: y + m.headerHeight - vpad - $0.height) }.max())
            y += m.headerHeight
            bottom = lowest(bottom, rule(y))
        }
        var previousGroup: String?
        for (i, row) in rows.enumerated() {
            if let g = row.group, g != previousGroup {
                bottom = lowest(bottom, groupLabel(g, canvas).bottom(top: y + vpad + 1))
                y += groupLabel(g, canvas).height + 2 * vpad + 1
            }
            previousGroup = row.group
            let h = m.rowHeights[i]
            bottom = lowest(bottom, m.labels[i].bottom(top: y + vpad))
            let firstBaseline = y + vpad + m.labels[i].firstBaseline
            for j in columns.indices {
                let cell = j < row.cells.count ? row.cells[j] : .value(.absent())
                let cellStyle = style(for: cell, row: row, theme: context.theme)
                var line = canvas.measure(m.texts[i][j], cellStyle)
                if case .text = cell, !m.wordColumn[j] { line = canvas.ellipsized(m.texts[i][j], cellStyle, width: m.widths[j]) }
                bottom = lowest(bottom, line.bottom(baseline: firstBaseline))
            }
            if i + 1 < rows.count, !row.isTotal || rows[i + 1].isTotal { bottom = lowest(bottom, rule(y + h)) }
            y += h
        }
        return ChartSize(height: Hanging.height(bottom: bottom, needed: m.needed, generous: generous))
    }
}
