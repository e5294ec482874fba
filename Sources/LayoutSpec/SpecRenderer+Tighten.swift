import A4PScene

/// Copy-fitting down, the second lever (issue 14): where smaller type alone does not save a page, a
/// tighter page — 30 pt margins instead of 36, row gaps of 10 pt instead of 14 — is tried, at full
/// type size and then at each shrink step. Like `fitDown` it is kept only when it lowers the page
/// count: applied to every sheet, 30 pt margins moved modules and left blank bands on sheets that
/// needed no saving (the Chinese ones), so a sheet that fits keeps the spec's own page.
extension SpecRenderer {
    /// The tighter page's margins and largest row gap, in points.
    static let tightMargin = 30.0, tightRowGap = 10.0

    /// `page` with the tighter margins and row gap; a spec already tighter keeps its own.
    static func tightened(_ page: PageSpec) -> PageSpec {
        var p = page
        let m = p.margins
        p.margins = (min(m.top, tightMargin), min(m.right, tightMargin), min(m.bottom, tightMargin), min(m.left, tightMargin))
        p.rowGap = min(p.rowGap, tightRowGap)
        return p
    }

    /// The least change on the tighter page (full size first, then 5 % shrink steps down to `shrink`)
    /// that gives fewer pages than `document`, adds no error, cuts no more labels short, sets no text
    /// under the page review's minimum and leaves no blank band over the limit (or over the base
    /// layout's own largest band, when that is larger); nil when none does. `builder` makes a
    /// layout of the tighter page at a type factor.
    static func tightFit(_ base: PageBuilder, _ document: Document, shrink: Double,
                         builder: (Double) -> PageBuilder) -> (PageBuilder, Document)? {
        let (errors, cuts) = (base.log.errorCount, Self.cuts(document))
        let bandLimit = max(Page.blankBandLimit, largestBand(document))
        let last = Int((1 - shrink) * 20 + 1e-9)
        // Most sheets that reach this step are long by far more than the tighter page gains: the
        // smallest step's page count is asked first, so they cost one layout, not one a step.
        var smallest = builder(1 - Double(last) * 0.05)
        let smallestLaid = smallest.build()
        guard smallestLaid.pages.count < document.pages.count else { return nil }
        for step in stride(from: 0, through: last, by: 1) {
            var trial = step == last ? smallest : builder(1 - Double(step) * 0.05)
            let tight = step == last ? smallestLaid : trial.build()
            if savesPage(trial, tight, pages: document.pages.count, errors: errors, cuts: cuts), largestBand(tight) <= bandLimit + 0.005 { return (trial, tight) }
        }
        return nil
    }
}
