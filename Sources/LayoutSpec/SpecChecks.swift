import A4PIndicators

/// Checks that need several values at once, after the schema has checked each alone: the margins
/// and the grid must leave room on the page (else every word would be "wider than its -9405 pt column").
enum SpecChecks {
    /// Narrowest and lowest content area, in points, a page may leave inside its margins.
    static let minContent = 72.0

    static func page(_ spec: Spec, root: SpecNode, log: inout DiagnosticLog) {
        let page = spec.page
        let pageNode = root["page"]
        let at = pageNode?["margins"]?.position ?? pageNode?["size"]?.position ?? pageNode?.position ?? root.position
        let m = page.margins
        let width = page.size.width - m.left - m.right
        let height = page.size.height - m.top - m.bottom
        let size = "\(fmtNumber(page.size.width))×\(fmtNumber(page.size.height)) pt"
        if width < minContent {
            log.error(at, rule: "page-room",
                      "the margins (left \(fmtNumber(m.left)) + right \(fmtNumber(m.right)) pt) leave \(fmtNumber(width)) pt of the \(size) page's width; leave at least \(fmtNumber(minContent)) pt: make them smaller or the page larger")
        }
        if height < minContent {
            log.error(at, rule: "page-room",
                      "the margins (top \(fmtNumber(m.top)) + bottom \(fmtNumber(m.bottom)) pt) leave \(fmtNumber(height)) pt of the \(size) page's height; leave at least \(fmtNumber(minContent)) pt: make them smaller or the page larger")
        }
        let gutters = page.gutter * Double(page.columns - 1)
        if width >= minContent, width - gutters < Double(page.columns) {
            log.error(pageNode?["gutter"]?.position ?? at, rule: "page-room",
                      "\(page.columns) columns with \(fmtNumber(page.gutter)) pt gutters do not fit the \(fmtNumber(width)) pt between the margins; use a smaller gutter or fewer columns")
        }
    }
}
