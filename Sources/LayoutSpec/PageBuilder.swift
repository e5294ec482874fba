import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// Builds one page from a spec for one template item: header, blocks flowing on the column grid
/// (rows of spans, nested rows and stacks), footer. Reports blocks that do not fit as errors at
/// the block's line in the spec.
struct PageBuilder {
    let spec: Spec
    let dataset: Dataset
    let engine: TextEngine
    var context: TextContext
    var log: DiagnosticLog
    /// Every observation a drawn block shows (values, trend baselines, quoted texts): the page's coverage.
    var shown: Set<ObservationKey> = []
    /// The same figures in the order they first appear, for the review appendix.
    var shownOrder: [ObservationKey] = []
    /// Every chart block drawn, on its own (ids made unique by `build()`), for the chart assets of the export.
    var assets: [ChartAsset] = []
    /// The alternative text of the chart `draw` rendered last.
    var lastAltText: String?
    /// Append the review appendix (`--review`) after the document's pages.
    var review = false
    /// Images read for this output, by path (each file read once however often it is placed), and the
    /// pixels and bytes each image block places (each placement is parsed by every renderer): bounded per output.
    var images: [String: ImageFile] = [:]
    var imagePixels: [SourcePosition: Double] = [:]
    var imageBytes: [SourcePosition: Int] = [:]
    let theme: Theme
    let binder: DataBinder
    /// Type scale of the page (1.5 on slides), applied to header and footer too.
    let typeScale: Double

    init(spec: Spec, dataset: Dataset, engine: TextEngine, context: TextContext, log: DiagnosticLog) {
        self.spec = spec; self.dataset = dataset; self.engine = engine; self.context = context; self.log = log
        var t = Theme.forLanguage(context.language)
        switch spec.page.direction {
        case "rtl": t.direction = .rightToLeft
        case "ltr": t.direction = .leftToRight
        default: break
        }
        let isSlide = spec.page.size.width > spec.page.size.height && spec.page.size.height <= 600
        typeScale = spec.theme.typeScale ?? (isSlide ? 1.5 : 1)
        t.sizes = t.sizes.scaled(by: typeScale)
        PageBuilder.apply(spec.theme, to: &t)
        theme = t
        binder = DataBinder(dataset: dataset, currentMission: context.mission, text: context,
                            cycle: ReportingCycle(named: context.cycle?.id, dataset: dataset))
    }

    static func apply(_ o: ThemeOverrides, to t: inout Theme) {
        if let c = o.accent.flatMap({ Color(hexString: $0.0) }) { t.accent = c }
        if let c = o.text.flatMap({ Color(hexString: $0.0) }) { t.ink = c }
        if let c = o.secondary.flatMap({ Color(hexString: $0.0) }) { t.secondary = c }
        if let c = o.grid.flatMap({ Color(hexString: $0.0) }) { t.grid = c }
        if let p = o.palette { t.categorical = p.compactMap { Color(hexString: $0.0) } }
        if let s = o.bigNumberSize { t.sizes.bigNumber = s }
    }

    var page: PageSpec { spec.page }
    /// " on the MINUSCA page" in messages about a template's output.
    var pageOf: String { (context.mission?.id ?? context.priority?.id).map { " on the \($0) page" } ?? "" }
    var rtl: Bool { theme.isRightToLeft }

