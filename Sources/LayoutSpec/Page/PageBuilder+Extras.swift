import A4PScene

/// Extra content: blocks that say `when-no-room: hide`, a template's optional cards and modules,
/// shown where a page has room for them and left out, with their figures, where it has not.
extension PageBuilder {
    /// Leaves out the last rows while they do not fit in `height` and every block in them says
    /// `when-no-room: hide`; their figures and chart assets are taken back out of the page's coverage.
    /// A row of several such cards first gives up its last cards, one at a time, the others then
    /// sharing the row's width (so they wrap to fewer lines): a slide whose title takes two lines in
    /// Russian keeps two of its three cards instead of ending in a band of white. `width` is the
    /// area's; pass 0 to leave rows whole.
    ///
    /// A row that also holds cards which must stay (a required card, then optional ones: MINURSO's
    /// political highlight after its newer field highlight) gives up its trailing optional cards the
    /// same way, its kept cards sharing the row; it was left to run over the page before.
    mutating func dropRowsWithoutRoom(_ rows: inout [FlowRow], height available: Double, width: Double = 0) {
        var dropped: [FlowRow] = []
        while let last = rows.last, height(of: rows) > available + 0.5, last.givesWay {
            guard last.isExtra else {
                narrowMixed(&rows, height: available, width: width)
                return
            }
            if cardsGiveWay(&rows, height: available, width: width) {
                // Rows left out before the cards gave way come back while they fit (MINUSMA's Mandate card).
                for row in dropped.reversed() {
                    guard restore(row, into: &rows, height: available) else { break }
                }
                return
            }
            dropped.append(last)
            rows.removeLast()
            extrasLeftOut += last.items.count
            forgetShown(from: (last.items.map(\.shownBefore).min() ?? 0, last.items.map(\.assetsBefore).min() ?? 0))
            if width > 0, last.items.count > 1,
               let narrower = fewerCards(last, width: width, room: available - height(of: rows) - (rows.isEmpty ? 0 : page.rowGap)) {
                rows.append(narrower)
                extrasLeftOut -= narrower.items.count
                return
            }
        }
    }

    /// The last row, whose leading cards must stay, keeps them and as many of its optional cards as
    /// fit (`fewerCards`, tried on a copy); unchanged, so still an overflow error, when even its
    /// required cards alone do not fit.
    private mutating func narrowMixed(_ rows: inout [FlowRow], height available: Double, width: Double) {
        guard width > 0, let last = rows.last else { return }
        var trial = self
        let above = Array(rows.dropLast())
        trial.forgetShown(from: (last.items.map(\.shownBefore).min() ?? 0, last.items.map(\.assetsBefore).min() ?? 0))
        let room = available - height(of: above) - (above.isEmpty ? 0 : page.rowGap)
        guard let narrower = trial.fewerCards(last, width: width, room: room, atLeast: last.required) else { return }
        trial.extrasLeftOut += last.items.count - narrower.items.count
        self = trial
        rows = above + [narrower]
    }

    /// The first `keep` cards of `row` laid out again in equal spans across `width` (`prepare` records
    /// their figures). `freshMarks`: each card's coverage marks are taken now (the row is new to the
    /// page), else the cards keep theirs (a trial of a row already placed).
    private mutating func respanned(_ row: FlowRow, keep: Int, width: Double, freshMarks: Bool) -> FlowRow {
        let grid = ColumnGrid(width: width, columns: page.columns, gutter: page.gutter)
        let span = grid.columns / keep
        let w = grid.width(span)
        var candidate = FlowRow(items: [])
        for (k, item) in row.items.prefix(keep).enumerated() {
            var block = item.block
            block.span = span
            let before = freshMarks ? (shownOrder.count, assets.count) : (item.shownBefore, item.assetsBefore)
            candidate.items.append(.init(block: block, frame: prepare(block, width: w), x: grid.x(k * span),
                                         width: w, shownBefore: before.0, assetsBefore: before.1))
        }
        return candidate
    }

