/// A slide's row of tinted text cards prints a source line its neighbouring cards share once, under
/// them, as a row of tiles does: the Russian UNMIK slide, whose title takes two lines, lost its
/// Mandate card to two copies of one three-line source line (issue 14).
extension PageBuilder {
    /// On a slide, a row made only of highlight cards is aligned (their feet start on one line, under
    /// the tallest card) when two neighbours cite the same source, and that line is set once across
    /// them. Cards with a source of their own keep it; rows on paper are left as they are.
    mutating func shareCardSources(_ row: inout FlowRow) {
        guard page.isSlide, !row.aligned, row.items.count > 1,
              row.items.allSatisfy({ $0.block.kind == TextKind.tag && $0.block.string("style") == "highlight" }) else { return }
        let sources = row.items.map(\.frame.source?.text)
        guard zip(sources, sources.dropFirst()).contains(where: { $0 != nil && $0 == $1 }) else { return }
        for i in row.items.indices { row.items[i].drop = 0 }
        row.aligned = true
        shareSource(&row)
    }
}
