/// A page's column grid across a width: `columns` equal columns with `gutter` between them. The
/// flow, a card row laid out again in equal spans, and a slide row divided evenly all size blocks
/// by it, so a span is the same width whichever places it.
struct ColumnGrid {
    let columns: Int
    let gutter: Double
    /// One column's width.
    let column: Double

    init(width: Double, columns: Int, gutter: Double) {
        self.columns = columns
        self.gutter = gutter
        column = (width - Double(columns - 1) * gutter) / Double(columns)
    }

    /// The width of `span` columns and the gutters between them.
    func width(_ span: Int) -> Double { Double(span) * column + Double(span - 1) * gutter }

    /// Where column `start` (from 0) begins, from the grid's left edge.
    func x(_ start: Int) -> Double { Double(start) * (column + gutter) }
}
