import A4PCharts
import A4PIndicators
import A4PScene

/// A paragraph, written in the spec or quoted from a text indicator (highlights); `highlight`
/// sets it in a tinted box.
enum TextKind: BlockKind {
    static let tag = "text"
    static let summary = "A paragraph; **bold** spans and lines starting with \"- \" as bullets"
    static let schemaTitle = "A paragraph, written or taken from a text indicator"
    static let chartTypes: [any Chart.Type] = [TextBox.self]
    static let properties = [
        PropertySchema("text", .string(), "The text; **bold**, \"- \" bullets, {mission.name}, {t:key}"),
        PropertySchema("indicator", .string(), "A text indicator (e.g. P1.04 highlights) whose value is shown", example: "P1.04"),
        PropertySchema("mission", .string(), default: "current in a template, else ALL", "The mission whose text is shown"),
        PropertySchema("period", .string(), default: "latest", "The period of the text"),
        PropertySchema("newest", .integer(min: 1, max: 12), "With an indicator: the mission's N newest texts, newest first, each named by its period (instead of one period's)"),
        PropertySchema("yields-to", .string(), "With an indicator: the block is left out where the mission has a text of this indicator "
                       + "(a newer text that takes the older one's place: MINUSMA's 2024 handover over its 2022 planning unit)",
                       example: "P2.19"),
        PropertySchema("followed-by", .array(.string()), "With an indicator: text indicators on the same topic whose texts follow in this "
                       + "module (as many as `newest`, else one), most recent first, each named by its period: one topic, one module"),
        PropertySchema("dated", .boolean, default: "false", "With an indicator: a single text is named by its period too (\"C-34 follow-up: …\"), "
                       + "as several are; for a text under a module of the same topic whose title it shares (stack)"),
        PropertySchema("style", .string(allowed: ["body", "lead", "note", "highlight"]), default: "body",
                       "body 9 pt, lead 10 pt, note 6.5 pt grey, highlight in a tinted box"),
        BlockKinds.themeOverride,
    ]

    /// A text quoted from the data is empty when the mission has none for the period(s) asked.
    /// Answered once per output (`LayoutMemo.empty`): it reads the block, the dataset and the
    /// output's binder only, and every layout asks again (`filledSpans`, `isHidden`).
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool {
        guard block.binding.indicator != nil else { return false }
        let binder = page.binder, dataset = page.dataset
        return page.memo.empty(block) { findEmpty(block, binder: binder, dataset: dataset) }
    }

    static func findEmpty(_ block: BlockSpec, binder: DataBinder, dataset: Dataset) -> Bool {
        if yields(block, binder: binder, dataset: dataset) { return true }
        var scratch = DiagnosticLog()
        return quotes(block, binder: binder, dataset: dataset, log: &scratch).isEmpty
    }

    /// Laid out once per output, width and type size (`ChartFrameMemo`): trial layouts set it again.
    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        page.memoised(block, kind: ObjectIdentifier(TextKind.self), width: width) { layOut(block, width: width, on: &$0) }
    }

    static func layOut(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        let t = page.theme(for: block)
        let context = page.context
        var text = page.expand(block.string("text") ?? "", block.position)
        var quotedFrom: [Observation] = []
        // After the source of a text of the data printed in translation: the colophon saying it is
        // the project's unofficial translation of the English original.
        var colophon: String?
        if block.binding.indicator != nil {
            if let other = block.string("yields-to"), page.dataset.indicator(other) == nil {
                page.log.error(block.position, rule: "unknown-indicator", "text block '\(block.name)': yields-to '\(other)' is no indicator of the dataset",
                               suggestion: Suggestion.closest(to: other, in: page.dataset.indicators.map(\.id)))
            }
            checkFollowers(block, on: &page)
            if yields(block, page) { return .empty }
            // The text of a text indicator (e.g. P1.04 highlights) for the mission and period, or its
            // `newest` N texts, and those of `followed-by`, newest first, each after its period's name.
            let quoted = quotes(block, binder: page.binder, dataset: page.dataset, log: &page.log)
            guard !quoted.isEmpty else { return .empty }
            let several = quoted.count > 1 || block.bool("dated") == true
            for q in quoted {
                let when = several ? page.dataset.period(q.observation.period).map { "**" + page.binder.shortLabel($0) + ":** " } ?? "" : ""
                text = text.isEmpty ? when + q.text : text + "\n" + when + q.text
                quotedFrom.append(q.observation)
                if case .text(let original) = q.observation.value, q.text != context.readable(original) {
                    colophon = page.translationColophon
                }
            }
        }
        // A quoted text from before the newest cycle names its period in its title (several, or a `dated`
        // one, name theirs before their text).
        var title = block.title.map { page.expand($0, block.position) }
        if quotedFrom.count == 1, block.bool("dated") != true, let o = quotedFrom.first, let when = page.binder.olderPeriodLabel(o), let given = title,
           !given.localizedCaseInsensitiveContains(when) {
            title = given + " (" + when + ")"
        }
        if block.string("style") == "highlight" {
            let paragraphs = text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let chart = TextBox(name: block.name, heading: title, paragraphs: paragraphs)
            let h = block.height ?? chart.size(for: width, in: page.chartContext(t)).height + (page.cardStretch[block.position] ?? 0)
            return page.draw(chart, block, width: width, height: h, theme: t, title: false, observations: quotedFrom, colophon: colophon)
        }
        let style = switch block.string("style") {
        case "lead": t.style(.body).with(size: max(10, t.sizes.body))
        case "note": t.style(.source)
        default: t.style(.body)
        }
        page.markShown(quotedFrom)
        // Drawn through the chart canvas for its containment check; as body text, not as a figure.
        let paragraph = Statement(name: block.name, text: page.plain(text), style: style)
        let height = paragraph.size(for: width, in: page.chartContext(t)).height
        let drawn = paragraph.render(in: Rect(x: 0, y: 0, width: width, height: height), context: page.chartContext(t))
        page.report(drawn.problems, of: block)
        var frame = BlockFrame([.tagged(.paragraph, drawn.nodes)], height)
        // A title over a plain paragraph, in the chart-title style.
        if let title {
            let head = page.engine.paragraph(title, style: t.style(.title), width: width)
            frame.nodes = [.tagged(.paragraph, head.runs(topLeft: Point(0, 0), width: width).map(Node.text))]
                + [.group(Group(transform: .translation(0, head.height + 4), children: frame.nodes))]
            frame.height += head.height + 4
        }
        // Text taken from the data says where it comes from, as charts do.
        if !quotedFrom.isEmpty, let line = page.sourceLine(block, quotedFrom) {
            let b = page.engine.paragraph(colophon.map { line + " · " + $0 } ?? line, style: t.style(.source), width: width)
            frame.nodes.append(.tagged(.paragraph, b.runs(topLeft: Point(0, frame.height + 3), width: width).map(Node.text)))
            frame.height += b.height + 3
        }
        return frame
    }

    /// The block names `yields-to` and the page's mission has a text of that indicator in any period.
    static func yields(_ block: BlockSpec, _ page: PageBuilder) -> Bool { yields(block, binder: page.binder, dataset: page.dataset) }

    static func yields(_ block: BlockSpec, binder: DataBinder, dataset: Dataset) -> Bool {
        guard let other = block.string("yields-to") else { return false }
        let mission = binder.missionID(block)
        return dataset.observations(of: other).contains { $0.mission == mission && $0.value.isAvailable }
    }
}