    /// The row with its last cards left out, the rest laid out again across the row's width in equal
    /// spans, the first such row (most cards kept) that fits `room`; nil when even one card does not.
    /// The cards' figures and assets were forgotten; laying the kept ones out again records theirs.
    private mutating func fewerCards(_ row: FlowRow, width: Double, room: Double, atLeast: Int = 1) -> FlowRow? {
        let marks = (shownOrder.count, assets.count)
        for keep in stride(from: row.items.count - 1, through: max(atLeast, 1), by: -1) where page.columns % keep == 0 {
            var candidate = respanned(row, keep: keep, width: width, freshMarks: true)
            if page.alignRows {
                settle(&candidate)
            }
            if candidate.height <= room + 0.5 { return candidate }
            forgetShown(from: marks)
        }
        return nil
    }

    /// A last row of figures (every block a tile with a big number) that has no room takes it from the
    /// optional cards of the rows above, their last cards first, the cards kept then sharing their
    /// row's width: MINUSMA's Russian slide, whose title takes two lines, kept three text cards and
    /// lost its 174 / 43 / 10, which every other language prints. Only cards that say
    /// `when-no-room: hide` give way; true when the rows then fit.
    private mutating func cardsGiveWay(_ rows: inout [FlowRow], height available: Double, width: Double) -> Bool {
        guard width > 0, let last = rows.last, last.items.allSatisfy({ $0.frame.heroBaseline != nil }) else { return false }
        let columns = page.columns
        for r in rows.indices.dropLast().reversed() {
            let row = rows[r]
            let required = row.requiredCards
            for keep in stride(from: row.items.count - 1, through: max(required, 1), by: -1) where columns % keep == 0 {
                // Tried on a copy: the kept cards laid out again at their wider span record nothing new.
                var trial = self
                var candidate = trial.respanned(row, keep: keep, width: width, freshMarks: false)
                if page.alignRows { trial.shareCardSources(&candidate) }
                var fitted = rows
                fitted[r] = candidate
                guard trial.height(of: fitted) <= available + 0.5 else { continue }
                trial.log = log
                // The cards left out leave the page's coverage (text cards record figures, no assets).
                let start = row.items[keep].shownBefore, end = r + 1 < rows.count ? rows[r + 1].items[0].shownBefore : trial.shownOrder.count
                if start < end, end <= trial.shownOrder.count {
                    for key in trial.shownOrder[start..<end] { trial.shown.remove(key) }
                    trial.shownOrder.removeSubrange(start..<end)
                    for i in (r + 1)..<fitted.count {
                        for j in fitted[i].items.indices { fitted[i].items[j].shownBefore -= end - start }
                    }
                }
                self = trial
                extrasLeftOut += row.items.count - keep
                rows = fitted
                return true
            }
        }
        return false
    }

    /// `row`, left out earlier, laid out again and put back under `rows` when it fits in `available`;
    /// false (nothing recorded) when it does not.
    private mutating func restore(_ row: FlowRow, into rows: inout [FlowRow], height available: Double) -> Bool {
        let marks = (shownOrder.count, assets.count), reported = log
        var again = FlowRow(items: [])
        defer { log = reported }   // its messages were reported when it was first laid out
        for item in row.items {
            let before = (shownOrder.count, assets.count)
            again.items.append(.init(block: item.block, frame: prepare(item.block, width: item.width), x: item.x, width: item.width,
                                     shownBefore: before.0, assetsBefore: before.1))
        }
        if page.alignRows {
            settle(&again)
        }
        guard height(of: rows + [again]) <= available + 0.5 else {
            forgetShown(from: marks)
            return false
        }
        rows.append(again)
        extrasLeftOut -= again.items.count
        return true
    }

    /// Takes the figures and chart assets recorded since `mark` back out of the page's coverage.
    private mutating func forgetShown(from mark: (shown: Int, assets: Int)) {
        guard mark.shown <= shownOrder.count, mark.assets <= assets.count else { return }
        for key in shownOrder[mark.shown...] { shown.remove(key) }
        shownOrder.removeSubrange(mark.shown...)
        assets.removeSubrange(mark.assets...)
    }
}
