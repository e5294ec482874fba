import A4PScene
import A4PText
import Foundation

/// A data table as the reports print it: a header row, rows of cells, numeric cells with a trend
/// computed from the previous value ("7 (↑ from 6)", "9% (↓ from 12%)"), thin rules, optional row
/// groups, column groups under a spanning header ("Cycle 4 | Cycle 5 | Cycle 6" over levels) and an
/// emphasised total row. Each row may carry its own number format, so counts and percentages can
/// share a table. Long first-column labels wrap to two lines, then end with "…". Absent values
/// follow the UN statistical tables' symbols: "–" none (nil), ".." not reported, "n/a" not
/// applicable; `symbolKey` says which the table uses, for a line under it.
///
/// Right to left: the column order mirrors (the label column is on the right) and every column's
/// alignment mirrors with it, so numbers are end-aligned in reading direction (on the column's left
/// edge). Numbers themselves are shaped left to right.
public struct TrendTable: Chart {
    public struct Column: Sendable {
        public var title: String
        public var format: ValueFormat
        /// Neighbouring columns with the same group share one header above their own.
        public var group: String?
        public init(_ title: String, format: ValueFormat = .number(), group: String? = nil) {
            self.title = title; self.format = format; self.group = group
        }
    }

    public enum Cell: Sendable {
        /// A value, "–" when absent.
        case value(ChartValue)
        /// A value with its trend against the previous period: "7 (↑ from 6)".
        case trend(ChartValue, previous: ChartValue)
        /// Free text, start-aligned (end-aligned like numbers when every text of its column is one word).
        case text(String)
    }

    public struct Row: Sendable {
        public var label: String
        public var cells: [Cell]
        /// Rows with the same group, one after another, get a group heading above them.
        public var group: String?
        /// A total row: bold, with a darker rule above it.
        public var isTotal: Bool
        /// The row's number format, in place of the columns' (a row of percentages among counts).
        public var format: ValueFormat?
        public init(_ label: String, _ cells: [Cell], group: String? = nil, isTotal: Bool = false, format: ValueFormat? = nil) {
            self.label = label; self.cells = cells; self.group = group; self.isTotal = isTotal; self.format = format
        }
    }

    public var name: String
    public var labelHeader: String
    public var columns: [Column]
    public var rows: [Row]

    public init(name: String? = nil, labelHeader: String = "", columns: [Column], rows: [Row]) {
        self.name = name ?? "trend table '\(labelHeader.isEmpty ? (columns.first?.title ?? "") : labelHeader)'"
        self.labelHeader = labelHeader; self.columns = columns; self.rows = rows
    }

    /// The symbol of an absent cell: "–" none, ".." not reported, "n/a" not applicable (in the
    /// language's own abbreviation: "s.o." in French).
    public static func symbol(_ state: Absence, language: String) -> String {
        switch state {
        case .none: "–"
        case .notReported: ".."
        case .notApplicable: Words.notApplicableSymbol(language)
        }
    }

    public func footnote(language: String) -> String? { symbolKey(language: language) }

    /// "– none · .. not reported": the absent symbols this table prints, nil when it prints none.
    public func symbolKey(language: String) -> String? {
        var used = Set<Absence>()
        for row in rows {
            for cell in row.cells {
                switch cell {
                case .value(let v), .trend(let v, _): if let a = v.absence { used.insert(a) }
                case .text: break
                }
            }
        }
        let keyed = [Absence.none, .notReported, .notApplicable].filter(used.contains)
        guard !keyed.isEmpty else { return nil }
        return keyed.map { "\(Self.symbol($0, language: language)) \(Words.absent($0, language))" }.joined(separator: " · ")
    }

    /// The text of one cell in the theme's locale.
    public func text(of cell: Cell, row: Row, column: Column, theme: Theme) -> String {
        let format = row.format ?? column.format
        let symbol = { (state: Absence) in Self.symbol(state, language: theme.language) }
        switch cell {
        case .value(let v): return v.absence.map(symbol) ?? format.string(v, locale: theme.numberLocale)
        case .trend(let v, let previous):
            return v.absence.map(symbol) ?? Trend(current: v, previous: previous).text(format: format, theme: theme)
        case .text(let s): return s
        }
    }

