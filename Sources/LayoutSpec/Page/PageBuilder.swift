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
    /// Optional blocks (`when-no-room: hide`) left out for want of room: copy-fitting keeps no type
    /// growth that leaves out more of them than the base layout.
    var extrasLeftOut = 0
    /// Optional blocks left out before layout because another language of the output had no room for
    /// them (`same-in-every-language`), and the top-level blocks the pages place.
    var withheld: Set<SourcePosition> = []
    var placed: Set<SourcePosition> = []
    /// Each line saying a figure is derived, with the block that prints it: the first block drawn
    /// that shows the figure; a later block showing it again does not repeat the line.
    var derivedLines: [String: SourcePosition] = [:]
    /// The alternative text of the chart `draw` rendered last.
    var lastAltText: String?
    /// How much taller a slide's highlight card is drawn than its words need (`fillCardColumns`).
    var cardStretch: [SourcePosition: Double] = [:]
    /// The figures `markShown` was given, while `chartBlock` records a layout for `ChartFrameMemo`.
    var marks: [[Observation]]?
    /// Append the review appendix (`--review`) after the document's pages.
    var review = false
    /// The set's choice for blocks without a figure in the publication's cycle.
    var notCurrent: NotCurrent {
        get { binder.notCurrent }
        set { binder.notCurrent = newValue }
    }
    /// Images read for this output, by path (each file read once however often it is placed), and the
    /// pixels and bytes each image block places (each placement is parsed by every renderer): bounded per output.
    var images: [String: ImageFile] = [:]
    var imagePixels: [SourcePosition: Double] = [:]
    var imageBytes: [SourcePosition: Int] = [:]
    let theme: Theme
    private(set) var binder: DataBinder
    /// What the layouts of this output share (chart bindings, report names): its copy-fitting trials (`SpecRenderer` passes one memo to each).
    var memo = LayoutMemo()
    /// Children each of page 1's stacks yields to the flowing modules though they fit (see
    /// `yieldEnds`): copy-fitting's second try on a sheet left with a blank band over the limit.
    var yielding: [Int] = []
    /// How many each stack did yield (fewer than `yielding` asks when a stack runs short).
    var yielded: [Int] = []
    /// Column balancing's moves for this layout (`SpecRenderer.balanceFit`), how many children its
    /// stack move did move, and the half-width modules placed (what a flip can name).
    var balance = ColumnBalance.none
    var balancedCount = 0
    var halfPlacements = 0
    /// The copy-fitting factor of this layout (`grow` of `init`): a balancing trial keeps it.
    let grow: Double
    /// Type scale of the page (1.5 on slides), applied to header and footer too; on slides the
    /// theme's sizes are then raised to `TypeScale.projection`.
    let typeScale: Double

    /// `grow`: the copy-fitting factor this layout tries (see `grow-type`), on top of the type scale.
    init(spec: Spec, dataset: Dataset, engine: TextEngine, context: TextContext, log: DiagnosticLog, grow: Double = 1) {
        self.spec = spec; self.dataset = dataset; self.engine = engine; self.context = context; self.log = log
        self.grow = grow
        var t = Theme.forLanguage(context.language)
        switch spec.page.direction {
        case "rtl": t.direction = .rightToLeft
        case "ltr": t.direction = .leftToRight
        default: break
        }
        let isSlide = spec.page.isSlide
        typeScale = (spec.theme.typeScale ?? (isSlide ? 1.5 : 1)) * grow
        let sourceSize = t.sizes.source * typeScale / grow
        t.sizes = t.sizes.scaled(by: typeScale)
        // Slides are projected: no text under the projection floors, whatever the type scale.
        if isSlide { t.sizes = t.sizes.atLeast(text: TypeScale.projection.text, source: TypeScale.projection.source) }
        // A projected label is read at a glance: no period or single word alone on its last line.
        if isSlide { t.labelWrap = .balanced }
        // Type shrunk to save a page (`shrink-type`) keeps its source lines at their size (6.5 pt on A4):
        // they are the smallest text already.
        if grow < 1 { t.sizes.source = max(t.sizes.source, sourceSize) }
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
        if let f = o.textFloor { t.sizes = t.sizes.atLeast(text: f, source: t.sizes.source) }
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
        // A section marked `fill-gaps` holds modules in no fixed order: where the next one does not fit
        // what is left of a page, a later one that fits is set there first.
        var sections: [(blocks: [BlockSpec], soft: Bool, free: Bool)] = [([], false, false)]
        for b in spec.blocks {
            if b.kind == PageBreakKind.tag {
                // Pages cost time and bytes in every format: past the limit, say so and lay out no more.
                if sections.count == InputLimits.pages {
                    log.error(b.position, rule: "too-many-pages",
                              "this page break starts page \(InputLimits.pages + 1), more than the limit of \(InputLimits.pages) pages per output; split the spec")
                    break
                }
                sections.append(([], b.bool("if-needed") ?? false, b.bool("fill-gaps") ?? false))
            } else {
                sections[sections.count - 1].blocks.append(b)
            }
        }
        // Paginate: each page's furniture is drawn when it opens, its rows are collected; the rows
        // are placed once the page is known to be complete (so a page can spread them).
        // `fixed`: the rows a hard page break put at the top of the page; the rest come from sections
        // after soft breaks and may move to the next page to balance the two.
        // `footer`: drawn last, so it is read last.
        var pages: [(nodes: [Node], footer: [Node], body: Rect, rows: [FlowRow], fixed: Int)] = []
        func used(_ rows: [FlowRow]) -> Double { rows.isEmpty ? 0 : height(of: rows) }
        for index in sections.indices {
            let section = sections[index]
            // Measure, then place: the section's blocks are laid out once into rows of frames.
            var rows = flow(section.blocks, width: frame.width, columns: page.columns)
            if section.free { rows = moduleUnits(rows) }
            // A module about as tall at half the width (a list of one figure across the page, its other
            // half white: UNISFA's page 2 opened so, review 5) takes one column on every sheet; the
            // balancing's narrow lever allows twice the height.
            if section.free { narrowModules(&rows, width: frame.width, most: balance.narrow ? 2 : Self.quietNarrowing) }
            // A section after a soft break stays on this page when its measured height fits there;
            // else the rows that fit stay (never a heading alone at the foot) and the rest open the next page.
            if index > 0 && section.soft, let current = pages.last {
                // A section whose blocks were all left out for this page opens no page.
                if rows.isEmpty { continue }
                if section.free {
                    packModules(into: &pages[pages.count - 1].rows, from: &rows, width: frame.width, height: current.body.height)
                    if rows.allSatisfy(\.isExtra) { dropRowsWithoutRoom(&rows, height: -1) }
                } else {
                    let staying = rowsFitting(rows, height: current.body.height - used(current.rows) - (current.rows.isEmpty ? 0 : page.rowGap))
                    pages[pages.count - 1].rows += rows.prefix(staying)
                    rows.removeFirst(staying)
                }
                if rows.isEmpty { continue }
            }
            while true {
                var nodes: [Node] = [], footer: [Node] = []
                var top = frame.minY
                if let header = page.header {
                    top = pages.isEmpty ? drawHeader(header, frame: frame, into: &nodes)
                                        : drawHeader(HeaderSpec(label: header.label, title: header.title, lead: nil, period: nil,
                                                                position: header.position), frame: frame, into: &nodes, compact: true)
                }
                // Footer first, so the body knows where it must end; drawn last, so it is read last.
                let bodyBottom = drawFooter(frame: frame, pageNumber: pages.count + 1, into: &footer)
                let body = Rect(x: frame.minX, y: top, width: frame.width, height: bodyBottom - top)
                // A section after a soft break flows on over as many pages as its rows need (rows a
                // page has no room for that say `when-no-room: hide` are left out instead).
                if section.free {
                    // Modules: as many as fit, in two columns; one taller than a page alone (an overflow error).
                    var taken: [FlowRow] = []
                    packModules(into: &taken, from: &rows, width: frame.width, height: body.height)
                    if taken.isEmpty { taken = [rows.removeFirst()] }
                    if pages.count + 2 >= InputLimits.pages { taken += rows; rows = [] }
                    if rows.allSatisfy(\.isExtra) { dropRowsWithoutRoom(&rows, height: -1) }
                    pages.append((nodes, footer, body, taken, 0))
                    if rows.isEmpty { break }
                    continue
                }
                // Column balancing's trial move between page 1's stacks, before anything gives way.
                if index == 0 { moveStackEnds(&rows); if sections.count > 1 { pullModule(&rows, from: &sections[1].blocks) } }
                // Page 1's stacks give way to the modules that flow after it rather than run over.
                if index == 0, sections.count > 1, sections[1].soft, sections[1].free {
                    let ends = yieldEnds(&rows, counts: yielding, columns: page.columns)
                    sections[1].blocks.insert(contentsOf: giveWay(&rows, height: body.height, columns: page.columns) + ends, at: 0)
                }
                let fit = section.soft ? rowsFitting(rows, height: body.height) : rows.count
                let rest = rows.dropFirst(fit)
                if fit > 0, !rest.isEmpty, pages.count + 1 < InputLimits.pages,
                   !rest.allSatisfy(\.isExtra) {
                    pages.append((nodes, footer, body, Array(rows.prefix(fit)), section.soft ? 0 : fit))
                    rows.removeFirst(fit)
                    continue
                }
                dropRowsWithoutRoom(&rows, height: body.height, width: body.width)
                pages.append((nodes, footer, body, rows, section.soft ? 0 : rows.count))
                break
            }
        }
        if page.spreadRows {
            // From the last page back, each page takes rows of soft sections from the foot of the page
            // before it while that evens out the two pages' spare height (each then spreads what is left).
            for q in pages.indices.dropFirst().reversed() {
                let p = q - 1
                while pages[p].rows.count > max(pages[p].fixed, 1), let last = pages[p].rows.last {
                    let spareP = pages[p].body.height - used(pages[p].rows), spareQ = pages[q].body.height - used(pages[q].rows)
                    let moved = last.height + (pages[q].rows.isEmpty ? 0 : page.rowGap)
                    guard moved <= spareQ, spareQ - spareP > moved else { break }
                    pages[q].rows.insert(pages[p].rows.removeLast(), at: 0)
                    // Column balancing may join two chunks of modules into one; then no more rows
                    // move (the page before would give its next chunk for the height the join made).
                    if balance.join, joinModules(&pages[q].rows, width: frame.width, height: pages[q].body.height) { break }
                }
            }
        }
        var laidOut: [Page] = pages.map { p in
            var (nodes, rows) = (p.nodes, p.rows)
            let spread = gaps(rows, height: p.body.height)
            // Column balancing may spread the page's last chunk of modules down its columns.
            if balance.feather, !rows.isEmpty {
                featherColumns(&rows[rows.count - 1], room: p.body.height - rows.reduce(0) { $0 + $1.height } - spread.reduce(0, +), width: frame.width)
            }
            _ = place(rows, in: p.body, into: &nodes, gaps: spread)
            return Page(size: size, nodes: nodes + p.footer)
        }
        if laidOut.isEmpty { laidOut = [Page(size: size, nodes: [])] }
        assets = ChartAsset.uniquing(assets)
        if review { laidOut += reviewPages(frame: frame, firstPageNumber: laidOut.count + 1) }
        let title = spec.title.map { expand($0, SourcePosition(file: spec.file, line: 1, column: 1)) }
            ?? page.header?.title.map { expand($0, page.header!.position) }
        let metadata = DocumentMetadata(title: title, subject: spec.subject.map { expand($0, SourcePosition(file: spec.file, line: 1, column: 1)) },
                                        author: "United Nations Peacekeeping · A4P+ Reporting",
                                        keywords: spec.keywords.map { expand($0, SourcePosition(file: spec.file, line: 1, column: 1)) } + [context.mission?.id, context.priority?.id].compactMap { $0 },
                                        language: context.language)
        return Document(pages: laidOut, metadata: metadata)
    }

    mutating func expand(_ text: String, _ at: SourcePosition) -> String { context.expand(text, at: at, log: &log) }

    /// The page's theme with the block's own overrides.
    func theme(for block: BlockSpec) -> Theme {
        var t = theme
        PageBuilder.apply(block.theme, to: &t)
        return t
    }

    /// The block says `when-empty: hide` and would draw nothing on this page.
    /// Or it is an optional block another language had no room for (`withheld`).
    mutating func isHidden(_ block: BlockSpec) -> Bool { withheld.contains(block.position) || isEmptyHidden(block) }

    /// The block says `when-empty: hide` and has nothing to draw on this page.
    mutating func isEmptyHidden(_ block: BlockSpec) -> Bool {
        block.string("when-empty") == "hide" && BlockKinds.named(block.kind)?.isEmpty(block, on: &self) == true
    }

    /// A block laid out at `width` by its kind: nodes from the origin down, and its height.
    mutating func prepare(_ block: BlockSpec, width: Double) -> BlockFrame {
        BlockKinds.named(block.kind)?.layout(block, width: width, on: &self) ?? .empty
    }

    /// `text` set at `width` as one structure element (a paragraph unless `role` says otherwise).
    func paragraph(_ text: String, _ style: TextStyle, width: Double, role: StructureRole = .paragraph) -> BlockFrame {
        let block = engine.paragraph(text, style: style, width: width)
        return BlockFrame([.tagged(role, block.runs(topLeft: Point(0, 0), width: width).map(Node.text))], block.height)
    }

    /// Text without the **bold** markers (plain paragraphs set in one weight).
    /// A text without "*" is returned as it is, without Foundation's search (perf).
    func plain(_ text: String) -> String { text.utf8.contains(UInt8(ascii: "*")) ? text.replacingOccurrences(of: "**", with: "") : text }

    /// Records figures a block prints (coverage, and the review appendix's order).
    mutating func markShown(_ observations: [Observation]) {
        marks?.append(observations)
        for o in observations where shown.insert(o.key).inserted { shownOrder.append(o.key) }
    }

    /// How many leading rows fit `height`, one row gap between rows, without ending on a row of
    /// headings only (a heading stays with what it heads).
    func rowsFitting(_ rows: [FlowRow], height: Double) -> Int {
        var count = 0, used = 0.0
        for row in rows {
            let add = (count == 0 ? 0 : page.rowGap) + row.height
            guard used + add <= height else { break }
            used += add
            count += 1
        }
        while count > 0, count < rows.count, rows[count - 1].items.allSatisfy({ $0.block.kind == HeadingKind.tag }) { count -= 1 }
        return count
    }
}
