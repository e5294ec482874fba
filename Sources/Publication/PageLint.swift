import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation

/// Measures every exported page as the publication's review does (issue 14's page lint): the
/// largest blank band between content, the largest empty run down one column, the smallest text, the share of not-reported figures in
/// each chart, and working notes of the dataset printed on a page. Thresholds are the review's;
/// `PageLint` reports, the tests decide.
public struct PageLint: Sendable {
    /// One measure of one page (or chart) over its threshold.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public enum Rule: String, Sendable { case blankBand = "blank-band", smallText = "small-text", notReported = "not-reported", workingNote = "working-note", columnVoid = "column-void" }
        public var rule: Rule
        /// "missions/factsheet-UNMISS-en p1", or with a chart's id.
        public var place: String
        public var measured: Double
        public var limit: Double
        public var detail: String
        public var description: String { "\(place): \(rule.rawValue) \(Self.figure(measured)) (limit \(Self.figure(limit)))\(detail.isEmpty ? "" : ": " + detail)" }
        static func figure(_ v: Double) -> String { String(format: v < 1 ? "%.2f" : "%.1f", v) }
    }

    /// Working notes are matched by their first 40 characters (shorter notes read like page notes).
    /// Blank bands above this share of the page height inside the content are findings.
    public static let blankBandLimit = Page.blankBandLimit
    /// A column empty over more than this share of the page height inside the body is a finding.
    public static let columnVoidLimit = Page.columnVoidLimit
    /// Text under this size (pt): 11 on slides (projected), 6 on paper.
    public static func smallestText(slide: Bool) -> Double { Page.minimumTextSize(slide: slide) }
    /// Charts whose figures are more than this share "not reported".
    public static let notReportedLimit = 1.0 / 3

    public var findings: [Finding] = []

    public init(items: [PublicationItem], dataset: Dataset) {
        // A note that repeats a text the data itself holds (a mechanism's name) is not a working note.
        let texts = Array(dataset.observations.compactMap { o -> String? in if case .text(let t) = o.value { t } else { nil } }
            .joined(separator: "\n").utf8)
        let notes = Set(dataset.observations.compactMap { o -> String? in
            let n = String(o.note.trimmingCharacters(in: .whitespaces).prefix(40))
            return n.count >= 40 && !ByteSearch.contains(texts, Array(n.utf8)) ? n : nil
        }).sorted()
        for item in items {
            let name = "\(item.folder)/\(item.output.name)"
            for (i, page) in item.output.document.pages.enumerated() {
                findings += Self.measure(page, place: "\(name) p\(i + 1)", notes: notes)
            }
            for asset in item.output.assets {
                // The figures drawn in the chart: rows left out for having nothing reported are named under it.
                // A table's drawn cells count: a cell without any figure in the data reads ".." too.
                let figures = asset.observations.filter { !asset.omitted.contains($0.key) }
                let (count, gaps) = asset.cells ?? (figures.count, figures.filter { if case .absent(.notReported, _) = $0.value { true } else { false } }.count)
                guard count >= 3 else { continue }
                let share = Double(gaps) / Double(count)
                if share > Self.notReportedLimit {
                    findings.append(Finding(rule: .notReported, place: "\(name) \(asset.id)", measured: share, limit: Self.notReportedLimit,
                                            detail: "\(gaps) of \(count) \(asset.cells == nil ? "figures" : "cells")"))
                }
            }
        }
    }

    /// A page's blank band, column void, smallest text and printed working notes.
    static func measure(_ page: Page, place: String, notes: [String]) -> [Finding] {
        var out: [Finding] = []
        let leaves = Self.leaves(page.nodes)
        let gap = page.largestBlankBand
        if gap / page.size.height > blankBandLimit {
            out.append(Finding(rule: .blankBand, place: place, measured: gap / page.size.height, limit: blankBandLimit,
                               detail: "\(Int(gap.rounded())) pt of \(Int(page.size.height)) pt"))
        }
        // A band is white across the page; a column void is white down one column beside content,
        // which a band never sees (a short column of a fact sheet's two). A slide is judged by its
        // halves (its grid is not the A4 one), with the same limit.
        let void = page.isSlide ? page.largestSlideColumnVoid : page.largestColumnVoid
        if void / page.size.height > columnVoidLimit {
            out.append(Finding(rule: .columnVoid, place: place, measured: void / page.size.height, limit: columnVoidLimit,
                               detail: "\(Int(void.rounded())) pt of \(Int(page.size.height)) pt"))
        }
        let slide = page.isSlide
        let texts = leaves.compactMap(\.run)
        if let smallest = texts.map(\.size).min(), smallest < smallestText(slide: slide) - 0.01 {
            let sample = texts.first { $0.size == smallest }?.text ?? ""
            out.append(Finding(rule: .smallText, place: place, measured: smallest, limit: smallestText(slide: slide), detail: "\"\(sample.prefix(40))\""))
        }
        let printed = Array(texts.map(\.text).joined(separator: " ").utf8)
        for note in notes where ByteSearch.contains(printed, Array(note.utf8)) {
            out.append(Finding(rule: .workingNote, place: place, measured: 1, limit: 0, detail: "\"\(note)…\""))
        }
        // A note written in a spec or a translation table, caught by its words (`WorkingNoteWords`),
        // on paper and slides alike.
        if let phrase = WorkingNoteWords.first(in: texts.map(\.text).joined(separator: " ")) {
            out.append(Finding(rule: .workingNote, place: place, measured: 1, limit: 0, detail: "\"…\(phrase)…\""))
        }
        return out
    }

    /// Every drawn leaf with its bounds on the page (groups' transforms applied; translations and
    /// scales, which is all layout uses).
    static func leaves(_ nodes: [Node], _ t: Transform = .identity) -> [(bounds: Rect, run: GlyphRun?)] {
        nodes.flatMap { node -> [(bounds: Rect, run: GlyphRun?)] in
            switch node {
            case .group(let g): return leaves(g.children, g.transform.concatenating(t))
            case .text(let r): return [(t.apply(r.bounds), r)]
            default: return node.bounds.map { [(t.apply($0), nil)] } ?? []
            }
        }
    }
}
