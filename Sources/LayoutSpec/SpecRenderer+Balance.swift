import A4PScene

/// Column balancing (issue 14), the renderer's half: after copy-fitting, a sheet (`balance-columns`)
/// with a column empty over the page review's limit (`Page.columnVoidLimit`) tries the levers of
/// `ColumnBalance` — one of page 1's two stacks giving its last one or two children to the other,
/// page 1's stacks yielding their ends to the flowing modules (`yieldCounts`), a half-width module
/// set under the other column — and keeps the move that lowers the largest column void most, as
/// `yieldFit` and `tightFit` keep their best trial. A move breaks nothing it is kept with: the same
/// page count, no new error, no more labels cut short or optional blocks left out, no blank band
/// over the limit (or over the layout's own), and no page's column void more than `balanceSlack`
/// worse. Sheets within the limit are not tried, so they stay byte for byte as they were.
extension SpecRenderer {
    /// How much worse (share of page height) one page's column void may get for the sheet's largest to go down.
    static let balanceSlack = 0.02
    /// How many levers one move joins at most (a stack move and flips).
    static let balanceRounds = 3
    /// How many moves each round starts from (those of lowest void so far).
    static let balanceBeam = 2
    /// A move counts when it lowers the sheet's largest void by more than this share (a point of the
    /// page height: a move for less changes the page for nothing a reader sees).
    static let balanceStep = 0.01
    /// The most trial layouts one sheet's balancing makes (each about 3 ms in a release build). The search
    /// stops at the first move within the limit — the review's bar — rather than finishing its round:
    /// the export's 31 balanced sheets made 1,883 layouts (5.5 s of CPU, 60 % of the export) when every
    /// round ran to its end; the sheet that takes longest reaches the limit at its 365th.
    static let balanceBudget = 400
    /// How much further than `grow-type` a sheet's type may grow for a balancing move: copy-fitting
    /// stops where no blank band crosses the page, but a short Chinese sheet (MINURSO, UNDOF, UNMOGIP,
    /// UNISFA) still left a column a quarter white at 1.25; three steps more (up to 1.4) fill it, as a
    /// designer sets a short sheet's type larger rather than leave it white (review 5).
    static let balanceGrowth = 0.15
    /// The first flowing modules each tried at the foot of page 1's shorter stack (`ColumnBalance.pull`).
    static let balancePulls = 6

    /// The type factors above `grow` that copy-fitting may reach: its 5 % steps up to `growth`, then
    /// half a step and a step past it (as `copyFit`, kept only within the blank-band limit).
    static func growSteps(above grow: Double, growth: Double) -> [Double] {
        let largest = Int((growth - 1) * 20 + 1e-9)
        // A spec whose type may not grow (`grow-type` 1) keeps its size.
        guard largest > 0 else { return [] }
        let steps = (1...largest).map(Double.init) + [Double(largest) + 0.5, Double(largest) + 1]
        return steps.map { 1 + $0 * 0.05 }.filter { $0 > grow + 1e-9 }
    }

    /// Each page's largest column void, as a share of the page height.
    static func columnVoids(_ d: Document) -> [Double] { d.pages.map(\.columnVoidShare) }

