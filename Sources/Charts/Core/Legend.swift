import A4PScene

/// A row (or rows) of colour swatches with names, used only where direct labels cannot do the job.
/// Items flow from the leading edge: left to right, or right to left on Arabic pages.
public struct Legend: Sendable {
    public var items: [(name: String, color: Color)]
    public init(items: [(name: String, color: Color)]) { self.items = items }

    /// Draws the legend at the top of `area` and returns the height it took.
    @discardableResult
    public func draw(on canvas: inout Canvas, in area: Rect) -> Double {
        let style = canvas.theme.style(.label)
        let swatch = style.size * 0.9, gap = canvas.theme.unit, itemGap = canvas.theme.unit * 3
        let lines = items.map { canvas.measure($0.name, style) }
        let rowHeight = max(style.size * 1.5, (lines.map { $0.ascent + $0.descent }.max() ?? 0) + 1)
        var x = area.minX, y = area.minY
        for (item, line) in zip(items, lines) {
            let width = swatch + gap + line.width
            if x > area.minX && x + width > area.maxX {
                x = area.minX
                y += rowHeight
            }
            let swatchRect = Rect(x: x, y: y + (rowHeight - swatch) / 2, width: swatch, height: swatch)
            let textX = x + swatch + gap
            canvas.add(.shape(Shape(path: .rect(mirror(swatchRect, in: area, rtl: canvas.theme.isRightToLeft)),
                                    fill: item.color)), what: "legend swatch")
            let anchorX = canvas.theme.isRightToLeft ? area.maxX - (textX - area.minX) : textX
            canvas.place(line, at: Point(anchorX, y + rowHeight / 2), h: canvas.mirrored(.start), v: .middle,
                         what: "legend entry '\(item.name)'")
            x += width + itemGap
        }
        return y + rowHeight - area.minY
    }

    private func mirror(_ r: Rect, in area: Rect, rtl: Bool) -> Rect {
        rtl ? Rect(x: area.maxX - (r.maxX - area.minX), y: r.y, width: r.width, height: r.height) : r
    }
}
