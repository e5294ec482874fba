import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// A chart block on the page: bound, measured, drawn, with its title, message, source line and note.
extension PageBuilder {
    /// A chart block: bound by its kind, measured, drawn with its words around it, and kept on its
    /// own as a chart asset. `chartBlock` answers from the output's `ChartFrameMemo` where it can.
    mutating func layOutChart(_ block: BlockSpec, kind: any ChartKind.Type, width: Double) -> BlockFrame {
        let t = theme(for: block)
        var bindLog = DiagnosticLog()
        let bound = memo.bind(block, kind: kind, binder: binder, log: &bindLog)
        let hide = block.string("when-empty") == "hide"
        for d in bindLog.diagnostics where !(hide && d.rule == "empty-binding") { log.add(d) }
        guard let bound else { return BlockFrame([], hide ? 0 : block.height ?? 40) }
        // No figure in the publication's cycle and the block (or the set) says so rather than show an
        // older one: one sentence under the title, naming the cycle.
        if bound.olderCycle != nil, block.binding.periods == nil, binder.notCurrent(block) == .notReported, let current = binder.cycle?.current {
            let sentence = Statement(name: block.name, text: Words.notReported(in: context.periodName(current), context.language),
                                     style: t.style(.caption))
            return draw(sentence, block, width: width, height: sentence.size(for: width, in: chartContext(t)).height, theme: t, title: true)
        }
        // The block's words name the cycle it shows when it fell back to an older one.
        let saved = context
        if let older = bound.olderCycle { context = binder.naming(older).text }
        defer { context = saved }
        // Measured once: the natural height (when the spec gives none) and the hero number's baseline.
        let size = bound.chart.size(for: width, in: chartContext(t))
        let h = block.height.map { $0 - frameExtra(block, width: width, theme: t, observations: bound.observations, chart: bound.chart,
                                                         unreported: bound.unreported) } ?? size.height
        // A spec's height draws the chart in another box than the measured one: its number moves with it.
        let hero = block.height == nil || size.heroBaseline == nil ? size.heroBaseline
            : bound.chart.heroBaseline(width: width, height: h, in: chartContext(t))
        var frame = draw(bound.chart, block, width: width, height: h, heroBaseline: hero, theme: t, title: true,
                         observations: bound.observations, colophon: bound.translated ? translationColophon : nil, unreported: bound.unreported)
        if let hero = bound.chart.heroFigure(), hero.value.number == 0, hero.value.qualifier == nil {
            frame.zeroCaption = hero.caption
            frame.zeroIndicator = block.binding.indicator?.0
            frame.zeroSentence = block.binding.indicator.flatMap { indicator in
                context.translations.firstWritten(["indicator.\(indicator.0).zero"]).flatMap { context.translations.label($0, language: context.language) }
            }
        }
        // The block on its own: its box at the origin (blocks are laid out at the origin). Its CSV is
        // written for the kept layout only (`SpecRenderer`), not in every copy-fitting trial.
        var seen: Set<ObservationKey> = []
        let figures = bound.observations.filter { seen.insert($0.key).inserted }
        var quiet = DiagnosticLog()   // the title's messages were reported where it was drawn
        let title = block.title.map { context.expand($0, at: block.position, log: &quiet) }
        let metadata = DocumentMetadata(title: title, subject: lastAltText, author: "United Nations Peacekeeping · A4P+ Reporting",
                                        keywords: [block.kind, context.mission?.id, context.priority?.id].compactMap { $0 },
                                        language: context.language)
        assets.append(ChartAsset(id: ChartAsset.baseID(block), kind: block.kind, title: title, altText: lastAltText,
                                 document: Document(pages: [Page(size: Size(width, frame.height), nodes: frame.placed())], metadata: metadata),
                                 observations: figures, csv: "", omitted: bound.omitted,
                                 cells: (bound.chart as? any GapCounting)?.notReportedCells))
        return frame
    }

