import A4PScene

/// The second half of giving way (see `giveWay`): Chinese and Arabic set tighter, so page 1's fixed
/// rows of a sparse sheet never run over, nothing gives way, and its last page stays a third white
/// (MINURSO, UNDOF). Copy-fitting then asks page 1 to yield the ends of its stacks though they fit:
/// the last child of the tallest stack, one at a time, opens the flowing modules, as a designer
/// moves the last story of a long column to the next page so both pages can take larger type.
/// `SpecRenderer.copyFit` keeps such a layout only when it lowers the sheet's largest blank band
/// and keeps its page count, so a sheet that fills its pages is laid out as before.
extension PageBuilder {
    /// Takes `count` children off the ends of the stacks of the last row of `rows`, each from the
    /// stack that reaches lowest then (a stack keeps its first child); returns them spanned half the
    /// grid, in reading order (stack by stack, each in its own order), to set first among the
    /// flowing modules. Fewer when the stacks run out of children to give; none for `count` 0.
    mutating func yieldEnds(_ rows: inout [FlowRow], count: Int, columns: Int) -> [BlockSpec] {
        guard count > 0, var row = rows.last else { return [] }
        var moved: [(item: Int, order: Int, block: BlockSpec)] = []
        for _ in 0..<count {
            let stacks = row.items.indices.filter { row.items[$0].block.kind == StackKind.tag && row.items[$0].block.children.count > 1 }
            func foot(_ i: Int) -> Double { row.items[i].drop + row.items[i].frame.height }
            // The lowest foot; on a tie the first stack, so the choice never depends on the sort.
            guard let i = stacks.min(by: { foot($0) > foot($1) + 1e-9 }) else { break }
            var block = row.items[i].block
            var child = block.children.removeLast()
            child.span = max(columns / 2, 1)
            moved.append((i, block.children.count, child))
            row.items[i].block = block
            row.items[i].frame = prepare(block, width: row.items[i].width)
        }
        rows[rows.count - 1] = row
        return moved.sorted { ($0.item, $0.order) < ($1.item, $1.order) }.map(\.block)
    }
}
