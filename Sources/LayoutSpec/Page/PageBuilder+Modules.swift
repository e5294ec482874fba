import A4PScene

/// Modules in no fixed order (a section after a `page-break` with `fill-gaps`): set in two columns
/// like a designer's module grid, each module under the shorter column where it fits, so a module
/// half as wide as the page never leaves the other half of its row empty; a wider one spans both.
extension PageBuilder {
    /// The section's rows as units to pack: each block of a row of its own (tiles of an aligned row
    /// stay together, their baselines shared), from the leading edge.
    func moduleUnits(_ rows: [FlowRow]) -> [FlowRow] {
        rows.flatMap { row -> [FlowRow] in
            guard !row.aligned else { return [row] }
            return row.items.map { item in
                var single = item
                single.x = 0
                single.drop = 0
                return FlowRow(items: [single])
            }
        }
    }

    /// Moves the units of `units` that fit what `pageRows` leave of `height` into one row of two
    /// columns at the end of `pageRows`, in their order, each half-width unit under the shorter
    /// column (the other when it does not fit there), a wider one under both. Units that fit
    /// nowhere stay for the next page.
    mutating func packModules(into pageRows: inout [FlowRow], from units: inout [FlowRow], width: Double, height: Double) {
        let gap = page.rowGap
        let half = (width - page.gutter) / 2
        let room = height - (pageRows.isEmpty ? 0 : self.height(of: pageRows) + gap)
        var chunk = FlowRow(items: [])
        var column = [0.0, 0.0]
        func top(_ h: Double) -> Double { moduleTop(h) }
        func put(_ unit: FlowRow, x: Double?, y: Double) {
            chunk.units.append(unit)
            for var item in unit.items {
                item.drop += y
                if let x { item.x = x }
                chunk.items.append(item)
            }
        }
        // Extra content (`when-no-room: hide`) takes room only once every other module has a place.
        var i = 0
        while i < units.count {
            if units[i].isExtra && units.contains(where: { !$0.isExtra }) { i += 1; continue }
            let unit = units[i], h = units[i].height
            if unit.reach <= half + 0.5 {
                // Column balancing may ask for the longer column (`moduleColumns`).
                if let c = moduleColumns(column).first(where: { top(column[$0]) + h <= room + 0.5 }) {
                    halfPlacements += 1
                    put(unit, x: c == 0 ? 0 : half + page.gutter, y: top(column[c]))
                    column[c] = top(column[c]) + h
                    units.remove(at: i)
                    continue
                }
            } else {
                // The last module that must stay, across both columns: the extras go first, into the
                // shorter column over it, where the page keeps room for it under them. After it, an
                // extra found no room under its foot, and MINUSCA's and MONUSCO's "Also in the
                // reports" was left out in every language but Chinese beside a column's white (review 7).
                if !unit.isExtra, !units[(i + 1)...].contains(where: { !$0.isExtra }) {
                    extrasAbove(h, after: i, units: &units, column: &column, room: room, half: half, put: put)
                }
                let y = top(column.max() ?? 0)
                if y + h <= room + 0.5 {
                    put(unit, x: nil, y: y)
                    column = [y + h, y + h]
                    units.remove(at: i)
                    continue
                }
            }
            i += 1
        }
        // Extras skipped while other modules waited: where those go on to the next page, an extra that
        // fits under a column of this one is set there, not kept for a next page with no room for it
        // (MINUSCA's Spanish and Russian page 1 ended in white beside a full page 2; review 7).
        if units.contains(where: { !$0.isExtra }) {
            var j = 0
            while j < units.count {
                let unit = units[j]
                guard unit.isExtra, unit.reach <= half + 0.5,
                      let c = moduleColumns(column).first(where: { top(column[$0]) + unit.height <= room + 0.5 }) else { j += 1; continue }
                halfPlacements += 1
                put(unit, x: c == 0 ? 0 : half + page.gutter, y: top(column[c]))
                column[c] = top(column[c]) + unit.height
                units.remove(at: j)
            }
        }
        if !chunk.items.isEmpty { pageRows.append(chunk) }
    }

    /// Where a unit goes under a column `h` tall: a row gap below it, or the top of an empty column.
    private func moduleTop(_ h: Double) -> Double { h == 0 ? 0 : h + page.rowGap }

    /// Sets the half-width extras of `units` after `i` that would find no room under a unit `wide` tall
    /// into the shorter column over it, each where the wide unit still fits the page under both columns.
    private func extrasAbove(_ wide: Double, after i: Int, units: inout [FlowRow], column: inout [Double], room: Double,
                             half: Double, put: (FlowRow, Double?, Double) -> Void) {
        let top = moduleTop
        var j = i + 1
        while j < units.count {
            let extra = units[j]
            let c = column[0] <= column[1] ? 0 : 1
            let foot = top(column[c]) + extra.height
            // Only an extra that would find no room under the wide unit: one that does stays after it.
            let under = top(top(column.max() ?? 0) + wide) + extra.height <= room + 0.5
            guard extra.isExtra, extra.reach <= half + 0.5, !under, top(max(foot, column[1 - c])) + wide <= room + 0.5 else { j += 1; continue }
            put(extra, c == 0 ? 0 : half + page.gutter, top(column[c]))
            column[c] = foot
            units.remove(at: j)
        }
    }

    /// Packs a page's two chunks of modules again as one, when `spread-rows` moved the foot of the
    /// page before (a chunk set there under its fixed rows) over this page's own chunk: as two rows,
    /// the moved chunk's shorter column left white beside its longer one, and the rows' spread gap
    /// under both (UNISFA's page 2 opened with the explosive-ordnance module alone in the left half,
    /// UNDOF's with mental health). Kept only when every unit fits the page as one chunk.
    /// Says whether it joined them.
    mutating func joinModules(_ rows: inout [FlowRow], width: Double, height: Double) -> Bool {
        guard rows.count == 2, !rows[0].units.isEmpty, !rows[1].units.isEmpty else { return false }
        var units = rows[0].units + rows[1].units, joined: [FlowRow] = []
        packModules(into: &joined, from: &units, width: width, height: height)
        guard units.isEmpty, joined.count == 1 else { return false }
        rows = joined
        return true
    }
}
