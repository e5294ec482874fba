import A4PIndicators
import A4PScene

/// A slide's card fills its column (issue 14): beside a taller block of its row (the checklist, a
/// chart), a highlight card's tinted box grows down to the row's foot, its source line with it, so
/// the column is not white under a short card (UNMIK's highlights beside the checklist, P4's box
/// beside its chart) and two cards side by side end level (MINUSMA's). A stack whose last child is
/// such a card grows that card (P7's two boxes beside the bars). On a paper page only the cards of a
/// `row` block of cards (`cardsOnPaper`) end level: MINURSO's two highlights in Arabic, Russian and
/// Chinese ended at different heights (review 7); a card beside another block stays as tall as its
/// words, and its white is for the column balancing to fill.
extension PageBuilder {
    /// Grows the row's short cards to the row's height (in a row of cards only, their boxes to the
    /// tallest box); the row's height and its other blocks stay as they are.
    mutating func fillCardColumns(_ row: inout FlowRow, cardsOnPaper: Bool = false) {
        guard row.items.count > 1 else { return }
        let cards = row.items.allSatisfy { $0.block.kind == TextKind.tag && $0.block.string("style") == "highlight" }
        guard page.isSlide || (cardsOnPaper && cards), !row.aligned || cards else { return }
        // Cards side by side end their boxes level (their source lines start on one line); a card
        // beside a chart or table ends, source line and all, at the row's foot.
        let bottom = cards ? row.footTop : row.height
        for i in row.items.indices {
            let item = row.items[i]
            let spare = bottom - item.drop - (cards ? item.frame.bodyHeight : item.frame.height)
            guard spare > 0.5, let card = growingCard(item.block) else { continue }
            // Laid out again with the card taller: nothing it says is new (its figures are shown,
            // its messages logged, a stacked tile's asset kept), and a layout that says anything
            // new, or does not come out exactly as tall as the row, is not taken.
            let (savedLog, savedAssets) = (log, assets.count)
            cardStretch[card] = spare
            let frame = prepare(item.block, width: item.width)
            cardStretch[card] = nil
            let quiet = log.diagnostics.count == savedLog.diagnostics.count
            assets.removeSubrange(savedAssets...)
            log = savedLog
            if quiet, abs(frame.height - item.frame.height - spare) < 0.01 { row.items[i].frame = frame }
        }
    }

    /// The card that grows when `block` does: a highlight card the spec gives no height (nor a
    /// message over it), or the last shown child of a stack, if that is one.
    mutating func growingCard(_ block: BlockSpec) -> SourcePosition? {
        if block.kind == TextKind.tag, block.string("style") == "highlight", block.height == nil, block.message == nil { return block.position }
        guard block.kind == StackKind.tag, block.height == nil, let last = block.children.last(where: { !isHidden($0) }) else { return nil }
        return growingCard(last)
    }
}
