import A4PCharts
import A4PIndicators
import Foundation

/// Chart and text blocks already laid out in this output, with what laying one out did to its page.
///
/// Column balancing lays a fact sheet out again for each move it tries (about 800 trial layouts in
/// the export), copy-fitting up to seven times, and a move changes where blocks go, not what a
/// chart block is at its width: laying the chart blocks out again was half of the balancing's CPU
/// (perf), text blocks another third. A chart block's layout (`PageBuilder.layOutChart`, and a text
/// block's, `TextKind.layOut`) reads the block, its width, its theme
/// (the page's type size and the block's overrides), the output's words, dataset and bindings, which
/// its trials share, and `derivedLines` (which lines an earlier block of the layout explained); the
/// key holds each of these that a trial can change. What the layout does to its page — messages
/// logged, figures marked as shown, the lines it explains, the alternative text it leaves, the chart
/// asset it adds — is kept with the frame and done again on a hit, in the same order, so the page
/// ends exactly as laying the block out again would leave it.
///
/// One memo per output, held by its `LayoutMemo`; not shared between threads.
final class ChartFrameMemo {
    struct Key: Hashable {
        let position: SourcePosition
        let kind: ObjectIdentifier
        let width: Double
        let theme: Theme
        /// The block fields a layout may set otherwise than the spec does (`columns` by
        /// `narrowModules`), and those a generated block may not share with its source's position.
        let columns: Int?
        let words: [String?]
        let height: Double?
        let derivedLines: [String: SourcePosition]
        /// A slide card drawn taller than its words (`fillCardColumns`): the block or a stacked child.
        let cardStretch: [SourcePosition: Double]
    }

    struct Made {
        let frame: BlockFrame
        let messages: [Diagnostic]
        let marks: [[Observation]]
        let derivedLines: [String: SourcePosition]
        let lastAltText: String?
        let assets: [ChartAsset]
    }

    private var made: [Key: Made] = [:]
    /// False lays every chart block out afresh (tests compare the two).
    var isOn = true
    /// Layouts answered from the memo and made, for tests.
    private(set) var hits = 0, misses = 0

    func kept(_ key: Key) -> Made? {
        guard isOn else { return nil }
        if let hit = made[key] { hits += 1; return hit }
        misses += 1
        return nil
    }

    func keep(_ entry: Made, for key: Key) { if isOn { made[key] = entry } }

    /// Hits and misses summed over the outputs of a renderer, for tests.
    final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var sums = (hits: 0, misses: 0)
        func add(_ memo: ChartFrameMemo) { lock.withLock { sums = (sums.hits + memo.hits, sums.misses + memo.misses) } }
        var value: (hits: Int, misses: Int) { lock.withLock { sums } }
    }
}

extension PageBuilder {
    /// `layOutChart`'s frame, from the memo when this output laid the block out the same way before.
    mutating func chartBlock(_ block: BlockSpec, kind: any ChartKind.Type, width: Double) -> BlockFrame {
        memoised(block, kind: ObjectIdentifier(kind), width: width) { $0.layOutChart(block, kind: kind, width: width) }
    }

    /// `make`'s frame for a block whose layout reads and changes only what `ChartFrameMemo` keys and
    /// keeps (a chart block, a text block): from the memo when this output laid it out so before,
    /// its effects on the page done again; else made, and kept with them.
    mutating func memoised(_ block: BlockSpec, kind: ObjectIdentifier, width: Double, make: (inout PageBuilder) -> BlockFrame) -> BlockFrame {
        let key = ChartFrameMemo.Key(position: block.position, kind: kind, width: width, theme: theme(for: block),
                                     columns: block.node["columns"]?.int,
                                     words: [block.id, block.title, block.message, block.note, block.source, block.kind],
                                     height: block.height, derivedLines: derivedLines,
                                     cardStretch: cardStretch)
        if let hit = memo.charts.kept(key), log.diagnostics.count + hit.messages.count < log.limit {
            for d in hit.messages { log.add(d) }
            for observations in hit.marks { markShown(observations) }
            derivedLines = hit.derivedLines
            lastAltText = hit.lastAltText
            assets += hit.assets
            return hit.frame
        }
        let (logged, added, outer) = (log.diagnostics.count, assets.count, marks)
        marks = []
        let frame = make(&self)
        let recorded = marks ?? []
        marks = outer.map { $0 + recorded }
        // A log at its limit drops messages: a replay could not say which, so such a layout is not kept.
        if log.diagnostics.count < log.limit {
            memo.charts.keep(ChartFrameMemo.Made(frame: frame, messages: Array(log.diagnostics[logged...]), marks: recorded,
                                                 derivedLines: derivedLines, lastAltText: lastAltText,
                                                 assets: Array(assets[added...])), for: key)
        }
        return frame
    }
}
