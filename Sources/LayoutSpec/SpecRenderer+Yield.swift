import A4PScene

/// Copy-fitting's second try (see `PageBuilder.yieldEnds`): a sheet whose pages still hold a blank
/// band over the page review's limit after type grew lets page 1's stacks yield their ends to the
/// flowing modules, 1 to `yieldLimit` children from its first two stacks, at each type step.
extension SpecRenderer {
    /// The most children page 1 yields: beyond three, page 1 itself is the page left white.
    static let yieldLimit = 3

    /// The largest blank band of a document's pages, as a share of the page height.
    static func largestBand(_ d: Document) -> Double { d.pages.map { $0.largestBlankBand / $0.size.height }.max() ?? 0 }

    /// How many children the first and the second stack yield: by total (fewest first), then the
    /// first stack's share (most first). [1, 0], [0, 1], [2, 0], [1, 1], [0, 2], [3, 0], …
    static var yieldCounts: [[Int]] {
        (1...yieldLimit).flatMap { total in (0...total).reversed().map { [$0, total - $0] } }
    }

    /// `fitted` (copy-fitting's choice over `base`) unless a layout that yields the ends of page 1's
    /// stacks keeps its page count, adds no error, cuts no more labels short and leaves out no more
    /// optional blocks than `base`, and lowers the largest blank band by more than half a percent.
    /// The largest type, then the first of `yieldCounts`, whose band is within the limit wins (a
    /// designer moves a story so the type can grow); when none is, the smallest band. Sheets
    /// within the limit are not tried; a count a sheet's stacks cannot give is tried once.
    static func yieldFit(_ base: (PageBuilder, Document), _ fitted: (PageBuilder, Document), growth: Double,
                         builder: (Double) -> PageBuilder) -> (PageBuilder, Document) {
        var best = (page: fitted.0, document: fitted.1, band: largestBand(fitted.1))
        guard best.band > Page.blankBandLimit else { return fitted }
        let (errors, cuts, pages) = (base.0.log.errorCount, Self.cuts(base.1), fitted.1.pages.count)
        // Counts the stacks cannot give (none, or the same as an earlier count once clamped): found
        // on the first step, skipped on the others, as what a stack gives does not depend on type.
        var owner: [[Int]: [Int]] = [:], skipped: Set<[Int]> = []
        // As in `copyFit`, one step past `growth` last, kept only within the limit (MINURSO's
        // Chinese page 2, 0.2007 at 20 %).
        let largest = Int((growth - 1) * 20 + 1e-9)
        for step in stride(from: largest, through: 0, by: -1).map({ $0 }) + [largest + 1] {
            for counts in yieldCounts where !skipped.contains(counts) {
                var trial = builder(1 + Double(step) * 0.05)
                trial.yielding = counts
                let laidOut = trial.build()
                // No stack to yield (or no flowing modules): no count will change the layout.
                if trial.yielded.isEmpty { return (best.page, best.document) }
                if trial.yielded.allSatisfy({ $0 == 0 }) || owner[trial.yielded, default: counts] != counts {
                    skipped.insert(counts)
                    continue
                }
                owner[trial.yielded] = counts
                guard laidOut.pages.count == pages, trial.log.errorCount == errors,
                      Self.cuts(laidOut) <= cuts, trial.extrasLeftOut <= base.0.extrasLeftOut else { continue }
                let band = largestBand(laidOut)
                if band <= Page.blankBandLimit { return (trial, laidOut) }
                if step <= largest, band < best.band - 0.005 { best = (trial, laidOut, band) }
            }
        }
        return (best.page, best.document)
    }
}
