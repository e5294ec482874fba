import A4PScene

/// Copy-fitting down, the second lever (issue 14): where smaller type alone does not save a page, a
/// tighter page — 30 pt margins instead of 36, row gaps of 10 pt instead of 14 — is tried, at full
/// type size and then at each shrink step. Like `fitDown` it is kept only when it lowers the page
/// count: applied to every sheet, 30 pt margins moved modules and left blank bands on sheets that
/// needed no saving (the Chinese ones), so a sheet that fits keeps the spec's own page.
extension SpecRenderer {
    /// The tighter page's margins and largest row gap, in points.
    static let tightMargin = 30.0, tightRowGap = 10.0

    /// The smallest type factor copy-fitting down may use on a sheet of `pages` pages: the spec's
    /// `shrink-type` on a sheet of `from` (`shrink-pages`) pages or more; else full size (1: the
    /// tighter page alone). The fact sheet says 3, so a sheet one language set on one page in smaller
    /// type keeps the template's type on two, as the other languages do (UNISFA in Chinese at 85 %,
    /// body 8.0 pt beside 9.4 pt on every other Chinese sheet; review 5).
    static func shrinkLimit(_ shrink: Double, pages: Int, from: Int) -> Double { pages >= from ? shrink : 1 }

    /// `page` with the tighter margins and row gap; a spec already tighter keeps its own.
    static func tightened(_ page: PageSpec) -> PageSpec {
        var p = page
        let m = p.margins
        p.margins = (min(m.top, tightMargin), min(m.right, tightMargin), min(m.bottom, tightMargin), min(m.left, tightMargin))
        p.rowGap = min(p.rowGap, tightRowGap)
        return p
    }

    /// The least change on the tighter page (full size first, then 5 % shrink steps down to `shrink`)
    /// that gives fewer pages than `document` on `keptStep`'s terms; nil when none does. `builder`
    /// makes a layout of the tighter page at a type factor.
    static func tightFit(_ base: PageBuilder, _ document: Document, shrink: Double,
                         builder: (Double) -> PageBuilder) -> (PageBuilder, Document)? {
        // Most sheets that reach this step are long by far more than the tighter page gains: the
        // smallest step's page count is asked first, so they cost one layout, not one a step.
        keptStep(base, document, shrink: shrink, smallestFirst: true, builder: builder)
    }

    /// The first type step (full size, then each 5 % shrink step down to `shrink`) whose layout adds
    /// no error, cuts no more labels short, sets no text under the page review's minimum, has fewer
    /// pages than `document` (`savesPage`) and leaves no blank band over the limit (or over the base
    /// layout's own largest band, when that is larger); nil when none does. `smallestFirst`: the
    /// smallest step is laid out first and, when it saves no page, no other is tried.
    static func keptStep(_ base: PageBuilder, _ document: Document, shrink: Double, smallestFirst: Bool = false,
                         builder: (Double) -> PageBuilder) -> (PageBuilder, Document)? {
        let (errors, cuts) = (base.log.errorCount, Self.cuts(document))
        let bandLimit = max(Page.blankBandLimit, largestBand(document))
        let last = Int((1 - shrink) * 20 + 1e-9)
        var smallest: (PageBuilder, Document)?
        if smallestFirst {
            var page = builder(1 - Double(last) * 0.05)
            let laid = page.build()
            guard laid.pages.count < document.pages.count else { return nil }
            smallest = (page, laid)
        }
        for step in 0...last {
            var trial: PageBuilder, laid: Document
            if step == last, let smallest { (trial, laid) = smallest } else {
                trial = builder(1 - Double(step) * 0.05)
                laid = trial.build()
            }
            if savesPage(trial, laid, pages: document.pages.count, errors: errors, cuts: cuts), largestBand(laid) <= bandLimit + 0.005 {
                return (trial, laid)
            }
        }
        return nil
    }
}
