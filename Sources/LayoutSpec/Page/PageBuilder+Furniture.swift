import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// The page's furniture: the header in the reports' house style, and the footer.
extension PageBuilder {
    /// Priority label, title, lead, reporting period, a rule; returns where the body starts.
    mutating func drawHeader(_ h: HeaderSpec, frame: Rect, into nodes: inout [Node], compact: Bool = false) -> Double {
        var column = PageComposer(engine: engine, frame: frame)
        func put(_ text: String, _ style: TextStyle, gap: Double) { column.text(text, style, spaceAfter: gap) }
        if let label = h.label { put(expand(label, h.position).uppercased(), theme.style(.label, color: theme.accent, weight: .bold).with(size: max(9 * typeScale, theme.sizes.label)), gap: 2) }
        if let title = h.title { put(expand(title, h.position), theme.style(.title).with(size: (compact ? 14 : 20) * typeScale), gap: 4) }
        if let lead = h.lead { put(expand(lead, h.position), theme.style(.body).with(size: max(9.5 * typeScale, theme.sizes.body)), gap: 4) }
        if let p = h.period {
            let newest = binder.newestCycle
            var period = p.isEmpty ? newest : binder.resolve(p)
            var key = "reporting-period", english = "Reporting period"
            // A mission page whose figures stop before the newest cycle (a closed mission) says when
            // it last reported, not the publication's cycle.
            if p.isEmpty, let mission = context.mission, let last = lastReported(mission.id), let newest, last.end < newest.start {
                period = last
                (key, english) = ("last-reported", "Last reported")
            }
            if let period {
                let word = context.translations.label(key, language: context.language) ?? english
                let label = context.periodName(period)
                put("\(word): \(label)", theme.style(.source).with(size: max(7.5 * typeScale, theme.sizes.source)), gap: 2)
            }
        }
        let y = column.y + 4
        nodes += column.nodes
        nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, y), to: Point(frame.maxX, y)), stroke: Stroke(color: theme.accent, width: 1))))
        return y + 12
    }

    /// The newest reporting cycle (or overview) with a stated figure for `mission`; dated figures
    /// of other documents (the C-34 matrix's "as of" date) do not make a mission current.
    func lastReported(_ mission: String) -> Period? {
        dataset.observations.filter { $0.mission == mission && $0.value.isStated }
            .compactMap { dataset.period($0.period) }.filter { $0.kind == .cycle || $0.kind == .overview }
            .max { $0.end < $1.end }
    }

    /// Footer text at the leading side, page number at the trailing side, a rule over them when
    /// there is text; returns where the body must end (the frame's bottom when there is no footer).
    mutating func drawFooter(frame: Rect, pageNumber: Int, into nodes: inout [Node]) -> Double {
        // The default footer ("A4P+ Reporting") in the page's language (`footer`).
        let given = page.footer.text == "A4P+ Reporting" && context.language != "en" && context.translations.lookup("footer", language: context.language) != nil
            ? "{t:footer}" : page.footer.text
        let footerText = expand(given, SourcePosition(file: spec.file, line: 1, column: 1))
        let hasText = !footerText.trimmingCharacters(in: .whitespaces).isEmpty
        if !hasText && !page.footer.pageNumber { return frame.maxY }
        let style = theme.style(.source)
        let text = engine.line(hasText ? footerText : " ", style: style)
        let baseline = frame.maxY - text.descent
        let top = frame.maxY - text.ascent - text.descent
        if hasText { nodes += text.runs(at: Point(rtl ? frame.maxX - text.width : frame.minX, baseline)).map(Node.text) }
        if page.footer.pageNumber {
            let n = engine.line(ValueFormat.number().string(Double(pageNumber), locale: theme.numberLocale), style: style)
            nodes += n.runs(at: Point(rtl ? frame.minX : frame.maxX - n.width, baseline)).map(Node.text)
        }
        if hasText {
            nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, top - 4), to: Point(frame.maxX, top - 4)),
                                      stroke: Stroke(color: theme.grid, width: 0.5))))
        }
        return top - 4 - 6
    }
}
