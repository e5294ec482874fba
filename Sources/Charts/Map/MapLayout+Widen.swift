import A4PText

extension MapLayout {
    /// Call-outs set in fewer lines than their text needs at `style`'s width (cut short with "…").
    func cutCallouts(_ style: BoxStyle, engine: TextEngine) -> Int {
        boxes.filter { box in
            guard let text = box.text else { return false }
            return engine.paragraph(text, style: style.text, width: style.textWidth).lines.count > box.lines
        }.count
    }

    /// The layout at the column width `style` gives, or, when that cuts call-outs short, at the
    /// narrowest wider column (8 pt steps, up to `widest`) that cuts none, else the one that cuts
    /// fewest: a projected slide's French, Spanish and Russian call-outs keep their last words
    /// (issue 14) and a map whose call-outs fit keeps its quarter-width columns.
    static func widening(style: BoxStyle, widest: Double, engine: TextEngine, make: (BoxStyle) -> MapLayout) -> (MapLayout, BoxStyle) {
        var best = (layout: make(style), style: style)
        var cuts = best.layout.cutCallouts(style, engine: engine)
        var width = style.columnWidth + 8
        while cuts > 0, width <= widest {
            let wider = style.column(width)
            let layout = make(wider)
            let n = layout.cutCallouts(wider, engine: engine)
            if n < cuts { best = (layout, wider); cuts = n }
            width += 8
        }
        return best
    }
}
