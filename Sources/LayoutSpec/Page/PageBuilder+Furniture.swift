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
        func put(_ text: String, _ style: TextStyle, gap: Double, role: StructureRole = .paragraph) {
            column.text(text, style, spaceAfter: gap, role: role)
        }
        if let label = h.label { put(expand(label, h.position).uppercased(), theme.style(.label, color: theme.accent, weight: .bold).with(size: max(9 * typeScale, theme.sizes.label)), gap: 2) }
        if let title = h.title {
            let text = expand(title, h.position)
            put(text, titleStyle(text, size: (compact ? 14 : 20) * typeScale, width: frame.width), gap: 4, role: .heading(1))
        }
        if let lead = h.lead { put(expand(lead, h.position), theme.style(.body).with(size: max(9.5 * typeScale, theme.sizes.body)), gap: 4) }
        // Words instead of a cycle (`period: "{t:key}"`): a slide whose figures are calendar years or
        // run since 2010 says so on the period line, where "Reporting period: Cycle 6" named a third
        // period (review 4, the P4 and P5 key slides).
        if let p = h.period, p.contains("{") {
            put(expand(p, h.position), theme.style(.source).with(size: max(7.5 * typeScale, theme.sizes.source)), gap: 2)
        } else if let p = h.period {
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
        contain(column.nodes, in: Rect(x: frame.minX, y: frame.minY, width: frame.width, height: y - frame.minY), what: "the page header", at: h.position)
        nodes += column.nodes
        nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, y), to: Point(frame.maxX, y)), stroke: Stroke(color: theme.accent, width: 1))))
        return y + 12
    }

    /// The title's style: on a slide, a title a little too long for one line is set up to a fifth
    /// smaller so it keeps to one line (a second line would take the room of a row of cards);
    /// longer titles wrap at full size. Pages keep the size of the type scale.
    func titleStyle(_ text: String, size: Double, width: Double) -> TextStyle {
        let style = theme.style(.title).with(size: size)
        guard page.isSlide else { return style }
        var fitted = style
        while engine.line(text, style: fitted).width > width {
            guard fitted.size - 1 >= size * 0.8 else { return style }
            fitted = fitted.with(size: fitted.size - 1)
        }
        return fitted
    }

    /// The furniture's nodes when every one lies inside `box`, else nil and an error naming `what`:
    /// the same containment check charts get from their canvas.
    @discardableResult
    mutating func contain(_ nodes: [Node], in box: Rect, what: String, at position: SourcePosition) -> [Node]? {
        guard let out = nodes.lazy.compactMap(\.bounds).first(where: { !box.contains($0, tolerance: 0.05) }) else { return nodes }
        log.error(position, rule: "does-not-fit",
                  "\(what) does not fit: it reaches \(Int((out.maxX - box.minX).rounded(.up))) pt across where \(Int(box.width)) pt are free; shorten it")
        return nil
    }

    /// The newest reporting exercise `mission` took part in: the newest cycle (or overview) with a
    /// stated figure for it, less the cycles whose report says the mission was left out of it
    /// (X.12 "excluded"). MINUSMA's cumulative crimes figures are charted in the 5th report, which
    /// says its data are excluded: its sheet says it last reported in the 2022 overview, as its
    /// subtitle does (issue 14). Dated figures of other documents (the C-34 matrix's "as of" date)
    /// do not make a mission current.
    func lastReported(_ mission: String) -> Period? {
        let excluded = Set(dataset.observations.filter { o in
            guard o.indicator == "X.12", o.category == "excluded", case .text(let t) = o.value else { return false }
            return t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == Substring(mission) }
        }.map(\.period))
        return dataset.observations.filter { $0.mission == mission && $0.value.isStated && !excluded.contains($0.period) }
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
        let number = page.footer.pageNumber
            ? engine.line(ValueFormat.number().string(Double(pageNumber), locale: theme.numberLocale), style: style) : nil
        if hasText {
            // The footer's text keeps clear of the page number: a footer too long for that is an error.
            let room = frame.width - (number.map { $0.width + 12 } ?? 0)
            contain(text.runs(at: Point(rtl ? frame.maxX - text.width : frame.minX, baseline)).map(Node.text),
                    in: Rect(x: rtl ? frame.maxX - room : frame.minX, y: top, width: room, height: frame.maxY - top),
                    what: "the footer text", at: SourcePosition(file: spec.file, line: 1, column: 1)).map { nodes.append(.tagged(.paragraph, $0)) }
        }
        if let n = number { nodes.append(.tagged(.paragraph, n.runs(at: Point(rtl ? frame.minX : frame.maxX - n.width, baseline)).map(Node.text))) }
        if hasText {
            nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, top - 4), to: Point(frame.maxX, top - 4)),
                                      stroke: Stroke(color: theme.grid, width: 0.5))))
        }
        return top - 4 - 6
    }
}