    /// Runs of neighbouring columns with the same group: (group, first column, last column).
    var columnGroups: [(title: String, first: Int, last: Int)] {
        var runs: [(title: String, first: Int, last: Int)] = []
        for (j, c) in columns.enumerated() {
            guard let g = c.group else { continue }
            if let last = runs.last, last.title == g, last.last == j - 1 { runs[runs.count - 1].last = j } else { runs.append((g, j, j)) }
        }
        return runs
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: name)
        let theme = context.theme
        guard let m = metrics(canvas).orReport(on: &canvas) else { return canvas.finish(altText: altText(theme)) }
        func style(for cell: Cell, row: Row) -> TextStyle { self.style(for: cell, row: row, theme: theme) }
        let vpad = Self.vpad
        let (texts, widths, colX, wordColumn, header, labelHead, headerHeight) = (m.texts, m.widths, m.colX, m.wordColumn, m.header, m.labelHead, m.headerHeight)
        let (groups, groupLines, groupHeaderHeight, labels, rowHeights, needed) = (m.groups, m.groupLines, m.groupHeaderHeight, m.labels, m.rowHeights, m.needed)
        func groupHeight(_ g: String) -> Double { groupLabel(g, canvas).height + 2 * vpad + 1 }
        var previousGroup: String?
        guard needed <= box.height + 0.05 else {
            canvas.reportNeededHeight(needed, "the header and \(rows.count) rows")
            return canvas.finish(altText: altText(theme))
        }

        // Header, end-aligned over value columns, with a rule under it.
        // Tagged as a table: a row (TR) of header cells (TH) per header line, then per row its label
        // (TH) and cells (TD); `mark`s count the marks drawn before each element.
        var y = box.minY
        if groupHeaderHeight > 0 {
            let row = canvas.nodes.count
            for (k, g) in groups.enumerated() {
                let from = colX[g.first], to = colX[g.last] + widths[g.last]
                let cell = canvas.nodes.count
                canvas.placeWrapped(groupLines[k], logicalX: (from + to) / 2, top: y + vpad, h: .middle, what: "column group '\(g.title)'")
                canvas.rule(at: y + groupHeaderHeight - 1, from: from, to: to, theme.grid)
                canvas.tag(.headerCell, since: cell)
            }
            canvas.tag(.tableRow, since: row)
            y += groupHeaderHeight
        }
        if headerHeight > 0 {
            let row = canvas.nodes.count
            canvas.placeWrapped(labelHead, logicalX: box.minX, top: y + vpad, what: "header '\(labelHeader)'")
            canvas.tag(.headerCell, since: row)
            for j in columns.indices {
                let cell = canvas.nodes.count
                canvas.placeWrapped(header[j], logicalX: colX[j] + widths[j], top: y + headerHeight - vpad - header[j].height,
                                    h: .end, what: "header '\(columns[j].title)'")
                canvas.tag(.headerCell, since: cell)
            }
            y += headerHeight
            canvas.rule(at: y, theme.secondary)
            canvas.tag(.tableRow, since: row)
        }

        previousGroup = nil
        for (i, row) in rows.enumerated() {
            if let g = row.group, g != previousGroup {
                let mark = canvas.nodes.count
                canvas.placeWrapped(groupLabel(g, canvas), logicalX: box.minX,
                                    top: y + vpad + 1, what: "group '\(g)'")
                canvas.tag(.headerCell, since: mark)
                canvas.tag(.tableRow, since: mark)
                y += groupHeight(g)
            }
            previousGroup = row.group
            let h = rowHeights[i]
            let rowMark = canvas.nodes.count
            canvas.placeWrapped(labels[i], logicalX: box.minX, top: y + vpad, what: "row label '\(row.label)'")
            canvas.tag(.headerCell, since: rowMark)
            let firstBaseline = y + vpad + labels[i].firstBaseline
            for j in columns.indices {
                let cell = j < row.cells.count ? row.cells[j] : .value(.absent())
                let line = canvas.measure(texts[i][j], style(for: cell, row: row))
                let cellMark = canvas.nodes.count
                defer { canvas.tag(.cell, since: cellMark) }
                if case .text = cell, !wordColumn[j] {
                    canvas.placeLogical(canvas.ellipsized(texts[i][j], style(for: cell, row: row), width: widths[j]),
                                        logicalX: colX[j], baseline: firstBaseline, what: "cell '\(texts[i][j])'")
                } else {
                    canvas.placeLogical(line, logicalX: colX[j] + widths[j], baseline: firstBaseline, h: .end,
                                        what: "cell '\(texts[i][j])'")
                }
            }
            let next = i + 1 < rows.count ? rows[i + 1] : nil
            if row.isTotal || next?.isTotal == true {
                // A total row stands apart with a darker rule above it.
                if next?.isTotal == true { canvas.rule(at: y + h, theme.secondary) }
            } else if next != nil {
                canvas.rule(at: y + h, theme.grid)
            }
            canvas.tag(.tableRow, since: rowMark)
            y += h
        }
        var table = canvas.finish(altText: altText(theme))
        table.role = .table
        return table
    }

    func altText(_ theme: Theme) -> String {
        let head = ([labelHeader] + columns.map(\.title)).filter { !$0.isEmpty }.joined(separator: ", ")
        let body = rows.map { row in
            row.label + ": " + columns.indices.map { j in
                j < row.cells.count ? text(of: row.cells[j], row: row, column: columns[j], theme: theme) : "–"
            }.joined(separator: ", ")
        }.joined(separator: "; ")
        return Words.chart("alt-table", theme.language) + " (\(head)). \(body)"
    }
}