    /// Title, message, chart, source line and note of a data block, stacked.
    /// `colophon` follows the source line ("… | A4P+ Reporting · The project's unofficial translation …").
    /// `heroBaseline` is the chart's measured one (from its box's top), for rows that align tiles.
    mutating func draw(_ chart: any Chart, _ block: BlockSpec, width: Double, height: Double, heroBaseline: Double? = nil, theme t: Theme, title: Bool,
                       observations: [Observation] = [], colophon: String? = nil, unreported: Unreported = Unreported()) -> BlockFrame {
        var column = PageComposer(engine: engine, frame: Rect(x: 0, y: 0, width: width, height: .infinity))
        markShown(observations)
        if title, let tt = block.title { column.text(expand(tt, block.position), t.style(.title), spaceAfter: 1, role: .paragraph) }
        if let msg = block.message { column.text(expand(msg, block.position), t.style(.caption), spaceAfter: 3, role: .paragraph) }
        column.space(title && block.title != nil ? 3 : 0)
        let box = Rect(x: 0, y: column.y, width: width, height: max(10, height))
        var rendering = chart.render(in: box, context: chartContext(t))
        // The figure's name (an SVG figure's title) is the block's printed title; a chart whose kind
        // says nothing about it (no data to draw) has that title as its words, else the block's name.
        var quiet = DiagnosticLog()
        let printedTitle = block.title.map { context.expand($0, at: block.position, log: &quiet) }
        if rendering.altText == nil { rendering.altText = printedTitle ?? block.name }
        if case .group(var figure) = rendering.node {
            figure.name = printedTitle
            column.add(.group(figure))
        }
        lastAltText = rendering.altText
        report(rendering.problems, of: block)
        column.space(box.height + 4)
        // The foot: what an aligned row of tiles starts on one line.
        let body = column.takeNodes(), footTop = column.y
        var source: (text: String, height: Double)?
        if let line = sourceLine(block, observations) {
            let text = colophon.map { line + " · " + $0 } ?? line
            column.text(text, t.style(.source), spaceAfter: 1, role: .paragraph)
            source = (text, column.y - footTop)
        }
        if let gaps = gapsLine(chart, unreported) { column.text(gaps, t.style(.source), spaceAfter: 1, role: .paragraph) }
        // Figures the report does not print (derived by us) say so, in the reader's words (once: a
        // block whose own note already says it prints the note only).
        let derived = derivedNotes(block, observations)
        for line in derived.owned { derivedLines[line] = block.position }
        for line in derived.printed { column.text(line, t.style(.source), spaceAfter: 1, role: .paragraph) }
        // A note that expands to nothing (a per-mission note this mission lacks) takes no line.
        if let note = block.note.map({ expand($0, block.position) }), !note.isEmpty { column.text(note, t.style(.source), spaceAfter: 1, role: .paragraph) }
        let hero = heroBaseline.map { $0 + box.y }
        return BlockFrame(body, column.y, foot: column.nodes, footHeight: column.y - footTop, heroBaseline: hero, source: source)
    }

    /// The binder's lines for derived figures, less one the block's own note already prints and one
    /// an earlier block of the document printed (two tables of one figure explain it once).
    /// `owned`: the lines this block explains (printed here or in its note); `printed`: those it prints.
    func derivedNotes(_ block: BlockSpec, _ observations: [Observation]) -> (owned: [String], printed: [String]) {
        var quiet = DiagnosticLog()
        let note = block.note.map { context.expand($0, at: block.position, log: &quiet) }
        let owned = binder.derivedNotes(observations).filter { (derivedLines[$0] ?? block.position) == block.position }
        return (owned, owned.filter { $0 != note })
    }

    /// What did not fit in a block's chart, as errors at the block.
    mutating func report(_ problems: [LayoutProblem], of block: BlockSpec) {
        for p in problems { log.error(block.position, rule: "does-not-fit", "\(block.kind) block '\(block.name)': \(p.message)") }
    }

    /// "Source: A4P+ 6th Progress Report (February 2025) | A4P+ Reporting", from the observations'
    /// provenance unless the block gives its own text or turns it off.
    func sourceLine(_ block: BlockSpec, _ observations: [Observation]) -> String? {
        let word = context.translations.label("source", language: context.language) ?? "Source"
        // A given source names its reports as the data does, parted by " | " ("A4P+ 6th Progress Report
        // (February 2025) | A4P+ Reporting"): each part known as a report prints in the page's language.
        if let written = block.source {
            guard !written.isEmpty else { return nil }
            // Placeholders ({t:key}) as in the block's other words; their messages are reported there.
            var quiet = DiagnosticLog()
            let given = context.expand(written, at: block.position, log: &quiet)
            let known = reportNames
            return "\(word): " + given.components(separatedBy: " | ").map { known.contains($0) ? reportName($0) : $0 }.joined(separator: " | ")
        }
        var reports: [String] = []
        for o in observations where o.value.isAvailable {
            if let r = dataset.source(o.source)?.report, !reports.contains(r) { reports.append(r) }
        }
        guard !reports.isEmpty else { return nil }
        // The list's separator in the page's script: Arabic "؛", Chinese full-width "；".
        let separator = rtl ? "؛ " : context.language.hasPrefix("zh") ? "；" : "; "
        let line = "\(word): \(reports.map(reportName).joined(separator: separator))"
        // Figures of one's own data are not the A4P+ reporting's: no publisher, no tail.
        guard let publisher = dataset.publisher else { return line }
        return line + " | " + reportName(publisher)
    }

