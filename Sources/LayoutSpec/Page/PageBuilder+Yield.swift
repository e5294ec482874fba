import A4PScene

/// The second half of giving way (see `giveWay`): Chinese and Arabic set tighter, so page 1's fixed
/// rows of a sparse sheet never run over, nothing gives way, and its last page stays a third white
/// (MINURSO, UNDOF). Copy-fitting then asks page 1's stacks to yield their ends though they fit:
/// their last children open the flowing modules, as a designer moves the last story of a column to
/// the next page so both pages can take larger type. `SpecRenderer.yieldFit` keeps such a layout
/// only when it lowers the sheet's largest blank band and keeps its page count, so a sheet whose
/// pages are full is laid out as before.
extension PageBuilder {
    /// Takes `counts[k]` children off the end of the k-th stack (of more than one child) of the last
    /// row of `rows`; a stack keeps its first child. Returns them spanned half the grid, in reading
    /// order (stack by stack, each in its own order), to set first among the flowing modules, and
    /// records in `yielded` how many each stack gave (fewer than asked when it ran short).
    mutating func yieldEnds(_ rows: inout [FlowRow], counts: [Int], columns: Int) -> [BlockSpec] {
        yielded = []
        guard counts.contains(where: { $0 > 0 }), var row = rows.last else { return [] }
        let stacks = row.items.indices.filter { row.items[$0].block.kind == StackKind.tag && row.items[$0].block.children.count > 1 }
        var moved: [BlockSpec] = []
        for (k, i) in stacks.enumerated() {
            var block = row.items[i].block
            let n = min(k < counts.count ? counts[k] : 0, block.children.count - 1)
            yielded.append(n)
            guard n > 0 else { continue }
            moved += Self.modules(Array(block.children.suffix(n)), columns: columns)
            block.children.removeLast(n)
            row.items[i].block = block
            row.items[i].frame = prepare(block, width: row.items[i].width)
        }
        rows[rows.count - 1] = row
        return moved
    }
}