    /// `fitted` unless a balancing move keeps it whole and lowers its largest column void by more
    /// than `balanceStep`. Single levers first (stack moves, yields, then flips in placement order);
    /// then, round by round up to `balanceRounds`, the best move joined with each single lever while
    /// that still lowers the void. The first of equals wins, so the result depends on the layouts
    /// only. `builder(page, grow)` lays out again with `fitted`'s page and yields at a type factor:
    /// the layout's own first, larger ones (up to copy-fitting's last step) only while a move leaves
    /// a blank band or a void over the limit.
    static func balanceFit(_ fitted: (PageBuilder, Document), growth: Double,
                           builder: (PageBuilder, Double) -> PageBuilder) -> (PageBuilder, Document) {
        let voids = columnVoids(fitted.1)
        guard let worst = voids.max(), worst > Page.columnVoidLimit else { return fitted }
        let page = fitted.0
        let (errors, cuts, bandLimit) = (page.log.errorCount, Self.cuts(fitted.1), max(Page.blankBandLimit, largestBand(fitted.1)))
        var best = (page: page, document: fitted.1, void: worst, move: ColumnBalance.none)
        // Every whole move that lowers the void, kept or not (`balanceSlack` refuses one that takes
        // another page over the limit): the next round joins the levers to the lowest few, where a
        // flip on that page may take it back under (MINURSO's English page 1 keeps its information
        // texts only when page 2, whiter for it, sets a module under its other column). A search
        // from the best move alone went astray where a lever that lowers the void most leads nowhere.
        var found: [(move: ColumnBalance, void: Double, placements: Int)] = []
        var tried: Set<ColumnBalance> = []
        // Layouts made so far; the search ends at the first move within the limit or at `balanceBudget`.
        var layouts = 0
        // The layout's own type size first; where the move leaves a blank band (the page shorter, its
        // foot white), each larger step up to copy-fitting's last (`copyFit`), so the type fills it.
        let grows = [page.grow] + (page.grow < 1 ? [] : growSteps(above: page.grow, growth: growth + balanceGrowth))
        func attempt(_ move: ColumnBalance) {
            guard best.void > Page.columnVoidLimit, layouts < balanceBudget, tried.insert(move).inserted else { return }
            for grow in grows where layouts < balanceBudget {
                layouts += 1
                var trial = builder(page, grow)
                trial.balance = move
                if let counts = move.yielding { trial.yielding = counts }
                let laid = trial.build()
                // A stack move the row cannot make in full (no two stacks, too few children) was tried
                // smaller, or is the spec's layout.
                if move.count > 0 && trial.balancedCount != move.count { return }
                // So is a yield the stacks cannot give in full.
                if let counts = move.yielding, trial.yielded + Array(repeating: 0, count: max(0, counts.count - trial.yielded.count)) != counts { return }
                let after = columnVoids(laid)
                // Larger type only adds pages, errors and cuts: no larger step is tried after one that does.
                guard laid.pages.count == fitted.1.pages.count, trial.log.errorCount == errors, Self.cuts(laid) <= cuts,
                      trial.extrasLeftOut <= page.extrasLeftOut else { return }
                guard largestBand(laid) <= bandLimit + 0.0005, let top = after.max() else { continue }
                if top < worst - balanceStep { found.append((move, top, trial.halfPlacements)) }
                // No page more than `balanceSlack` worse, unless it stays within the limit.
                guard zip(after, voids).allSatisfy({ $0 <= max($1 + balanceSlack, Page.columnVoidLimit) }) else { continue }
                // A point lower, or the first within the limit (however little lower: the review's bar).
                if top < best.void - balanceStep || (top <= Page.columnVoidLimit && best.void > Page.columnVoidLimit) {
                    best = (trial, laid, top, move)
                }
                // Within the limit, or no better than the sheet as it was: no larger type for this move
                // (a move that gains nothing at its own size is not the one the type should grow for).
                if top <= Page.columnVoidLimit || top >= worst - balanceStep { return }
            }
        }
        // Round by round, the `balanceBeam` moves of lowest void so far joined with each single lever (a
        // stack move or a yield replaces the move's own, a flip joins its flips), while a round finds
        // new ones. A stack move changes what page 1 leaves to the modules: flips are counted per start.
        // The levers on every page's modules, alone and with feathering (a narrowed module or a joined
        // chunk leaves its page shorter: the columns then spread into the white at its foot).
        // A narrowed module is packed with the others: a chunk of it that `spread-rows` moves opens no
        // page alone in its left half (UNDOF's page 2 opened with its one other figure so).
        let pageLevers = [ColumnBalance(join: true), ColumnBalance(feather: true), ColumnBalance(join: true, narrow: true),
                          ColumnBalance(join: true, feather: true), ColumnBalance(join: true, feather: true, narrow: true)]
        let moves = [0, 1].flatMap { from in [1, 2].map { ColumnBalance(from: from, count: $0) } }
            + yieldCounts.filter { $0 != page.yielding }.map { ColumnBalance(yielding: $0) } + pageLevers
            + (0..<balancePulls).map { ColumnBalance(pull: $0) }
        var starts = [(move: best.move, placements: page.halfPlacements)], started: Set<ColumnBalance> = []
        for _ in 0..<balanceRounds {
            for start in starts where started.insert(start.move).inserted {
                for lever in moves + (0..<start.placements).map({ ColumnBalance(flips: [$0]) }) { attempt(start.move.joined(lever)) }
            }
            // Within the limit after a round: the review's bar is met, no further round is tried.
            if best.void <= Page.columnVoidLimit { break }
            // The lowest voids first, the first found on a tie (the order of the levers: deterministic).
            let fresh = found.enumerated().filter { !started.contains($0.element.move) }
                .sorted { ($0.element.void, $0.offset) < ($1.element.void, $1.offset) }
            var seen: Set<ColumnBalance> = []
            starts = fresh.map { (move: $0.element.move, placements: $0.element.placements) }.filter { seen.insert($0.move).inserted }
                .prefix(balanceBeam).map { $0 }
            guard !starts.isEmpty else { break }
        }
        return (best.page, best.document)
    }
}
