import A4PScene
import A4PText

/// A legend, used only where direct labels cannot do the job: (mark, label) items flowing in rows
/// from the leading edge (left to right, or right to left on Arabic pages), wrapping where the
/// width ends. The kind draws each mark into its rectangle (a check, impact bars, rating dots);
/// `swatches` makes the colour-swatch legend of series.
public struct Legend {
    struct Item {
        var markWidth: Double
        var label: String
        var draw: (inout Canvas, Rect) -> Void
    }
    /// Spacing and labels: the table-like kinds use the defaults, colour swatches their own.
    struct Metrics {
        var markGap = 4.0
        var itemGap = 12.0
        /// nil: the style's line advance, at least 10 pt.
        var rowHeight: Double?
        /// Labels wider than the legend end with "…"; false: as measured.
        var ellipsize = true
        /// Names a label in problem reports ("legend 'Yes'").
        var what = "legend"
    }
    struct Placed { var item: Item; var line: TextLine; var x: Double; var row: Int }

    var placed: [Placed] = []
    var rowHeight: Double
    var rows: Int
    let metrics: Metrics

    init(_ items: [Item], style: TextStyle, width: Double, canvas: Canvas, metrics: Metrics = Metrics()) {
        self.metrics = metrics
        rowHeight = metrics.rowHeight ?? max(style.lineAdvanceTL, 10)
        let lines = items.map { item in
            metrics.ellipsize
                ? canvas.ellipsized(item.label, style, width: max(10, width - item.markWidth - metrics.markGap))
                : canvas.measure(item.label, style)
        }
        let widths = zip(items, lines).map { $0.markWidth + metrics.markGap + $1.width }
        func flow(_ limit: Double) -> [Int] {
            var x = 0.0, row = 0, rows: [Int] = []
            for w in widths {
                if x > 0 && x + w > limit { x = 0; row += 1 }
                rows.append(row)
                x += w + metrics.itemGap
            }
            return rows
        }
        // Rows as even as their count allows: the narrowest width that needs no more rows than the
        // full one (so a last item does not sit alone on a row of its own).
        var byRow = flow(width)
        let count = (byRow.last ?? -1) + 1
        if count > 1 {
            var (lo, hi) = (widths.max() ?? 0, width)
            for _ in 0..<24 where hi - lo > 0.5 {
                let mid = (lo + hi) / 2
                if (flow(mid).last ?? 0) + 1 <= count { hi = mid } else { lo = mid }
            }
            byRow = flow(hi)
        }
        var x = 0.0, row = 0
        for (i, item) in items.enumerated() {
            if byRow[i] != row { x = 0; row = byRow[i] }
            placed.append(Placed(item: item, line: lines[i], x: x, row: row))
            x += widths[i] + metrics.itemGap
        }
        rows = items.isEmpty ? 0 : count
    }

    var height: Double { Double(rows) * rowHeight }

    /// Draws the rows from `top`, across the canvas's box.
    func draw(on canvas: inout Canvas, top: Double) {
        for p in placed {
            let y = top + Double(p.row) * rowHeight
            let markRect = canvas.logicalRect(canvas.box.minX + p.x, y, p.item.markWidth, rowHeight)
            p.item.draw(&canvas, markRect)
            let mid = y + rowHeight / 2
            canvas.placeLogical(p.line, logicalX: canvas.box.minX + p.x + p.item.markWidth + metrics.markGap,
                                baseline: mid + (p.line.ascent - p.line.descent) / 2, what: "\(metrics.what) '\(p.item.label)'")
        }
    }

    /// A legend of colour swatches with names (the series of a chart), drawn at the top of the
    /// canvas's box; returns the height it took (one row at least).
    @discardableResult
    public static func swatches(_ items: [(name: String, color: Color)], on canvas: inout Canvas) -> Double {
        let style = canvas.theme.style(.label)
        let swatch = style.size * 0.9, unit = canvas.theme.unit
        let heights = items.map { item -> Double in let line = canvas.measure(item.name, style); return line.ascent + line.descent }
        let rowHeight = max(style.size * 1.5, (heights.max() ?? 0) + 1)
        let entries = items.map { item in
            Item(markWidth: swatch, label: item.name) { c, rect in
                let square = Rect(x: rect.x, y: rect.y + (rect.height - swatch) / 2, width: swatch, height: swatch)
                c.add(.shape(Shape(path: .rect(square), fill: item.color)), what: "legend swatch")
            }
        }
        let legend = Legend(entries, style: style, width: canvas.box.width, canvas: canvas,
                            metrics: Metrics(markGap: unit, itemGap: unit * 3, rowHeight: rowHeight, ellipsize: false, what: "legend entry"))
        let top = canvas.box.minY
        legend.draw(on: &canvas, top: top)
        return top + Double(max(legend.rows - 1, 0)) * rowHeight + rowHeight - top
    }
}
