import A4PCharts
import A4PIndicators

/// One chart block's binding in progress, handed to its kind's `bind`: the block, its indicator,
/// its name and number format, and every observation read so far, in the order read (what the
/// chart shows: coverage, source line, review appendix, chart asset).
struct ChartBinding {
    let binder: DataBinder
    let block: BlockSpec
    /// The block's indicator, or the first of its `indicators`.
    let indicator: Indicator
    /// The chart's name: the block's title, else the indicator's.
    let name: String
    let format: ValueFormat
    /// Rows the kind left out because none of their figures was reported (`not-reported: drop`),
    /// said in a line under the chart.
    var unreported = Unreported()
    /// The chart prints text of the data in the project's translation (a colophon says so).
    var translated = false
    /// The figures of those rows (read, so counted as shown: the line under the chart states them).
    var omitted: Set<ObservationKey> = []
    private var read: [Observation] = []
    /// Observations of other indicators, or read by a helper: listed after `read`.
    private var also: [Observation] = []

    init(binder: DataBinder, block: BlockSpec, indicator: Indicator, name: String, format: ValueFormat) {
        self.binder = binder; self.block = block; self.indicator = indicator; self.name = name; self.format = format
    }

    var dataset: Dataset { binder.dataset }
    var text: TextContext { binder.text }
    var observations: [Observation] { read + also }

    /// The block's indicator at a mission, period and category (the binding's category when none
    /// is given), recorded as shown.
    mutating func observation(_ mission: String, _ period: String, _ category: String = "") -> Observation? {
        let o = dataset.observation(ObservationKey(indicator: indicator.id, mission: mission, period: period,
                                                   category: category.isEmpty ? (block.binding.category ?? "") : category))
        if let o { read.append(o) }
        return o
    }

    /// Records observations the chart shows that `observation` did not read.
    mutating func record(_ observations: [Observation]) { also += observations }

    /// The block drops rows with nothing reported (the default) rather than print them blank.
    var dropsUnreported: Bool { block.string("not-reported") != "show" }
}

/// What a chart leaves out for having nothing reported, said under it: rows or columns by their
/// labels ("Left out, not in the reports: UNIFIL, UNISFA."), and checklist rows whose absence the
/// translations say as a fact of their own ("The reports do not say whether the mission has …").
struct Unreported: Sendable {
    /// Rows of yes/no marks (missions, checklist items) with nothing reported. Named under a matrix;
    /// not under a sentence naming what the reports list (`saidAsSentence`).
    var rows: [String] = []
    /// Other rows and columns left out (a table's, a matrix's empty periods): always named.
    var names: [String] = []
    var sentences: [String] = []

    /// What the line under the chart names, rows first.
    var named: [String] { rows + names }

    /// The binding rule for yes-lists (issue 14): a chart said as one sentence ("Cycle 5: MINUSCA,
    /// MONUSCO.", "Cycle 6 — yes: …; no: …") names the rows the reports list; the others are simply
    /// not in that list, and a line calling them "left out" reads as a note to the data team. A matrix
    /// or table keeps the line: there a reader would look for the row.
    mutating func saidAsSentence(_ chart: any Chart) {
        if chart.isSentence { rows = [] }
    }
}
