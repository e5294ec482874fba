import A4PScene

/// Column balancing (issue 14), the page builder's half: the levers `SpecRenderer.balanceFit` tries
/// on a sheet with one column empty over a fifth of the page (a stack move and module flips here; the
/// third, page 1's stacks yielding their ends, is `yieldEnds`). The spec fixes which module
/// opens which stack, and the flowing modules go under the shorter column in their order; both are
/// good first guesses that leave one column short when a module is much taller in one language or
/// mission than in another (UNMOGIP's page 1: the checklist and mental health on the left, a
/// one-line hospitals table on the right, a third of the page white under it). A designer moves
/// the last story of the long column to the foot of the short one; these levers do that, and the
/// renderer keeps a move only when the page's largest column void goes down.
struct ColumnBalance: Hashable, Sendable {
    /// Page 1's row of stacks: the stack (0 = the first) whose last `count` shown children move to
    /// the end of the other stack; 0 moves none.
    var from = 0, count = 0
    /// The half-width module placements (counted over the output, in order) set under the longer
    /// column instead of the shorter, where they fit there.
    var flips: Set<Int> = []
    /// Children page 1's stacks yield to the flowing modules (`PageBuilder.yielding`) in place of
    /// the layout's own: a sparse last page takes a story from page 1 (nil keeps the layout's).
    var yielding: [Int]?
    /// A chunk of modules that `spread-rows` moves to the next page is packed again with that
    /// page's own (`joinModules`) instead of set as a row over it.
    var join = false
    /// The modules of each page's last chunk are spread down their columns (`featherColumns`).
    var feather = false
    /// Modules set across both columns that are little taller in one (`narrowModules`) take one.
    var narrow = false

    /// The flowing module (counted among those shown, in the spec's order) set at the foot of page
    /// 1's shorter stack instead (`pullModule`); nil pulls none.
    var pull: Int?

    /// No move: the spec's layout.
    static let none = ColumnBalance()

    /// This move with `lever`'s too: its stack move in place of this one's, its flips added.
    func joined(_ lever: ColumnBalance) -> ColumnBalance {
        var out = self
        if lever.count > 0 { (out.from, out.count) = (lever.from, lever.count) }
        out.flips.formUnion(lever.flips)
        out.yielding = lever.yielding ?? out.yielding
        out.join = out.join || lever.join
        out.feather = out.feather || lever.feather
        out.narrow = out.narrow || lever.narrow
        out.pull = lever.pull ?? out.pull
        return out
    }
}

extension PageBuilder {
    /// How much taller at half the width a module spanning both columns may get to be set in one
    /// column on every sheet, balanced or not: a list of one figure whose source line wraps once.
    static let quietNarrowing = 1.25

    /// Moves the last `balance.count` shown children of one stack of the last row of `rows` that
    /// holds two stacks to the end of the other, each keeping its first shown child, and lays both
    /// out again at their widths. Records in `balancedCount` how many moved (fewer than asked when
    /// the stack runs short; 0 when the row has no two stacks). Whole children move, each with its
    /// heading and source line, and after the other stack's own: the page reads column by column.
    mutating func moveStackEnds(_ rows: inout [FlowRow]) {
        balancedCount = 0
        guard balance.count > 0,
              let r = rows.lastIndex(where: { $0.items.filter { $0.block.kind == StackKind.tag }.count >= 2 }) else { return }
        var row = rows[r]
        let stacks = Array(row.items.indices.filter { row.items[$0].block.kind == StackKind.tag }.prefix(2))
        let (giver, taker) = balance.from == 0 ? (stacks[0], stacks[1]) : (stacks[1], stacks[0])
        var from = row.items[giver].block, to = row.items[taker].block
        let shown = from.children.indices.filter { !isHidden(from.children[$0]) }
        let n = min(balance.count, shown.count - 1)
        guard n > 0 else { return }
        // The moved children and any hidden ones among them (they take no room anywhere).
        let start = shown[shown.count - n]
        to.children += from.children[start...]
        from.children.removeSubrange(start...)
        row.items[giver].block = from
        row.items[giver].frame = prepare(from, width: row.items[giver].width)
        row.items[taker].block = to
        row.items[taker].frame = prepare(to, width: row.items[taker].width)
        rows[r] = row
        balancedCount = n
    }

    /// The columns a half-width module tries, shorter first, unless it would be a placement
    /// `balance.flips` names (`packModules` counts the placements made).
    func moduleColumns(_ column: [Double]) -> [Int] {
        let order = column[0] <= column[1] ? [0, 1] : [1, 0]
        return balance.flips.contains(halfPlacements) ? order.reversed() : order
    }

