import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// The fact-checker's appendix (`--review`): after a document's pages, every figure it prints, in
/// the order it first appears, with its value, period, scope, source and the seed sentence it
/// comes from, so a page can be signed off without the dataset. Not part of the default export.
extension PageBuilder {
    /// Pages listing the shown figures in two columns; the same header line and footer as the document.
    mutating func reviewPages(frame: Rect, firstPageNumber: Int) -> [Page] {
        let figures = shownOrder.compactMap { dataset.observation($0) }
        guard !figures.isEmpty else { return [] }
        let t = theme
        let words = ReviewWords(translations: context.translations, language: context.language)
        let gap = page.gutter * 2
        let columnWidth = (frame.width - gap) / 2

        var pages: [Page] = []
        var nodes: [Node] = []
        var top = 0.0, bottom = 0.0, column = 0, y = 0.0
        func newPage() {
            if !nodes.isEmpty { pages.append(Page(size: page.size, nodes: nodes)) }
            nodes = []
            var y0 = frame.minY
            let title = engine.paragraph(words.title, style: t.style(.title).with(size: 14 * typeScale), width: frame.width)
            nodes += title.runs(topLeft: Point(frame.minX, y0), width: frame.width).map(Node.text)
            y0 += title.height + 3
            let lead = engine.paragraph(words.lead(figures.count), style: t.style(.caption), width: frame.width)
            nodes += lead.runs(topLeft: Point(frame.minX, y0), width: frame.width).map(Node.text)
            y0 += lead.height + 6
            nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, y0), to: Point(frame.maxX, y0)),
                                      stroke: Stroke(color: t.accent, width: 1))))
            top = y0 + 8
            bottom = drawFooter(frame: frame, pageNumber: firstPageNumber + pages.count, into: &nodes)
            column = 0
            y = top
        }
        newPage()
        for o in figures {
            let blocks = entry(o, words: words).map { text, style in engine.paragraph(text, style: style, width: columnWidth) }
            let height = blocks.reduce(0) { $0 + $1.height + 1 } + 5
            if y + height > bottom {
                if column == 0 { column = 1; y = top } else { newPage() }
            }
            let x = rtl ? frame.maxX - columnWidth - Double(column) * (columnWidth + gap) : frame.minX + Double(column) * (columnWidth + gap)
            for block in blocks {
                nodes += block.runs(topLeft: Point(x, y), width: columnWidth).map(Node.text)
                y += block.height + 1
            }
            y += 5
        }
        pages.append(Page(size: page.size, nodes: nodes))
        return pages
    }

    /// The lines of one figure: what and where it is with its value; its source; the seed's words;
    /// scope and derivation where they apply.
    private func entry(_ o: Observation, words: ReviewWords) -> [(String, TextStyle)] {
        let t = theme
        // On right-to-left pages each piece is a first-strong isolate, so English titles, citations
        // and quotes keep their own order and punctuation inside the Arabic line.
        func iso(_ s: String) -> String { rtl ? "\u{2068}\(s)\u{2069}" : s }
        let indicator = dataset.indicator(o.indicator)
        let title = context.translations.lookup("indicator.\(o.indicator)", language: context.language) ?? indicator?.title ?? o.indicator
        let category = indicator?.breakdown.flatMap { dataset.breakdowns[$0] }?.categories.first { $0.id == o.category }
        let period = dataset.period(o.period).map { binder.shortLabel($0) } ?? o.period
        var what = [iso(o.indicator + " " + title), iso(binder.missionLabel(o.mission))]
        if let category { what.append(iso(binder.categoryLabel(category))) }
        what.append(iso(period))
        let figure = binder.figure(o, dataset.indicator(o.indicator)).text(t)
        let value = o.qualifier == .inferred ? figure + " (" + words.derived + ")" : figure
        var lines: [(String, TextStyle)] = [(what.joined(separator: " · ") + ": " + iso(value), t.style(.label, weight: .bold).with(size: 7.5))]
        let source = dataset.source(o.source)
        let seed = source.map { $0.seed } ?? o.source
        let quote = dataset.quotes[o.key]
        var cite = [source?.report, source?.section, o.locator.isEmpty ? nil : o.locator].compactMap { $0 }.joined(separator: ", ")
        if let line = quote?.line, line > 0 { cite += " · \(seed):\(line)" }
        // Citations and quotes are English: their own paragraph direction, whatever the page's.
        var english = t.style(.source).with(size: 6.5)
        english.direction = .auto
        lines.append((cite, english))
        if let text = quote?.text, !text.isEmpty {
            var quoted = t.style(.caption).with(size: 7)
            quoted.direction = .auto
            lines.append((Typography.quote(text, language: context.language), quoted))
        } else {
            lines.append((words.noQuote, t.style(.caption, color: t.absent).with(size: 7)))
        }
        if !o.scope.isEmpty { lines.append((words.scope + ": " + iso(binder.scopeLabel(o.scope)), t.style(.source).with(size: 6.5))) }
        return lines
    }
}

/// The appendix's own words, from the translation table when it has them.
struct ReviewWords {
    var translations: Translations
    var language: String

    private func word(_ key: String, _ english: String) -> String { translations.lookup(key, language: language) ?? english }

    var title: String { word("review.title", "Review appendix: every printed figure and its source") }
    func lead(_ n: Int) -> String {
        word("review.lead", "{n} figures, in the order they first appear: value, period, source and the sentence of the report it comes from.")
            .replacingOccurrences(of: "{n}", with: String(n))
    }
    var derived: String { word("review.derived", "derived from the report, not printed in it") }
    var noQuote: String { word("review.no-quote", "No sentence of the report states this figure.") }
    var scope: String { word("review.scope", "Scope") }
}