    mutating func build() -> Document {
        let size = page.size
        let m = page.margins
        let frame = Rect(x: m.left, y: m.top, width: size.width - m.left - m.right, height: size.height - m.top - m.bottom)
        // `page-break` blocks split the spec into pages; the full header opens the first page, later
        // pages repeat only the label and title line.
        // A section after a break marked `if-needed` joins the page before it when it fits there.
        var sections: [(blocks: [BlockSpec], soft: Bool)] = [([], false)]
        for b in spec.blocks {
            if b.kind == "page-break" {
                // Pages cost time and bytes in every format: past the limit, say so and lay out no more.
                if sections.count == InputLimits.pages {
                    log.error(b.position, rule: "too-many-pages",
                              "this page break starts page \(InputLimits.pages + 1), more than the limit of \(InputLimits.pages) pages per output; split the spec")
                    break
                }
                sections.append(([], b.bool("if-needed") ?? false))
            } else {
                sections[sections.count - 1].blocks.append(b)
            }
        }
        var pages: [Page] = []
        var nodes: [Node] = []
        var body = Rect(x: 0, y: 0, width: 0, height: 0)
        var y = 0.0
        for (index, section) in sections.enumerated() {
            if index > 0 && section.soft {
                // Dry run on a tall scratch area to learn the section's height; its messages are dropped.
                let saved = log, savedShown = shown, savedOrder = shownOrder, savedAssets = assets
                var scratch: [Node] = []
                let needed = layout(section.blocks, in: Rect(x: body.minX, y: 0, width: body.width, height: 100_000),
                                    columns: page.columns, into: &scratch)
                log = saved
                shown = savedShown
                shownOrder = savedOrder
                assets = savedAssets
                if y + page.rowGap + needed <= body.maxY {
                    y = layout(section.blocks, in: Rect(x: body.minX, y: y + page.rowGap, width: body.width, height: body.maxY - y - page.rowGap),
                               columns: page.columns, into: &nodes)
                    continue
                }
            }
            if index > 0 { pages.append(Page(size: size, nodes: nodes)) }
            nodes = []
            var top = frame.minY
            if let header = page.header {
                top = pages.isEmpty ? drawHeader(header, frame: frame, into: &nodes)
                                    : drawHeader(HeaderSpec(label: header.label, title: header.title, lead: nil, period: nil,
                                                            position: header.position), frame: frame, into: &nodes, compact: true)
            }
            // Footer first, so the body knows where it must end.
            let bodyBottom = drawFooter(frame: frame, pageNumber: pages.count + 1, into: &nodes)
            body = Rect(x: frame.minX, y: top, width: frame.width, height: bodyBottom - top)
            y = layout(section.blocks, in: body, columns: page.columns, into: &nodes)
        }
        pages.append(Page(size: size, nodes: nodes))
        assets = ChartAsset.uniquing(assets)
        if review { pages += reviewPages(frame: frame, firstPageNumber: pages.count + 1) }
        let title = spec.title.map { expand($0, SourcePosition(file: spec.file, line: 1, column: 1)) }
            ?? page.header?.title.map { expand($0, page.header!.position) }
        let metadata = DocumentMetadata(title: title, subject: spec.subject.map { expand($0, SourcePosition(file: spec.file, line: 1, column: 1)) },
                                        author: "United Nations Peacekeeping · A4P+ Reporting",
                                        keywords: spec.keywords.map { expand($0, SourcePosition(file: spec.file, line: 1, column: 1)) } + [context.mission?.id, context.priority?.id].compactMap { $0 })
        return Document(pages: pages, metadata: metadata)
    }

    mutating func expand(_ text: String, _ at: SourcePosition) -> String { context.expand(text, at: at, log: &log) }

    /// Records figures a block prints (coverage, and the review appendix's order).
    mutating func markShown(_ observations: [Observation]) {
        for o in observations where shown.insert(o.key).inserted { shownOrder.append(o.key) }
    }

    // MARK: Header and footer