    /// Spreads the modules of `row` (a chunk of packed modules, the page's last row) down their
    /// columns, as `spread-rows` spreads a page's rows: the white under a column's last module is
    /// shared among the gaps above it, each widened by at most two row gaps. Between modules set
    /// under both columns a column ends where the next of those starts; under the last, where the
    /// body ends (`room`: the page's height left under the row). A column of one module keeps its
    /// place, and modules set side by side on one line (an aligned unit) stay on it. UNISFA's page 2
    /// left its explosive-ordnance module over a fifth of the page above the figures across both columns.
    func featherColumns(_ row: inout FlowRow, room: Double, width: Double) {
        guard !row.units.isEmpty else { return }
        let half = (width - page.gutter) / 2, gap = page.rowGap
        let wide = row.items.filter { $0.width > half + 0.5 }.map { ($0.drop, $0.drop + $0.frame.height) }.sorted { $0.0 < $1.0 }
        let foot = row.height + max(0, room)
        // Each stretch of columns: from under a wide module (or the row's top) to the next one's top.
        var from = 0.0
        for (top, bottom) in wide + [(foot + gap, foot + gap)] {
            let to = top - gap
            for column in [0, 1] {
                let idx = row.items.indices.filter { i in
                    let item = row.items[i]
                    return item.width <= half + 0.5 && (item.x > half) == (column == 1) && item.drop >= from - 0.5 && item.drop < to
                }
                let lines = Array(Set(idx.map { row.items[$0].drop })).sorted()
                guard lines.count > 1, let end = idx.map({ row.items[$0].drop + row.items[$0].frame.height }).max(), to - end > 0.5 else { continue }
                let each = min((to - end) / Double(lines.count - 1), 2 * gap)
                for i in idx { row.items[i].drop += Double(lines.firstIndex(of: row.items[i].drop) ?? 0) * each }
            }
            from = bottom + gap
        }
    }

    /// Sets each module of a fill-gaps section that spans both columns in one column instead, as a
    /// list of one column where it has columns, when that takes no more of the page (at most twice
    /// as tall at half the width): a list of one figure across the page (UNISFA's other reported
    /// figures, one line in the left half, its source line wrapping at half width) left the right
    /// half white beside it, and the columns over it could not end on one line.
    /// `most`: how much taller at half the width a module may get (the narrow lever's 2; without it
    /// `quietNarrowing`, so that only a module that takes about as much of the page goes narrow).
    mutating func narrowModules(_ units: inout [FlowRow], width: Double, most: Double = 2) {
        let half = (width - page.gutter) / 2
        for u in units.indices where units[u].items.count == 1 && !units[u].aligned && units[u].items[0].width > half + 0.5 {
            let item = units[u].items[0], assetCount = assets.count
            var block = item.block
            if (block.node["columns"]?.int ?? 1) > 1 { block.node = block.node.setting("columns", to: "1") }
            let frame = prepare(block, width: half)
            // The chart assets laid out again replace the module's own (the same ids, in place), or go.
            let added = assets.count - assetCount, own = item.assetsBefore..<(item.assetsBefore + added)
            let same = own.upperBound <= assetCount && own.map { assets[$0].id } == assets[assetCount...].map(\.id)
            guard frame.height <= item.frame.height * most, added == 0 || same else { assets.removeSubrange(assetCount...); continue }
            if added > 0 { assets.replaceSubrange(own, with: assets[assetCount...]); assets.removeSubrange(assetCount...) }
            units[u].items[0].block = block
            units[u].items[0].frame = frame
            units[u].items[0].width = half
        }
    }

    /// Sets the flowing module `balance.pull` names at the foot of the shorter stack of page 1's last
    /// row of two stacks, laid out again at its width, as a designer fills a short column with a short
    /// story from further on: UNDOF's Spanish page 1 left its narrow column a fifth white under the
    /// information texts, its modules all on page 2 (review 5).
    mutating func pullModule(_ rows: inout [FlowRow], from blocks: inout [BlockSpec]) {
        guard let k = balance.pull, let r = rows.lastIndex(where: { $0.items.filter { $0.block.kind == StackKind.tag }.count >= 2 }) else { return }
        let shown = blocks.indices.filter { !isHidden(blocks[$0]) }
        var row = rows[r]
        let stacks = row.items.indices.filter { row.items[$0].block.kind == StackKind.tag }.prefix(2)
        guard k < shown.count, let s = stacks.min(by: { row.items[$0].frame.height < row.items[$1].frame.height }) else { return }
        row.items[s].block.children.append(blocks.remove(at: shown[k]))
        row.items[s].frame = prepare(row.items[s].block, width: row.items[s].width)
        rows[r] = row
    }
}
