import A4PCharts
import A4PScene

/// Zeros said in words: a tile whose big number is 0 ("0 new incidents") shows a finding, not a
/// hero, so an aligned row of tiles says it as a sentence with the tiles' source line.
extension PageBuilder {
    /// On paper, a row of tiles whose every big number is 0 ("0 new incidents", "0 on record") is one
    /// sentence across the row, "None: new incidents, last six months; incidents on record.", with
    /// the row's source line; tiles citing different sources stay. On a slide every run of zero tiles
    /// citing one source is (`sayZeroRuns`).
    mutating func sayZeros(_ row: inout FlowRow) {
        if page.isSlide { return sayZeroRuns(&row) }
        guard row.aligned, row.items.count > 1, let shared = row.sharedSource,
              case let captions = row.items.compactMap(\.frame.zeroCaption), captions.count == row.items.count else { return }
        let (x, width) = row.span
        let statement = zeroSentence(row.items.map(\.frame), width: width)
        let foot: [Node] = [.group(Group(transform: .translation(0, statement.height + 4), children: shared.nodes))]
        var item = row.items[0]
        item.x = x
        item.width = width
        item.drop = 0
        item.frame = BlockFrame(statement.nodes, statement.height + 4 + shared.height, foot: foot, footHeight: shared.height)
        row = FlowRow(items: [item])
    }

    /// A slide shows no big 0 (issue 14: "0 / 0" SOFA heroes on the UNDOF and UNFICYP slides, a "0"
    /// beside MINURSO's "2"): each run of neighbouring zero tiles that cite one source becomes one
    /// sentence across their columns, its first line on the row's hero baseline, with that source
    /// line, so the fact is told once, in words, and the row's other figures keep their places.
    /// A sentence beside other tiles takes a tile's share of the row (`evenColumns`).
    mutating func sayZeroRuns(_ row: inout FlowRow) {
        guard row.aligned, row.items.contains(where: { $0.frame.zeroCaption != nil }) else { return }
        // The row's units: each run of zero tiles citing one source, and each other tile.
        var units: [Range<Int>] = []
        var i = 0
        while i < row.items.count {
            var end = i + 1
            if row.items[i].frame.zeroCaption != nil, let source = row.items[i].frame.source?.text {
                while end < row.items.count, row.items[end].frame.zeroCaption != nil, row.items[end].frame.source?.text == source { end += 1 }
            }
            units.append(i..<end)
            i = end
        }
        let places = evenColumns(row.items, units: units)
        var items: [FlowRow.Item] = []
        for (k, unit) in units.enumerated() {
            let run = row.items[unit]
            let (x, width) = places?[k] ?? (run.first!.x, run.last!.x + run.last!.width - run.first!.x)
            let first = run.first!
            guard first.frame.zeroCaption != nil, let source = first.frame.source?.text else {
                items.append(places == nil ? first : relaid(first, x: x, width: width))
                continue
            }
            let statement = zeroSentence(run.map(\.frame), width: width)
            let line = paragraph(source, theme.style(.source), width: width)
            let foot: [Node] = [.group(Group(transform: .translation(0, statement.height + 4), children: line.nodes))]
            var item = first
            item.x = x
            item.width = width
            item.drop = 0
            item.frame = BlockFrame(statement.nodes, statement.height + 4 + line.height + 1, foot: foot, footHeight: line.height + 1,
                                    heroBaseline: statement.heroBaseline, source: (source, line.height + 1))
            items.append(item)
        }
        row = FlowRow(items: items)
        row.alignHeroes()
        shareSource(&row)
    }

    /// "Cycle 5: no new SOFA/SOMA incidents in the last six months; no SOFA/SOMA incidents on record."
    /// in the indicators' own words (`Words.zeroStatement`), or, when one has none, "None (Cycle 5): new
    /// SOFA/SOMA incidents, …" from the captions (`Words.noneSentence`); at the body size (at least
    /// 10 pt scaled), `heroBaseline` its first baseline.
    func zeroSentence(_ tiles: [BlockFrame], width: Double) -> BlockFrame {
        let captions = tiles.compactMap(\.zeroCaption), sentences = tiles.compactMap(\.zeroSentence)
        let ids = tiles.compactMap(\.zeroIndicator)
        // On a slide, a run the translations word together is one clause: "no SOFA/SOMA incidents on
        // record, none new in the last six months" said "SOFA/SOMA incidents" twice (review 7, UNDOF, UNFICYP).
        let joint = page.isSlide && tiles.count > 1 && sentences.count == tiles.count && ids.count == tiles.count ? jointZero(ids) : nil
        let said = joint.map { [$0] } ?? (sentences.count == tiles.count ? sentences : [])
        let text = said.isEmpty ? Words.noneSentence(captions, context.language)
            : Words.zeroStatement(said, captions: captions, context.language)
        let style = theme.style(.body).with(size: max(10 * typeScale, theme.sizes.body))
        let block = engine.paragraph(text, style: style, width: width)
        var frame = BlockFrame([.tagged(.paragraph, block.runs(topLeft: Point(0, 0), width: width).map(Node.text))], block.height)
        frame.heroBaseline = block.firstBaseline
        return frame
    }

    /// The joint wording of zero tiles' indicators, in either order (`slide.zero.P7.04+P7.03`), if any.
    func jointZero(_ ids: [String]) -> String? {
        context.translations.firstWritten(["slide.zero." + ids.joined(separator: "+"), "slide.zero." + ids.reversed().joined(separator: "+")])
            .flatMap { context.translations.label($0, language: context.language) }
    }
}