    /// Priority label, title, lead, reporting period, a rule; returns where the body starts.
    mutating func drawHeader(_ h: HeaderSpec, frame: Rect, into nodes: inout [Node], compact: Bool = false) -> Double {
        var y = frame.minY
        func put(_ text: String, _ style: TextStyle, gap: Double) {
            let block = engine.paragraph(text, style: style, width: frame.width)
            nodes += block.runs(topLeft: Point(frame.minX, y), width: frame.width).map(Node.text)
            y += block.height + gap
        }
        if let label = h.label { put(expand(label, h.position).uppercased(), theme.style(.label, color: theme.accent, weight: .bold).with(size: 9 * typeScale), gap: 2) }
        if let title = h.title { put(expand(title, h.position), theme.style(.title).with(size: (compact ? 14 : 20) * typeScale), gap: 4) }
        if let lead = h.lead { put(expand(lead, h.position), theme.style(.body).with(size: 9.5 * typeScale), gap: 4) }
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
                let word = context.translations.lookup(key, language: context.language) ?? english
                let label = context.periodName(period)
                put("\(word): \(label)", theme.style(.source).with(size: 7.5 * typeScale), gap: 2)
            }
        }
        y += 4
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
        let footerText = expand(page.footer.text, SourcePosition(file: spec.file, line: 1, column: 1))
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

    // MARK: Flow

    /// Places `blocks` in rows of `columns` grid columns inside `area`, top-down. Returns the bottom.
    mutating func layout(_ blocks: [BlockSpec], in area: Rect, columns: Int, into nodes: inout [Node]) -> Double {
        let gutter = page.gutter
        let colWidth = (area.width - Double(columns - 1) * gutter) / Double(columns)
        func width(_ span: Int) -> Double { Double(span) * colWidth + Double(span - 1) * gutter }
        // Each block is drawn first (its width depends only on its span); a block left out for this
        // page (`when-empty: hide`) drops out before placing, so it leaves no hole in its row.
        var drawn: [(block: BlockSpec, content: [Node], height: Double)] = []
        for b in blocks {
            if let span = b.span, span > columns {
                log.error(b.position, rule: "span-too-wide", "\(b.kind) block '\(b.name)' spans \(span) columns; the grid has \(columns)")
            }
            let (content, h) = prepare(b, width: width(min(b.span ?? columns, columns)))
            if content.isEmpty && h == 0 && b.string("when-empty") == "hide" { continue }
            drawn.append((b, content, h))
        }
        // Rows: blocks in order until their spans fill the grid. A block with `col` starts at that
        // column of the current row; columns taken twice are an overlap.
        var rows: [[(index: Int, start: Int)]] = []
        var used = 0
        var previous: BlockSpec?
        for (i, d) in drawn.enumerated() {
            let b = d.block
            let span = min(b.span ?? columns, columns)
            var start = used
            if let col = b.col {
                start = col - 1
                if start + span > columns {
                    log.error(b.node["col"]?.position ?? b.position, rule: "overflow",
                              "\(b.kind) block '\(b.name)' at column \(col) spanning \(span) runs past the grid's \(columns) columns")
                    continue
                }
                if start < used, let previous {
                    log.error(b.node["col"]?.position ?? b.position, rule: "overlap",
                              "\(b.kind) block '\(b.name)' at columns \(col)–\(col + span - 1) overlaps '\(previous.name)' (line \(previous.position.line)), which takes columns up to \(used)")
                    continue
                }
            }
            if rows.isEmpty || start + span > columns {
                rows.append([])
                start = b.col.map { $0 - 1 } ?? 0
            }
            rows[rows.count - 1].append((i, start))
            used = start + span
            previous = b
        }
        var y = area.minY
        for row in rows {
            let rowHeight = row.map { drawn[$0.index].height }.max() ?? 0
            for (i, start) in row {
                let d = drawn[i]
                let w = width(min(d.block.span ?? columns, columns))
                let x = Double(start) * (colWidth + gutter)
                let r = Rect(x: rtl ? area.maxX - x - w : area.minX + x, y: y, width: w, height: d.height)
                if r.maxY > area.maxY + 0.5 {
                    log.error(d.block.position, rule: "overflow",
                              "\(d.block.kind) block '\(d.block.name)'\(pageOf) ends \(fmtNumber((r.maxY - area.maxY).rounded())) pt below the page's body (\(fmtNumber(area.maxY.rounded())) pt); shorten the page, lower 'height' or move blocks side by side")
                    continue
                }
                nodes.append(.group(Group(transform: .translation(r.x, r.y), children: d.content, name: d.block.name)))
            }
            y += rowHeight + page.rowGap
        }
        return y - page.rowGap
    }

    // MARK: Blocks

    /// A block drawn at the origin for `width`, and its height.
    mutating func prepare(_ block: BlockSpec, width: Double) -> ([Node], Double) {
        var t = theme
        PageBuilder.apply(block.theme, to: &t)
        switch block.kind {
        case "heading":
            let level = block.node["level"]?.int ?? 2
            let style: TextStyle = switch level {
            case 1: t.style(.title).with(size: 20)
            case 3: t.style(.title)
            default: t.style(.title).with(size: 12)
            }
            var text = expand(block.string("text") ?? "", block.position)
            if level == 2 { text = text.uppercased(with: Locale(identifier: context.language)) }
            return paragraph(text, style, width: width)
        case "text":
            var text = expand(block.string("text") ?? "", block.position)
            var quotedFrom: [Observation] = []
            // After the source of a text of the data printed in translation: the colophon saying it is
            // the project's unofficial translation of the English original.
            var colophon: String?
            if block.binding.indicator != nil {
                // The text of a text indicator (e.g. P1.04 highlights) for the mission and period.
                guard let quoted = binder.text(block, log: &log) else { return ([], 0) }
                text = text.isEmpty ? quoted.text : text + "\n" + quoted.text
                quotedFrom = [quoted.observation]
                if case .text(let original) = quoted.observation.value, quoted.text != context.readable(original) {
                    colophon = context.translations.lookup("translated-text", language: context.language)
                        ?? "The project's unofficial translation of the English original."
                }
            }
            // A quoted text from before the newest cycle names its period in its title.
            var title = block.title.map { expand($0, block.position) }
            if let o = quotedFrom.first, let when = binder.olderPeriodLabel(o), let given = title,
               !given.localizedCaseInsensitiveContains(when) {
                title = given + " (" + when + ")"
            }
            switch block.string("style") ?? "body" {
            case "highlight":
                let paragraphs = text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                let chart = TextBox(name: block.name, heading: title, paragraphs: paragraphs)
                let h = block.height ?? estimateTextBoxHeight(paragraphs, heading: title, width: width, theme: t)
                return draw(chart, block, width: width, height: h, theme: t, title: false, observations: quotedFrom, colophon: colophon)
            default:
                let style = switch block.string("style") {
                case "lead": t.style(.body).with(size: 10)
                case "note": t.style(.source)
                default: t.style(.body)
                }
                markShown(quotedFrom)
                var (nodes, h) = paragraph(plain(text), style, width: width)
                // A title over a plain paragraph, in the chart-title style.
                if let title {
                    let head = engine.paragraph(title, style: t.style(.title), width: width)
                    nodes = head.runs(topLeft: Point(0, 0), width: width).map(Node.text)
                        + [.group(Group(transform: .translation(0, head.height + 4), children: nodes))]
                    h += head.height + 4
                }
                // Text taken from the data says where it comes from, as charts do.
                if !quotedFrom.isEmpty, let line = sourceLine(block, quotedFrom) {
                    let b = engine.paragraph(colophon.map { line + " · " + $0 } ?? line, style: t.style(.source), width: width)
                    nodes += b.runs(topLeft: Point(0, h + 3), width: width).map(Node.text)
                    h += b.height + 3
                }
                return (nodes, h)
            }
        case "mission-data":
            return missionData(block, width: width, theme: t)
        case "figure-list":
            return figureList(block, width: width, theme: t)
        case "divider":
            return ([.shape(Shape(path: .line(from: Point(0, 4), to: Point(width, 4)), stroke: Stroke(color: t.grid, width: 0.5)))], 8)
        case "spacer":
            return ([], block.height ?? 12)
        case "legend":
            let items = (block.node["items"]?.sequence ?? []).enumerated().map { i, n in
                (expand(n.string ?? "", n.position), t.color(series: i))
            }
            var canvas = Canvas(box: Rect(x: 0, y: 0, width: width, height: 200), context: ChartContext(engine: engine, theme: t),
                                chartName: "legend")
            let h = Legend.swatches(items, on: &canvas)
            return (canvas.nodes, h)
        case "image":
            return image(block, width: width)
        case "row":
            var nodes: [Node] = []
            let bottom = layoutNested(block.children, width: width, into: &nodes)
            return (nodes, bottom)
        case "stack":
            var nodes: [Node] = []
            var y = 0.0
            for child in block.children {
                let (content, h) = prepare(child, width: width)
                nodes.append(.group(Group(transform: .translation(0, y), children: content, name: child.name)))
                y += h + page.rowGap / 2
            }
            return (nodes, max(0, y - page.rowGap / 2))
        default:
            var bindLog = DiagnosticLog()
            let bound = binder.bind(block, log: &bindLog)
            let hide = block.string("when-empty") == "hide"
            for d in bindLog.diagnostics where !(hide && d.rule == "empty-binding") { log.add(d) }
            guard let bound else { return ([], hide ? 0 : block.height ?? 40) }
            // The block's words name the cycle it shows when it fell back to an older one.
            let saved = context
            if let older = bound.olderCycle { context = binder.naming(older).text }
            defer { context = saved }
            let h = block.height.map { $0 - frameExtra(block, width: width, theme: t, observations: bound.observations, chart: bound.chart) }
                ?? defaultHeight(bound.chart, width: width)
            let (nodes, height) = draw(bound.chart, block, width: width, height: h, theme: t, title: true, observations: bound.observations)
            // The block on its own: its box at the origin (prepare draws every block at the origin).
            var seen: Set<ObservationKey> = []
            let figures = bound.observations.filter { seen.insert($0.key).inserted }
            var quiet = DiagnosticLog()   // the title's messages were reported where it was drawn
            let title = block.title.map { context.expand($0, at: block.position, log: &quiet) }
            let metadata = DocumentMetadata(title: title, subject: lastAltText, author: "United Nations Peacekeeping · A4P+ Reporting",
                                            keywords: [block.kind, context.mission?.id, context.priority?.id].compactMap { $0 })
            assets.append(ChartAsset(id: ChartAsset.baseID(block), kind: block.kind, title: title, altText: lastAltText,
                                     document: Document(pages: [Page(size: Size(width, height), nodes: nodes)], metadata: metadata),
                                     observations: figures, csv: ChartAsset.csv(figures, dataset: dataset)))
            return (nodes, height)
        }
    }

    /// A nested row: children side by side, spans counted in the page's grid columns.
    mutating func layoutNested(_ children: [BlockSpec], width: Double, into nodes: inout [Node]) -> Double {
        let gutter = page.gutter
        let total = children.reduce(0) { $0 + ($1.span ?? 1) }
        let unit = (width - Double(children.count - 1) * gutter) / Double(max(total, 1))
        var x = 0.0, height = 0.0
        for child in children {
            let w = unit * Double(child.span ?? 1)
            let (content, h) = prepare(child, width: w)
            let lx = rtl ? width - x - w : x
            nodes.append(.group(Group(transform: .translation(lx, 0), children: content, name: child.name)))
            height = max(height, h)
            x += w + gutter
        }
        return height
    }

    /// Title, message, chart, source line and note of a data block, stacked.
    /// `colophon` follows the source line ("… | A4P+ Reporting · The project's unofficial translation …").
    mutating func draw(_ chart: any Chart, _ block: BlockSpec, width: Double, height: Double, theme t: Theme, title: Bool,
                       observations: [Observation] = [], colophon: String? = nil) -> ([Node], Double) {
        var nodes: [Node] = []
        var y = 0.0
        markShown(observations)
        func put(_ text: String, _ style: TextStyle, gap: Double) {
            let b = engine.paragraph(text, style: style, width: width)
            nodes += b.runs(topLeft: Point(0, y), width: width).map(Node.text)
            y += b.height + gap
        }
        if title, let tt = block.title { put(expand(tt, block.position), t.style(.title), gap: 1) }
        if let msg = block.message { put(expand(msg, block.position), t.style(.caption), gap: 3) }
        y += title && block.title != nil ? 3 : 0
        var box = Rect(x: 0, y: y, width: width, height: max(10, height))
        let chartContext = ChartContext(engine: engine, theme: t, baseMap: BaseMapFile.world)
        var rendering = chart.render(in: box, context: chartContext)
        // Tables, matrices and text boxes hang from the top: without a height of their own they
        // take just the height their content needs, so no gap opens above the source line.
        if block.height == nil, PageBuilder.hangsFromTop(chart), rendering.problems.isEmpty,
           let bottom = rendering.nodes.compactMap(\.bounds).map(\.maxY).max(), bottom < box.maxY - 1 {
            // Some kinds want a little room below their content: try a few margins.
            for margin in [2.0, 4, 8, 14] where bottom - box.y + margin < box.height {
                var tight = box
                tight.height = bottom - box.y + margin
                let shrunk = chart.render(in: tight, context: chartContext)
                if shrunk.problems.isEmpty {
                    box = tight
                    rendering = shrunk
                    break
                }
            }
        }
        nodes.append(rendering.node)
        lastAltText = rendering.altText
        for p in rendering.problems {
            log.error(block.position, rule: "does-not-fit", "\(block.kind) block '\(block.name)': \(p.message)")
        }
        y += box.height + 4
        if let line = sourceLine(block, observations) { put(colophon.map { line + " · " + $0 } ?? line, t.style(.source), gap: 1) }
        if let key = (chart as? TrendTable)?.symbolKey(language: context.language) { put(key, t.style(.source), gap: 1) }
        if let note = block.note { put(expand(note, block.position), t.style(.source), gap: 1) }
        return (nodes, y)
    }

    static func hangsFromTop(_ chart: any Chart) -> Bool {
        chart is TrendTable || chart is CheckMatrix || chart is DotRating || chart is ImpactMatrix || chart is ScaleStrip
    }

    /// "Source: A4P+ 6th Progress Report (February 2025) | A4P+ Reporting", from the observations'
    /// provenance unless the block gives its own text or turns it off.
    func sourceLine(_ block: BlockSpec, _ observations: [Observation]) -> String? {
        let word = context.translations.lookup("source", language: context.language) ?? "Source"
        if let given = block.source { return given.isEmpty ? nil : "\(word): \(given)" }
        var reports: [String] = []
        for o in observations where o.value.isAvailable {
            if let r = dataset.source(o.source)?.report, !reports.contains(r) { reports.append(r) }
        }
        guard !reports.isEmpty else { return nil }
        // On right-to-left pages each English report name is a left-to-right isolate (LRI … PDI), so
        // its brackets and semicolons stay with it instead of being reordered around it.
        let names = rtl ? reports.map { "\u{2066}\($0)\u{2069}" } : reports
        let tail = rtl ? "\u{2066}A4P+ Reporting\u{2069}" : "A4P+ Reporting"
        return "\(word): \(names.joined(separator: rtl ? "؛ " : "; ")) | \(tail)"
    }

    func frameExtra(_ block: BlockSpec, width: Double, theme t: Theme, observations: [Observation], chart: (any Chart)? = nil) -> Double {
        var h = 4.0
        // Measured as printed, placeholders expanded (their messages are reported where they are drawn).
        var scratch = DiagnosticLog()
        func printed(_ text: String) -> String { context.expand(text, at: block.position, log: &scratch) }
        if let tt = block.title { h += engine.paragraph(printed(tt), style: t.style(.title), width: width).height + 4 }
        if let msg = block.message { h += engine.paragraph(printed(msg), style: t.style(.caption), width: width).height + 3 }
        if let line = sourceLine(block, observations) { h += engine.paragraph(line, style: t.style(.source), width: width).height + 1 }
        if let key = (chart as? TrendTable)?.symbolKey(language: context.language) {
            h += engine.paragraph(key, style: t.style(.source), width: width).height + 1
        }
        if let note = block.note { h += engine.paragraph(printed(note), style: t.style(.source), width: width).height + 1 }
        return h
    }

    /// A chart's natural height when the spec gives none.
    func defaultHeight(_ chart: any Chart, width: Double) -> Double {
        switch chart {
        case let c as KPITile:
            // Number, caption (up to four lines) and trend line, measured for this width.
            let t = theme
            let ring = c.ringTotal != nil
            let textWidth = ring ? width * 0.6 - t.unit * 2 : width
            let big = t.sizes.bigNumber * (ring ? 0.8 : 1) * 1.37
            let caption = engine.paragraph(c.caption, style: t.style(.caption), width: textWidth)
            let lines = min(4, caption.lines.count)
            let captionHeight = lines == 0 ? 0 : caption.height * Double(lines) / Double(caption.lines.count)
            let trend = c.previous != nil ? t.sizes.label * 1.4 : 0
            return max(ring ? 84 : 60, big + captionHeight + trend + 8)
        case let c as BarChart:
            let legend = c.series.count > 1 || c.layout != .grouped ? 20.0 : 0
            if c.orientation == .vertical { return 170 }
            return Double(c.categories.count) * max(16, 7 * Double(c.series.count) + 8) + legend + (c.showAxis == true ? 14 : 0)
        case is LineChart: return 150
        case let c as DonutChart: return max(96, Double(c.slices.count) * 30)
        // Generous: these kinds hang from the top and are shrunk to their content afterwards.
        case let c as TrendTable: return Double(c.rows.count + 2) * 34 + 16
        case let c as CheckMatrix: return Double(c.rows.count + 3) * 28 + 16
        case let c as DotRating: return Double(c.rows.count + 3) * 28 + 16
        case let c as ImpactMatrix: return Double(c.rows.count + 3) * 34 + 16
        case is ScaleStrip: return 120
        case let c as Funnel: return Double(c.stages.count) * 30 + 10
        case is Waffle: return 110
        case is Sparkline: return 50
        case is MissionMap: return 220
        default: return 120
        }
    }

    func estimateTextBoxHeight(_ paragraphs: [String], heading: String? = nil, width: Double, theme t: Theme) -> Double {
        let style = t.style(.body)
        let h = paragraphs.reduce(0) { $0 + engine.paragraph(plain($1), style: style, width: width - 28).height + 6 }
        // 40 pt hold a one-line heading; a heading that wraps (a period added to it) needs its extra lines.
        let head = heading.map { engine.paragraph($0, style: t.style(.title), width: width - 28).height } ?? 0
        let oneLine = engine.paragraph("X", style: t.style(.title), width: width - 28).height
        return h + 40 + max(0, head - oneLine)
    }

    /// Text without the **bold** markers (plain paragraphs set in one weight).
    func plain(_ text: String) -> String { text.replacingOccurrences(of: "**", with: "") }

    func paragraph(_ text: String, _ style: TextStyle, width: Double) -> ([Node], Double) {
        let block = engine.paragraph(text, style: style, width: width)
        return (block.runs(topLeft: Point(0, 0), width: width).map(Node.text), block.height)
    }

    mutating func image(_ block: BlockSpec, width: Double) -> ([Node], Double) {
        let base = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
        guard let path = block.string("path") else { return ([], block.height ?? 40) }
        let at = block.node["path"]?.position ?? block.position
        let full = SpecProject.resolve(path, from: base).path
        let image: ImageFile
        if let cached = images[full] {
            image = cached
        } else {
            switch ImageFile.load(full, named: path) {
            case .success(let i): image = i
            case .failure(let problem):
                log.error(at, rule: problem.rule, problem.message)
                return ([], block.height ?? 40)
            }
            images[full] = image
        }
        // Every placement is decoded by every renderer: bound the count, the pixels and the bytes.
        imagePixels[block.position] = image.isSVG ? 0 : image.width * image.height
        imageBytes[block.position] = image.bytes.count
        let bytes = imageBytes.values.reduce(0, +)
        let pixels = imagePixels.values.reduce(0, +)
        if imagePixels.count > InputLimits.imagesPerOutput || pixels > Double(InputLimits.imagePixelsPerOutput)
            || bytes > InputLimits.imageBytesPerOutput {
            log.error(at, rule: "too-many-images",
                      "with this image the output places more than \(InputLimits.imagesPerOutput) images, \(InputLimits.imagePixelsPerOutput / 1_000_000) megapixels or \(InputLimits.imageBytesPerOutput >> 20) MB of image data; use fewer or smaller images")
            return ([], block.height ?? 40)
        }
        let (pw, ph) = (image.width, image.height)
        let h = block.height ?? width * ph / pw
        let w = min(width, h * pw / ph)
        let alt = block.string("alt").map { expand($0, block.position) }
        return ([.image(Image(rect: Rect(x: rtl ? width - w : 0, y: 0, width: w, height: h), format: image.isSVG ? .svg : .png,
                              data: image.bytes, altText: alt))], h)
    }
}
