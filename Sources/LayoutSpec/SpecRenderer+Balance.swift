import A4PScene
import Foundation

/// Column balancing (issue 14), the renderer's half: after copy-fitting, a sheet (`balance-columns`)
/// with a column empty over the page review's limit (`Page.columnVoidLimit`) tries the moves of
/// `ColumnBalance` at the type size and page it was given — one of page 1's stacks giving its last
/// one or two children to the other, and each half-width module set under the other column — and
/// keeps the one that lowers the largest column void most. A move breaks nothing it is kept with:
/// the same page count, no new error, no more labels cut short or optional blocks left out, no
/// blank band over the limit (or over the layout's own), and no page's column void more than
/// `balanceSlack` worse. Sheets within the limit are not tried, so they stay as they were.
extension SpecRenderer {
    /// How much worse (share of page height) one page's column void may get for the sheet's largest to go down.
    static let balanceSlack = 0.02
    /// A move counts when it lowers the sheet's largest void by more than this share.
    static let balanceStep = 0.005

    /// The type factors above `grow` that copy-fitting may reach: its 5 % steps up to `growth`, then
    /// half a step and a step past it (as `copyFit`, kept only within the blank-band limit).
    static func growSteps(above grow: Double, growth: Double) -> [Double] {
        let largest = Int((growth - 1) * 20 + 1e-9)
        let steps = (1...max(largest, 1)).map(Double.init) + [Double(largest) + 0.5, Double(largest) + 1]
        return steps.map { 1 + $0 * 0.05 }.filter { $0 > grow + 1e-9 }
    }

    /// Each page's largest column void, as a share of the page height.
    static func columnVoids(_ d: Document) -> [Double] { d.pages.map(\.columnVoidShare) }

    /// `fitted` unless a balancing move keeps it whole and lowers its largest column void. Single
    /// moves first (stack moves, then flips in placement order); when the best leaves a void over
    /// the limit, that move joined with each other single move. The first of equals wins: the result
    /// depends on the layouts only. `builder` lays out again with `fitted`'s type, page and yields.
    static func balanceFit(_ fitted: (PageBuilder, Document), growth: Double,
                           builder: (PageBuilder, Double) -> PageBuilder) -> (PageBuilder, Document) {
        let voids = columnVoids(fitted.1)
        guard let worst = voids.max(), worst > Page.columnVoidLimit else { return fitted }
        let page = fitted.0
        let (errors, cuts, bandLimit) = (page.log.errorCount, Self.cuts(fitted.1), max(Page.blankBandLimit, largestBand(fitted.1)))
        var best = (page: page, document: fitted.1, void: worst, move: ColumnBalance.none)
        var tried: Set<ColumnBalance> = []
        // The layout's own type size first; where the move leaves a blank band (the page shorter, its
        // foot white), each larger step up to copy-fitting's last (`copyFit`), so the type fills it.
        let grows = [page.grow] + (page.grow < 1 ? [] : growSteps(above: page.grow, growth: growth))
        func attempt(_ move: ColumnBalance) {
            guard tried.insert(move).inserted else { return }
            for grow in grows {
                var trial = builder(page, grow)
                trial.balance = move
                let laid = trial.build()
                // A stack move the row cannot make in full (no two stacks, too few children) was tried smaller or is the spec's layout.
                if move.count > 0 && trial.balancedCount != move.count { return }
                let after = columnVoids(laid)
                if ProcessInfo.processInfo.environment["A4P_BALANCE_DEBUG"] != nil { FileHandle.standardError.write("balance \(move) grow \(grow) pages \(laid.pages.count)/\(fitted.1.pages.count) errors \(trial.log.errorCount)/\(errors) cuts \(Self.cuts(laid))/\(cuts) extras \(trial.extrasLeftOut)/\(page.extrasLeftOut) band \(largestBand(laid)) voids \(after) base \(voids)\n".data(using: .utf8)!) }
                // Larger type only ever adds pages and errors: no larger step is tried after one that does.
                guard laid.pages.count == fitted.1.pages.count, trial.log.errorCount == errors, Self.cuts(laid) <= cuts,
                      trial.extrasLeftOut <= page.extrasLeftOut else { return }
                guard largestBand(laid) <= bandLimit + 0.0005 else { continue }
                if zip(after, voids).allSatisfy({ $0 <= $1 + balanceSlack }), let top = after.max(), top < best.void - balanceStep {
                    best = (trial, laid, top, move)
                }
                return
            }
        }
        let stackMoves = [0, 1].flatMap { from in [1, 2].map { ColumnBalance(from: from, count: $0) } }
        let flips = (0..<page.halfPlacements).map { ColumnBalance(flip: $0) }
        for move in stackMoves + flips { attempt(move) }
        if best.void > Page.columnVoidLimit, best.move != .none {
            let first = best.move
            if first.count > 0 {
                for flip in 0..<best.page.halfPlacements { attempt(ColumnBalance(from: first.from, count: first.count, flip: flip)) }
            } else {
                for move in stackMoves { attempt(ColumnBalance(from: move.from, count: move.count, flip: first.flip)) }
            }
        }
        return (best.page, best.document)
    }
}
