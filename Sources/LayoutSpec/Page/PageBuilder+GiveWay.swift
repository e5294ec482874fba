import A4PScene

/// Copy-fitting on a sheet of two parts: page 1's fixed rows, then modules that flow (`fill-gaps`
/// after a soft `page-break`). Larger type makes the fixed rows run past page 1's body, so a sparse
/// sheet whose modules leave its last page mostly white could never grow (MINURSO: a third of page
/// 2 blank). Here the last fixed row's stacks give way instead: each keeps the children that fit, in
/// order, and the rest open the flowing modules, half a page wide, as a designer moves a story to
/// the next page rather than set it in smaller type. Only rows that would otherwise run over (an
/// overflow error) change: a sheet whose fixed rows fit is laid out as before.
extension PageBuilder {
    /// Shortens the stacks of the last row of `rows` until the rows fit `height`; returns the
    /// children taken out (spans set to half the grid), to set first among the flowing modules.
    /// Returns none, and changes nothing, when the rows fit or when a stack cannot be shortened
    /// enough (an earlier row runs over, or a block that is not a stack): that overflow stays an error.
    mutating func giveWay(_ rows: inout [FlowRow], height: Double, columns: Int) -> [BlockSpec] {
        guard let last = rows.last else { return [] }
        let top = rows.count > 1 ? self.height(of: Array(rows.dropLast())) + page.rowGap : 0
        guard top + last.height > height + 0.5 else { return [] }
        var row = last, moved: [BlockSpec] = []
        for i in row.items.indices {
            let item = row.items[i]
            func over(_ frame: BlockFrame) -> Bool { top + item.drop + frame.height > height + 0.5 }
            guard over(item.frame) else { continue }
            guard item.block.kind == StackKind.tag else { return [] }
            // Each child in order stays when it fits under those kept (a short one after a long one
            // that left may stay), else it goes; the first always stays.
            var kept = item.block, frame = BlockFrame.empty, rest: [BlockSpec] = []
            kept.children = []
            for child in item.block.children {
                var trial = kept
                trial.children.append(child)
                let laidOut = prepare(trial, width: item.width)
                if kept.children.isEmpty || !over(laidOut) { (kept, frame) = (trial, laidOut) } else { rest.append(child) }
            }
            guard !over(frame) else { return [] }
            row.items[i].block = kept
            row.items[i].frame = frame
            moved += Self.modules(rest, columns: columns)
        }
        rows[rows.count - 1] = row
        return moved
    }

    /// Children that leave a stack, as flowing modules half the grid wide.
    static func modules(_ children: [BlockSpec], columns: Int) -> [BlockSpec] {
        children.map { child in
            var module = child
            module.span = max(columns / 2, 1)
            return module
        }
    }
}
