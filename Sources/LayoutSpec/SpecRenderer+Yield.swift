import A4PScene

/// Copy-fitting's second try (see `PageBuilder.yieldEnds`): a sheet whose pages still hold a blank
/// band over the page review's limit after type grew lets page 1's stacks yield their ends to the
/// flowing modules, 1 to `yieldLimit` children, each with type from `grow-type` down to none.
extension SpecRenderer {
    /// The most children page 1 yields: beyond three, page 1 itself is the page left white.
    static let yieldLimit = 3

    /// The largest blank band of a document's pages, as a share of the page height.
    static func largestBand(_ d: Document) -> Double { d.pages.map { $0.largestBlankBand / $0.size.height }.max() ?? 0 }

    /// `fitted` (copy-fitting's choice over `base`) unless a layout that yields the ends of page 1's
    /// stacks keeps its page count, adds no error, cuts no more labels short and leaves out no more
    /// optional blocks than `base`, and lowers the largest blank band by more than half a percent.
    /// The fewest children yielded, then the largest type, whose band is within the limit wins; when
    /// none is, the smallest band. Sheets within the limit, or of one page, are not tried.
    static func yieldFit(_ base: (PageBuilder, Document), _ fitted: (PageBuilder, Document), growth: Double,
                         builder: (Double) -> PageBuilder) -> (PageBuilder, Document) {
        var best = (page: fitted.0, document: fitted.1, band: largestBand(fitted.1))
        guard best.band > Page.blankBandLimit, fitted.1.pages.count > 1 else { return fitted }
        let (errors, cuts, pages) = (base.0.log.errorCount, Self.cuts(base.1), fitted.1.pages.count)
        for yielding in 1...yieldLimit {
            for step in stride(from: Int((growth - 1) * 20 + 1e-9), through: 0, by: -1) {
                var trial = builder(1 + Double(step) * 0.05)
                trial.yielding = yielding
                let laidOut = trial.build()
                guard laidOut.pages.count == pages, trial.log.errorCount == errors,
                      Self.cuts(laidOut) <= cuts, trial.extrasLeftOut <= base.0.extrasLeftOut else { continue }
                let band = largestBand(laidOut)
                if band <= Page.blankBandLimit { return (trial, laidOut) }
                if band < best.band - 0.005 { best = (trial, laidOut, band) }
            }
        }
        return (best.page, best.document)
    }
}
