import A4PScene
import A4PCharts

/// One row of the grid: blocks laid out (measured) and given their columns, not yet placed.
struct FlowRow {
    struct Item {
        var block: BlockSpec
        var frame: BlockFrame
        /// Offset from the area's leading edge and width, from the block's columns.
        var x: Double
        var width: Double
        /// How far the block moves down so its hero number sits on the row's hero baseline.
        var drop = 0.0
        /// The page's shown figures and chart assets before this block was laid out: a row left
        /// out for want of room (`when-no-room: hide`) takes its figures and assets back out.
        var shownBefore = 0
        var assetsBefore = 0
    }
    var items: [Item]
    /// A row of tiles (every block has a hero number) under `rows: aligned`: their feet start on one line.
    var aligned = false
    /// A source line that neighbouring tiles of an aligned row share, set once across them at the
    /// row's foot (their own lines left out): its nodes from the origin, height, span and tiles.
    struct SharedSource {
        var nodes: [Node], height: Double, x: Double, width: Double
        var items: Range<Int>
    }
    var sharedSources: [SharedSource] = []
    /// A chunk of packed modules (`packModules`): its units as packed, so it can be packed again (`joinModules`).
    var units: [FlowRow] = []
    /// The line every tile of the row shares, if they all cite the same sources.
    var sharedSource: SharedSource? {
        sharedSources.count == 1 && sharedSources[0].items == items.indices ? sharedSources[0] : nil
    }
    /// The shared line tile `i` prints under, if any.
    func shared(_ i: Int) -> SharedSource? { sharedSources.first { $0.items.contains(i) } }
    /// Every block says `when-no-room: hide`: a template's extra content, shown where a page has room.
    var isExtra: Bool { items.allSatisfy { $0.block.string("when-no-room") == "hide" } }
    /// How many leading blocks must stay: up to the last one that does not say `when-no-room: hide`.
    var required: Int { (items.lastIndex { $0.block.string("when-no-room") != "hide" } ?? -1) + 1 }
    /// The same, counting only text cards as able to give way (a row above a row of figures).
    var requiredCards: Int { (items.lastIndex { $0.block.string("when-no-room") != "hide" || $0.block.kind != TextKind.tag } ?? -1) + 1 }
    /// Some trailing blocks may be left out for want of room (all of them in an extra row).
    var givesWay: Bool { required < items.count }
    /// The row's leading edge and width, from its first block's start to its last block's end.
    var span: (x: Double, width: Double) {
        let x = items.map(\.x).min() ?? 0
        return (x, reach - x)
    }
    /// How far from the leading edge the row's last block ends.
    var reach: Double { items.map { $0.x + $0.width }.max() ?? 0 }
    /// Where an aligned row's feet start: under its lowest body.
    var footTop: Double { items.map { $0.drop + $0.frame.bodyHeight }.max() ?? 0 }
    /// The lowest block's bottom: the next row starts a row gap below it.
    var height: Double {
        guard aligned else { return items.map { $0.drop + $0.frame.height }.max() ?? 0 }
        return footTop + (items.indices.map { i in
            let foot = items[i].frame.footHeight
            guard let line = shared(i) else { return foot }
            return line.height + foot - (items[i].frame.source?.height ?? 0)
        }.max() ?? 0)
    }

    /// How far item `i`'s foot moves down to start where the row's feet start (under its shared line).
    func footDrop(_ i: Int) -> Double {
        aligned ? footTop - items[i].drop - items[i].frame.bodyHeight + (shared(i)?.height ?? 0) : 0
    }

    /// Moves blocks with a hero number down to the lowest hero baseline of the row; in a row of
    /// tiles, their source lines and notes then start on one line. Rows of other blocks keep
    /// each source line under its own chart.
    mutating func alignHeroes() {
        let heroes = items.compactMap(\.frame.heroBaseline)
        aligned = items.count > 1 && heroes.count == items.count
        guard let lowest = heroes.max() else { return }
        for i in items.indices {
            if let hero = items[i].frame.heroBaseline { items[i].drop = lowest - hero }
        }
    }
}