    /// The reports of the dataset's sources and the line's tail, by their English names.
    private var reportNames: Set<String> { Set(dataset.sources.values.map(\.report) + ["A4P+ Reporting"]) }

    /// A Latin symbol after a space in a right-to-left title (" A/79/553/Add.1", " C-34", " A4P+"). Made
    /// once: a regex literal is parsed again each time it is evaluated, and that parsing was a tenth of
    /// the layout of an Arabic page (perf).
    nonisolated(unsafe) private static let latinSymbol = /\x20([A-Za-z0-9][A-Za-z0-9\/.+\-\u2060]*[A-Za-z0-9+])/

    /// A report's title in the page's language (`report.<English title>`), else the English one; on
    /// right-to-left pages an English title is a left-to-right isolate (LRI … PDI), so its brackets and
    /// semicolons stay with it instead of being reordered around it.
    private func reportName(_ english: String) -> String { memo.reportName(english, make: makeReportName) }

    private func makeReportName(_ english: String) -> String {
        let translated = context.language == "en" ? english : context.translations.label("report.\(english)", language: context.language) ?? english
        // "A4P+" stays on one line (a word joiner before the "+", where line breaking would otherwise allow a break).
        let name = context.language == "en" ? translated : translated.replacingOccurrences(of: "A4P+", with: "A4P\u{2060}+")
        guard rtl else { return name }
        if translated == english { return "\u{2066}\(english)\u{2069}" }
        // In a translated title the text engine keeps each Latin symbol ("A/79/553/Add.1", "C-34", "A4P+")
        // left to right and whole (Typography, for every Arabic text); here the space before a symbol
        // does not break: the symbol stays with the word it belongs to.
        return name.replacing(Self.latinSymbol) { m in
            (m.output.1.contains(where: \.isLetter) ? "\u{00A0}" : " ") + m.output.1
        }
    }

    func frameExtra(_ block: BlockSpec, width: Double, theme t: Theme, observations: [Observation], chart: (any Chart)? = nil,
                    unreported: Unreported = Unreported()) -> Double {
        var h = 4.0
        // Measured as printed, placeholders expanded (their messages are reported where they are drawn).
        var scratch = DiagnosticLog()
        func printed(_ text: String) -> String { context.expand(text, at: block.position, log: &scratch) }
        if let tt = block.title { h += engine.paragraph(printed(tt), style: t.style(.title), width: width).height + 4 }
        if let msg = block.message { h += engine.paragraph(printed(msg), style: t.style(.caption), width: width).height + 3 }
        if let line = sourceLine(block, observations) { h += engine.paragraph(line, style: t.style(.source), width: width).height + 1 }
        if let gaps = gapsLine(chart, unreported) { h += engine.paragraph(gaps, style: t.style(.source), width: width).height + 1 }
        for line in derivedNotes(block, observations).printed { h += engine.paragraph(line, style: t.style(.source), width: width).height + 1 }
        if let note = block.note.map(printed), !note.isEmpty { h += engine.paragraph(note, style: t.style(.source), width: width).height + 1 }
        return h
    }

    /// What the chart's gaps mean, one line: its key to absent cells (".. not reported") and the rows
    /// or columns left out for having nothing reported ("Nothing reported for: …").
    /// Checklist rows said as sentences of their own follow the list of the others.
    func gapsLine(_ chart: (any Chart)?, _ unreported: Unreported) -> String? {
        let said = unreported.sentences.isEmpty ? nil : unreported.sentences.joined(separator: Words.sentenceSeparator(context.language))
        let parts = [chart?.footnote(language: context.language), Words.notReported(unreported.named, context.language), said].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// "The project's unofficial translation of the English original.", in the page's language.
    var translationColophon: String {
        context.translations.label("translated-text", language: context.language) ?? "The project's unofficial translation of the English original."
    }

    /// What charts draw with on this page: the text engine, the block's theme, the base map.
    func chartContext(_ t: Theme) -> ChartContext { ChartContext(engine: engine, theme: t, baseMap: BaseMapFile.world) }


}
