import A4PScene
import A4PText

/// Figures as short labelled lines in balanced columns: an optional heading per section, then one
/// entry per indicator, either one line ("Cases reported · 2023 … 12") or a title with one short
/// line per mission, period or category under it. The form of the odds and ends a page must still
/// show (per-mission counts, dated figures, yes/no findings) and of a mission's full listing.
public struct FigureColumns: Chart {
    /// A figure as printed: a number in its format (in the page's digits) or words ("Yes", a level).
    public enum Figure: Sendable {
        case number(ChartValue, ValueFormat)
        case words(String)

        public func text(_ theme: Theme) -> String {
            switch self {
            case .number(let v, let format): format.string(v, locale: theme.numberLocale)
            case .words(let s): s
            }
        }
    }

    /// One figure: what it is, its period (nil when its entry names a shared one) and its value.
    public struct Line: Sendable {
        public var label: String
        public var period: String?
        public var value: Figure
        public init(_ label: String, period: String? = nil, value: Figure) {
            self.label = label; self.period = period; self.value = value
        }
    }

    /// One indicator's figures. With a `title`, its lines stand indented under it in a lighter ink
    /// and a column that breaks inside the entry repeats `continued` on top; without one, each line
    /// says everything itself.
    public struct Entry: Sendable {
        public var title: String?
        public var continued: String?
        public var lines: [Line]
        public init(title: String? = nil, continued: String? = nil, lines: [Line]) {
            self.title = title; self.continued = continued; self.lines = lines
        }
    }

    public struct Section: Sendable {
        public var heading: String?
        public var entries: [Entry]
        public init(heading: String? = nil, entries: [Entry]) { self.heading = heading; self.entries = entries }
    }

    public var name: String
    public var sections: [Section]
    public var columns: Int
    /// Space between columns (the page's gutter).
    public var gap: Double

    /// A sentence over the lines, across the first column: what most lines would say alike, said
    /// once (a checklist's "yes" answers), the lines left being the exceptions.
    public var lead: String?

    public init(name: String, sections: [Section], columns: Int = 2, gap: Double = 12, lead: String? = nil) {
        self.name = name; self.sections = sections; self.columns = max(1, columns); self.gap = gap; self.lead = lead
    }

    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        guard width.isFinite, width > 0 else { return ChartSize(height: 0) }
        let layout = FigureColumnsLayout(self, width: width, context: context)
        return ChartSize(height: layout.height, problems: layout.problems(chart: "figure list '\(name)'"))
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "figure list '\(name)'")
        let layout = FigureColumnsLayout(self, width: box.width, context: context)
        for piece in layout.pieces { piece.draw(on: &canvas, at: Point(box.x, box.y)) }
        let figures = sections.flatMap(\.entries).map { entry in
            let lines = entry.lines.map { line in
                [line.label, line.period.map { "(\($0))" }, line.value.text(context.theme)].compactMap { $0 }.filter { !$0.isEmpty }
                    .joined(separator: " ")
            }
            return ([entry.title].compactMap { $0 } + lines).joined(separator: ", ")
        }
        return canvas.finish(altText: name + ": " + (lead.map { $0 + " " } ?? "") + figures.joined(separator: "; ") + ".")
    }
}
