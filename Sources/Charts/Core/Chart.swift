import A4PScene
import A4PText

/// A chart kind: bound data in, scene nodes out. Knows nothing of Cairo or files.
public protocol Chart: Sendable {
    /// Names the chart in problem reports ("bar chart 'Explosive ordnance found'").
    var name: String { get }
    /// Draws into `box`. Nothing may be drawn outside it; what cannot fit is reported as a problem.
    func render(in box: Rect, context: ChartContext) -> ChartRendering
    /// A line the page prints under the chart's source line, in the page's language: a key to the
    /// symbols the chart uses ("– none · .. not reported"); nil for most kinds.
    func footnote(language: String) -> String?
    /// Measures without drawing: the height the chart needs at `width` when the spec gives none,
    /// where its hero number sits, and what cannot fit at this width at any height. Computed from
    /// the same text and row metrics `render` uses; never renders.
    func size(for width: Double, in context: ChartContext) -> ChartSize
    /// Where the hero number's baseline is when the chart is drawn `height` tall (a spec's `height:`,
    /// not the measured one): a tile centres its number and caption in its box, so a taller box moves
    /// the number, and a row aligns tiles on the baselines they are drawn at. By default the measured one.
    func heroBaseline(width: Double, height: Double, in context: ChartContext) -> Double?
    /// A tile's big number and its caption, for layouts that say a row of zeros in words; nil for
    /// charts without one.
    func heroFigure() -> (value: ChartValue, caption: String)?
    /// Whether the chart is a sentence of prose naming what the reports list (a yes-only matrix said
    /// in words): the rows it leaves unnamed are then not "left out" (issue 14's yes-list rule).
    var isSentence: Bool { get }
}

/// A chart's measurement at one width.
public struct ChartSize: Sendable {
    /// The height the chart needs at this width when the spec gives none.
    public var height: Double
    /// For kinds with a big hero number (KPI tiles): the y of its baseline from the top of the
    /// chart's box, so a layout can align hero numbers across a row.
    public var heroBaseline: Double?
    /// What cannot fit at this width at any height (empty when all fits).
    public var problems: [LayoutProblem]
    public init(height: Double, heroBaseline: Double? = nil, problems: [LayoutProblem] = []) {
        self.height = height; self.heroBaseline = heroBaseline; self.problems = problems
    }
}

/// What a chart draws with: the text engine, the theme and the data it does not read itself.
public struct ChartContext: Sendable {
    public var engine: TextEngine
    public var theme: Theme
    /// The countries a map draws as land, loaded by the caller (once); a failure is reported by the
    /// map that needs it, which then draws without land.
    public var baseMap: Result<BaseMap, BaseMapError>
    public init(engine: TextEngine, theme: Theme = Theme(), baseMap: Result<BaseMap, BaseMapError> = .failure(.notGiven)) {
        self.engine = engine; self.theme = theme; self.baseMap = baseMap
    }
}

/// Something that did not fit, reported instead of being drawn badly.
public struct LayoutProblem: Hashable, Sendable, CustomStringConvertible {
    public var chart: String
    public var message: String
    public init(chart: String, message: String) { self.chart = chart; self.message = message }
    public var description: String { "\(chart): \(message)" }
}

/// A chart's nodes, grouped, with its alternative text and the problems met.
public struct ChartRendering: Sendable {
    public var nodes: [Node]
    public var problems: [LayoutProblem]
    public var box: Rect
    public var altText: String?
    /// What the chart is in the document's structure: a figure, or a table whose cells are tagged.
    public var role: StructureRole = .figure

    /// One group carrying the chart's name and alternative text, in its structure role.
    public var node: Node {
        .group(Group(children: nodes, altText: altText, name: problems.isEmpty ? nil : "problems", role: role))
    }
}

extension Chart {
    public var isSentence: Bool { false }
    public func footnote(language: String) -> String? { nil }
    public func heroFigure() -> (value: ChartValue, caption: String)? { nil }
    public func heroBaseline(width: Double, height: Double, in context: ChartContext) -> Double? {
        size(for: width, in: context).heroBaseline
    }
}
