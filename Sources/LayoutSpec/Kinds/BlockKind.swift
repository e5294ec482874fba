import A4PCharts
import A4PIndicators
import A4PScene

/// One kind of block a spec can name with `type:`. Each kind is one file in this folder and one
/// line in `BlockKinds.all`: its tag, what it is, its own properties (the schema, the docs and
/// `a4p charts` read them from here) and how a block of it is laid out on a page.
protocol BlockKind {
    /// The spec's `type:` value.
    static var tag: String { get }
    /// One line saying what the kind draws (`a4p charts`, the docs, the schema's list of kinds).
    static var summary: String { get }
    /// The short title of its schema object ("A key figure").
    static var schemaTitle: String { get }
    /// The kind's own properties, beside the common ones (and the binding's, when `bindsData`).
    static var properties: [PropertySchema] { get }
    /// The kind takes the binding properties (indicator, mission, period, …).
    static var bindsData: Bool { get }
    /// The chart types the kind draws (their samples make its gallery entry); none for plain blocks.
    static var chartTypes: [any Chart.Type] { get }
    /// The block laid out at `width`: its nodes from the origin down, and the height they take.
    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame
    /// The block would draw nothing on this page (its binding selects nothing), known before it is
    /// laid out: a row under `fill-rows` gives a hidden block's columns to its neighbours.
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool
    /// A tile: under `fill-rows`, tiles of a row that lost a tile widen to fill it (a lone module of
    /// text or figures keeps its width: stretched across the page its labels drift from their values).
    static var fillsRow: Bool { get }
}

extension BlockKind {
    static var fillsRow: Bool { false }
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool { false }
    static var bindsData: Bool { false }
    static var properties: [PropertySchema] { [] }
    static var chartTypes: [any Chart.Type] { [] }
}

/// A kind that draws a chart of the dataset: it binds a block to a chart value; the page then
/// measures the chart, draws it and puts title, message, source line and note around it.
protocol ChartKind: BlockKind {
    /// The chart for the block, reading observations through `binding` (which records them), or
    /// nil when the binding selects nothing.
    static func bind(_ binding: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)?
    /// The block shows a series over periods (a series is not "older" when its last cycle lacks a figure).
    static func showsSeries(_ block: BlockSpec) -> Bool
}

extension ChartKind {
    static var bindsData: Bool { true }
    static func showsSeries(_ block: BlockSpec) -> Bool { false }
    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        page.chartBlock(block, kind: self, width: width)
    }
    /// Bound with a scratch log: the binding's messages are reported when the block is laid out.
    static func isEmpty(_ block: BlockSpec, on page: inout PageBuilder) -> Bool {
        var scratch = DiagnosticLog()
        return page.memo.bind(block, kind: self, binder: page.binder, log: &scratch) == nil
    }
}

/// A block laid out: nodes from the origin down, the height they take, where a hero number's
/// baseline sits and which nodes form its foot (source line, key, note), for rows that align them.
struct BlockFrame {
    /// The body: title, message, chart.
    var nodes: [Node]
    /// Source line, symbol key and note, placed right under the body; an aligned row moves them
    /// down together to the row's foot.
    var foot: [Node] = []
    /// The whole height, body and foot.
    var height: Double
    /// The foot's share of `height`.
    var footHeight: Double = 0
    var heroBaseline: Double?
    /// The source line the foot starts with (its words, and the height it takes with its gap): a row
    /// of tiles that all cite the same sources prints it once, under the row.
    var source: (text: String, height: Double)?
    /// A tile whose big number is exactly 0: its caption (a row of such tiles is said in one sentence).
    var zeroCaption: String?
    /// The indicator's own words for its zero ("No new SOFA/SOMA incidents in the last six months",
    /// `indicator.<id>.zero`), when the translations give them: the row's sentence then says the fact.
    var zeroSentence: String?
    /// The indicator of that zero, for a run's joint wording on a slide (`slide.zero.<id>+<id>`).
    var zeroIndicator: String?

    init(_ nodes: [Node], _ height: Double, foot: [Node] = [], footHeight: Double = 0, heroBaseline: Double? = nil,
         source: (text: String, height: Double)? = nil) {
        self.nodes = nodes; self.height = height; self.foot = foot; self.footHeight = footHeight; self.heroBaseline = heroBaseline
        self.source = source
    }

    /// The body's height: where the foot starts.
    var bodyHeight: Double { height - footHeight }

    /// Every node, the foot moved `footDrop` further down (an aligned row's foot); without its
    /// source line (the first foot node) when the row prints one for all, the rest moved up into its place.
    func placed(footDrop: Double = 0, withoutSource: Bool = false) -> [Node] {
        var foot = foot, drop = footDrop
        if withoutSource, let source, !foot.isEmpty {
            foot.removeFirst()
            drop -= source.height
        }
        guard abs(drop) > 0.001, !foot.isEmpty else { return nodes + foot }
        return nodes + [.group(Group(transform: .translation(0, drop), children: foot))]
    }

    /// Nothing drawn: a block left out of this page.
    static let empty = BlockFrame([], 0)
}