/// The grid flow: blocks laid out once at the width of their span (measure), grouped into rows that
/// fill the grid's columns, then placed top-down in an area (place). Deciding where a section goes
/// needs only the measured rows, never a second layout.
extension PageBuilder {
    /// Lays out `blocks` at their spans' widths and groups them into rows of `columns` grid columns.
    mutating func flow(_ blocks: [BlockSpec], width areaWidth: Double, columns: Int) -> [FlowRow] {
        let grid = ColumnGrid(width: areaWidth, columns: columns, gutter: page.gutter)
        func width(_ span: Int) -> Double { grid.width(span) }
        // A block left out for this page (`when-empty: hide`) drops out before the rows are made,
        // so it leaves no hole in its row.
        // Under `fill-rows`, such a block's columns go to the blocks of the row it would have shared.
        let (filled, hidden) = page.fillRows ? filledSpans(blocks, columns: columns) : ([:], [])
        var laidOut: [(block: BlockSpec, frame: BlockFrame, shown: Int, assets: Int)] = []
        for (i, var b) in blocks.enumerated() where !hidden.contains(i) && !withheld.contains(b.position) {
            let marks = (shownOrder.count, assets.count)
            if let span = b.span, span > columns {
                log.error(b.position, rule: "span-too-wide", "\(b.kind) block '\(b.name)' spans \(span) columns; the grid has \(columns)")
            }
            if let span = filled[i] { b.span = span }
            let frame = prepare(b, width: width(min(b.span ?? columns, columns)))
            if frame.nodes.isEmpty && frame.foot.isEmpty && frame.height == 0 && b.string("when-empty") == "hide" { continue }
            laidOut.append((b, frame, marks.0, marks.1))
        }
        // Rows: blocks in order until their spans fill the grid. A block with `col` starts at that
        // column of the current row; columns taken twice are an overlap.
        var rows: [FlowRow] = []
        var used = 0
        var previous: BlockSpec?
        for (b, frame, shownBefore, assetsBefore) in laidOut {
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
                rows.append(FlowRow(items: []))
                start = b.col.map { $0 - 1 } ?? 0
            }
            rows[rows.count - 1].items.append(.init(block: b, frame: frame, x: grid.x(start), width: width(span),
                                                    shownBefore: shownBefore, assetsBefore: assetsBefore))
            used = start + span
            previous = b
        }
        if page.alignRows {
            for i in rows.indices { settle(&rows[i]) }
        }
        return rows
    }

    /// An aligned page's row rules, in order: heroes on one baseline, one source line for tiles that
    /// share it, zero tiles said in words, shared card sources, a slide's short cards grown to the
    /// row. Every row laid out (or laid out again when cards give way or come back) passes through them.
    mutating func settle(_ row: inout FlowRow) {
        row.alignHeroes()
        shareSource(&row)
        sayZeros(&row)
        shareCardSources(&row)
        fillCardColumns(&row)
    }

    /// Neighbouring tiles of an aligned row that cite the same sources print that line once, across
    /// them: two explosive-ordnance tiles from the 6th report, then two SOFA tiles from the 5th, are
    /// two source lines, not four.
    func shareSource(_ row: inout FlowRow) {
        guard row.aligned, row.items.count > 1 else { return }
        var start = 0
        while start < row.items.count {
            var end = start + 1
            let text = row.items[start].frame.source?.text
            while end < row.items.count, text != nil, row.items[end].frame.source?.text == text { end += 1 }
            if let text, end - start > 1 {
                let x = row.items[start].x, width = row.items[end - 1].x + row.items[end - 1].width - x
                let line = paragraph(text, theme.style(.source), width: width)
                row.sharedSources.append(.init(nodes: line.nodes, height: line.height + 1, x: x, width: width, items: start..<end))
            }
            start = end
        }
    }

    /// The blocks left out on this page (`when-empty: hide`, nothing bound) and, when there are any,
    /// the spans that make rows of tiles full: the blocks shown are packed into rows as usual, and a
    /// row of tiles (or of highlight cards) they leave short shares the spare columns among them in
    /// proportion to their spans. On a slide, a row of a chart and cards that leaves columns free
    /// gives them to its trailing cards: the checklist's 7 columns and a highlight's 4 leave one,
    /// and the card, set 5 wide, is short enough for MINURSO's field highlight in every language.
    /// A block withheld for want of room in another language keeps its place in its row while rows
    /// are made, then leaves it like a card that gave way: MINUSMA's figures stay in their own row.
    /// A section with a block placed by `col` keeps its grid as written.
    mutating func filledSpans(_ blocks: [BlockSpec], columns: Int) -> (spans: [Int: Int], hidden: Set<Int>) {
        guard !blocks.contains(where: { $0.col != nil }) else { return ([:], []) }
        let hidden = Set(blocks.indices.filter { isHidden(blocks[$0]) })
        guard !hidden.isEmpty || page.isSlide else { return ([:], []) }
        func span(_ i: Int) -> Int { min(max(blocks[i].span ?? columns, 1), columns) }
        let held = Set(blocks.indices.filter { withheld.contains(blocks[$0].position) && !isEmptyHidden(blocks[$0]) })
        var rows: [[Int]] = [], used = columns
        for i in blocks.indices where !hidden.contains(i) || held.contains(i) {
            if used + span(i) > columns { rows.append([]); used = 0 }
            rows[rows.count - 1].append(i)
            used += span(i)
        }
        var spans: [Int: Int] = [:]
        // Tiles, and the tinted cards of a slide's texts: a card alone in a row of three would leave
        // two thirds of the row empty (a text module in the page's flow keeps its width).
        func fills(_ b: BlockSpec) -> Bool {
            BlockKinds.named(b.kind)?.fillsRow == true || (b.kind == TextKind.tag && b.string("style") == "highlight")
        }
        for var row in rows {
            row.removeAll(where: held.contains)
            // The cards after the row's last other block (all of them in a row of tiles or cards).
            let others = row.lastIndex { !fills(blocks[$0]) }
            guard others == nil || page.isSlide else { continue }
            let fixed = others.map { row[...$0].reduce(0) { $0 + span($1) } } ?? 0
            row = Array(row[((others ?? -1) + 1)...])
            let total = row.reduce(0) { $0 + span($1) }
            guard !row.isEmpty, fixed + total < columns else { continue }
            let free = columns - fixed
            var given = 0
            for (k, i) in row.enumerated() {
                let share = k == row.count - 1 ? free - given : span(i) * free / total
                spans[i] = share
                given += share
            }
        }
        return (spans, hidden)
    }

    /// The height `rows` take, row gaps between them.
    func height(of rows: [FlowRow]) -> Double {
        rows.isEmpty ? -page.rowGap : rows.reduce(0) { $0 + $1.height + page.rowGap } - page.rowGap
    }

    /// Places `rows` top-down in `area` (mirrored on right-to-left pages); returns the bottom.
    /// A block that would end below the area is an error at its line, not drawn.
    /// `gaps`: the space after each row (the row gap unless the page spreads its rows).
    mutating func place(_ rows: [FlowRow], in area: Rect, into nodes: inout [Node], gaps: [Double]? = nil) -> Double {
        var y = area.minY
        for (index, row) in rows.enumerated() {
            let rowHeight = row.height
            for (i, item) in row.items.enumerated() {
                let r = Rect(x: rtl ? area.maxX - item.x - item.width : area.minX + item.x, y: y + item.drop,
                             width: item.width, height: item.frame.height)
                // An aligned row's feet go down to its foot: the row's height is each block's.
                let bottom = row.aligned ? y + rowHeight : r.maxY
                if bottom > area.maxY + 0.5 {
                    log.error(item.block.position, rule: "overflow",
                              "\(item.block.kind) block '\(item.block.name)'\(pageOf) ends \(fmtNumber((bottom - area.maxY).rounded())) pt below the page's body (\(fmtNumber(area.maxY.rounded())) pt); shorten the page, lower 'height' or move blocks side by side")
                    continue
                }
                // An aligned row starts every block's foot on one line, under its lowest body.
                placed.insert(item.block.position)
                nodes.append(.group(Group(transform: .translation(r.x, r.y),
                                          children: item.frame.placed(footDrop: row.footDrop(i), withoutSource: row.shared(i) != nil),
                                          name: item.block.name)))
            }
            for shared in row.sharedSources {
                let x = rtl ? area.maxX - shared.x - shared.width : area.minX + shared.x
                nodes.append(.group(Group(transform: .translation(x, y + row.footTop), children: shared.nodes)))
            }
            y += rowHeight + (gaps.flatMap { index < $0.count ? $0[index] : nil } ?? page.rowGap)
        }
        return y - page.rowGap
    }

    /// The space after each row of a page: the row gap; under `spread-rows`, the body's spare height
    /// shared out among the gaps (never after a heading, which stays with what it heads), each gap
    /// growing by at most two row gaps (more on a slide whose white left would be a blank band over the
    /// page review's limit): vertical justification with a limit, as a designer sets it.
    func gaps(_ rows: [FlowRow], height available: Double) -> [Double] {
        let base = Array(repeating: page.rowGap, count: max(rows.count - 1, 0))
        let open = base.indices.filter { !rows[$0].items.allSatisfy { $0.block.kind == HeadingKind.tag } }
        let spare = available - height(of: rows)
        guard page.spreadRows, spare > 0.5, !open.isEmpty else { return base }
        var each = min(spare / Double(open.count), page.rowGap * 2)
        // A slide that would still end in a band of white over the page review's limit spreads its
        // rows further, until what is left is two row gaps under it (MINUSMA's Chinese slide, whose
        // card set is the Russian one's: 20 % white under its figures). Paper pages keep the limit.
        let limit = Page.blankBandLimit * page.size.height - page.rowGap * 2
        if page.isSlide, spare - each * Double(open.count) > limit { each = min(spare, spare - limit) / Double(open.count) }
        var gaps = base
        for i in open { gaps[i] += each }
        return gaps
    }

    /// A nested row: children side by side, spans counted within the row; aligned like a grid row
    /// under `rows: aligned`.
    mutating func nestedRow(_ children: [BlockSpec], width: Double) -> BlockFrame {
        // A child left out for want of data (when-empty: hide) gives its columns to the others, so a
        // fact sheet's row of highlights is one box across the page when the mission has one.
        let children = children.filter { !isHidden($0) }
        let gutter = page.gutter
        let total = children.reduce(0) { $0 + ($1.span ?? 1) }
        let unit = (width - Double(children.count - 1) * gutter) / Double(max(total, 1))
        var row = FlowRow(items: [])
        var x = 0.0
        for child in children {
            let w = unit * Double(child.span ?? 1)
            row.items.append(.init(block: child, frame: prepare(child, width: w), x: x, width: w))
            x += w + gutter
        }
        if page.alignRows { row.alignHeroes() }
        if !page.isSlide { fillCardColumns(&row, cardsOnPaper: true) }
        let nodes = row.items.enumerated().map { i, item -> Node in
            let lx = rtl ? width - item.x - item.width : item.x
            return .group(Group(transform: .translation(lx, item.drop), children: item.frame.placed(footDrop: row.footDrop(i)), name: item.block.name))
        }
        let heroes = row.items.compactMap { item in item.frame.heroBaseline.map { $0 + item.drop } }
        return BlockFrame(nodes, row.height, heroBaseline: heroes.max())
    }
}
