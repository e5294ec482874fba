import A4PScene
import A4PText

/// Where every piece of a figure list goes at one width: measured once, used by `size` (the height)
/// and `render` (the pieces, drawn through the canvas so each is checked against the box).
struct FigureColumnsLayout {
    /// One drawn thing, positioned from the chart box's top left.
    enum Piece {
        case paragraph(String, TextStyle, Rect)
        case value(TextLine, baseline: Point)
        case rule(Point, Point, Color)

        func moved(_ dx: Double, _ dy: Double) -> Piece {
            switch self {
            case .paragraph(let s, let style, let r): .paragraph(s, style, Rect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height))
            case .value(let line, let p): .value(line, baseline: Point(p.x + dx, p.y + dy))
            case .rule(let a, let b, let c): .rule(Point(a.x + dx, a.y + dy), Point(b.x + dx, b.y + dy), c)
            }
        }

        func draw(on canvas: inout Canvas, at origin: Point) {
            switch moved(origin.x, origin.y) {
            case .paragraph(let s, let style, let r): canvas.paragraph(s, style, in: r)
            case .value(let line, let p): canvas.place(line, at: p)
            case .rule(let a, let b, let c): canvas.line(a, b, c)
            }
        }
    }

    private(set) var pieces: [Piece] = []
    private(set) var height = 0.0
    /// The label column's width, for the problem report when the columns are too narrow for it.
    private let labelWidth: Double

    /// A stretch of the list drawn at its own origin: a heading, an entry's title or one figure.
    /// `keep` binds it to the next; `entry` numbers an indicator's lines; `resume` is the entry's
    /// title repeated atop a column that breaks inside it.
    private struct Item {
        var pieces: [Piece]
        var height: Double
        var keep: Bool
        var entry: Int
        var resume: (pieces: [Piece], height: Double)?
    }

    init(_ chart: FigureColumns, width: Double, context: ChartContext) {
        let t = context.theme, engine = context.engine, rtl = t.isRightToLeft
        let columns = chart.columns
        let columnWidth = (width - chart.gap * Double(columns - 1)) / Double(columns)
        let rowStyle = t.style(.axis).with(color: t.ink), valueStyle = t.style(.value).with(size: t.sizes.axis)
        let periodStyle = t.style(.axis), headingStyle = t.style(.title).with(size: 8.5)
        let lines = chart.sections.flatMap(\.entries).flatMap(\.lines)

        // The period column is as wide as its widest label, up to a quarter of the column (then it wraps).
        let periods = lines.compactMap(\.period)
        let periodWidth = periods.isEmpty ? 0 : min(columnWidth * 0.25, periods.map { engine.width(of: $0, style: periodStyle) }.max() ?? 30)
        let valueWidth = max(40, lines.map { engine.width(of: $0.value.text(t), style: valueStyle) }.max() ?? 0)
        let labelWidth = columnWidth - valueWidth - (periodWidth > 0 ? periodWidth + 10 : 5)
        self.labelWidth = labelWidth
        // A hairline across the column, inset by half its stroke so it stays inside the box.
        let rule = { (y: Double) in Piece.rule(Point(0.25, y), Point(columnWidth - 0.25, y), t.grid) }
        func text(_ s: String, _ style: TextStyle, y: Double) -> (Piece, Double) {
            let block = engine.paragraph(s, style: style, width: columnWidth)
            return (.paragraph(s, style, Rect(x: 0, y: y, width: columnWidth, height: block.height)), block.height)
        }

        var items: [Item] = []
        var entryNumber = 0
        if let lead = chart.lead {
            let (piece, h) = text(lead, rowStyle, y: 1)
            items.append(Item(pieces: [piece, rule(h + 3)], height: h + 4, keep: false, entry: -1))
        }
        for section in chart.sections {
            if let heading = section.heading {
                let (piece, h) = text(heading, headingStyle, y: 2)
                items.append(Item(pieces: [piece], height: h + 3, keep: true, entry: -1))
            }
            for entry in section.entries {
                entryNumber += 1
                let titled = entry.title != nil
                let indent = titled ? 8.0 : 0
                var resume: (pieces: [Piece], height: Double)?
                if let title = entry.title {
                    let (piece, h) = text(title, rowStyle, y: 1)
                    items.append(Item(pieces: [piece], height: h + 1, keep: true, entry: entryNumber))
                    let (again, againHeight) = text(entry.continued ?? title, rowStyle, y: 1)
                    resume = ([again], againHeight + 1)
                }
                for (k, line) in entry.lines.enumerated() {
                    var drawn: [Piece] = []
                    let y = titled ? 0.0 : 1
                    let labelStyle = rowStyle.with(color: titled ? t.secondary : t.ink)
                    let label = engine.paragraph(line.label, style: labelStyle, width: labelWidth - indent)
                    let value = engine.line(line.value.text(t), style: valueStyle)
                    var h = line.label.isEmpty ? value.ascent + value.descent : label.height
                    let first = line.label.isEmpty ? value.ascent : label.firstBaseline
                    if !line.label.isEmpty {
                        drawn.append(.paragraph(line.label, labelStyle,
                                                Rect(x: rtl ? columnWidth - labelWidth : indent, y: y, width: labelWidth - indent, height: label.height)))
                    }
                    if let period = line.period, periodWidth > 0 {
                        let p = engine.paragraph(period, style: periodStyle, width: periodWidth)
                        drawn.append(.paragraph(period, periodStyle, Rect(x: rtl ? valueWidth + 5 : labelWidth + 5, y: y + first - p.firstBaseline,
                                                                          width: periodWidth, height: p.height)))
                        h = max(h, p.height)
                    }
                    drawn.append(.value(value, baseline: Point(rtl ? valueWidth - value.width : columnWidth - value.width, y + first)))
                    h += y + 1
                    let last = k == entry.lines.count - 1
                    if last {
                        drawn.append(rule(h + 1))
                        h += 2
                    }
                    // An untitled entry's lines each say everything themselves: they may fill the next column.
                    items.append(Item(pieces: drawn, height: h, keep: titled && !last, entry: entryNumber, resume: k > 0 ? resume : nil))
                }
            }
        }
        place(items, columns: columns, columnWidth: columnWidth, gap: chart.gap, rtl: rtl)
    }

    /// Fills the columns in order, each up to an even share. An indicator's lines stay together
    /// unless the entry alone is longer than half a column's share (and 60 pt) and has more than
    /// three figures; then it may break
    /// between lines, its title repeated atop the next column.
    private mutating func place(_ items: [Item], columns: Int, columnWidth: Double, gap: Double, rtl: Bool) {
        var items = items
        let total = items.reduce(0) { $0 + $1.height }
        var entryHeight: [Int: Double] = [:], entryLines: [Int: Int] = [:]
        for item in items where item.entry >= 0 {
            entryHeight[item.entry, default: 0] += item.height
            entryLines[item.entry, default: 0] += 1
        }
        let long = max(total / Double(columns) / 2, 60)
        // An entry of a title and up to three figures never breaks: "(cont.)" over one line reads worse than a short column.
        for i in items.indices where items[i].entry >= 0 && (entryHeight[items[i].entry] ?? 0) > long && (entryLines[items[i].entry] ?? 0) > 4
            && items[i].keep && i + 1 < items.count && items[i + 1].resume != nil {
            items[i].keep = false
        }
        // Chunks: a line with the lines bound to it.
        var chunks: [[Item]] = [[]]
        for item in items {
            chunks[chunks.count - 1].append(item)
            if !item.keep { chunks.append([]) }
        }
        var y = 0.0, column = 0, tallest = 0.0
        for chunk in chunks where !chunk.isEmpty {
            let h = chunk.reduce(0) { $0 + $1.height }
            if column < columns - 1 && y > 0 && y + h > total / Double(columns) + h / 2 {
                tallest = max(tallest, y)
                column += 1
                y = 0
            }
            let x = Double(rtl ? columns - 1 - column : column) * (columnWidth + gap)
            if y == 0, let resume = chunk.first?.resume {
                pieces += resume.pieces.map { $0.moved(x, y) }
                y += resume.height
            }
            for item in chunk {
                pieces += item.pieces.map { $0.moved(x, y) }
                y += item.height
            }
        }
        height = max(tallest, y)
    }

    /// What cannot fit at this width at any height: a label column too narrow for a word.
    func problems(chart: String) -> [LayoutProblem] {
        labelWidth < 24 ? [LayoutProblem(chart: chart, message: "the columns leave \(Int(labelWidth)) pt for labels; use fewer columns or a wider block")] : []
    }
}
