import A4PScene
import A4PText

/// Lays the gallery's samples out on A4 pages: a heading per kind, samples in a flowing row with a
/// caption over each, page breaks where a row would not fit.
public enum GalleryDocument {
    /// `baseMap`: the land of the map samples, loaded by the caller.
    public static func make(entries: [GalleryEntry], engine: TextEngine,
                            baseMap: Result<BaseMap, BaseMapError>) -> (Document, [LayoutProblem]) {
        let pageSize = Size(595, 842), margin = 36.0
        let frame = Rect(x: margin, y: margin, width: pageSize.width - 2 * margin, height: pageSize.height - 2 * margin)
        let theme = Theme()
        var pages: [Page] = []
        var nodes: [Node] = []
        var problems: [LayoutProblem] = []
        var y = frame.minY
        let captionStyle = theme.style(.source), headStyle = theme.style(.title), summaryStyle = theme.style(.caption)

        func newPage() {
            pages.append(Page(size: pageSize, nodes: nodes))
            nodes = []
            y = frame.minY
        }
        func place(_ block: TextBlock, x: Double, top: Double, width: Double) {
            nodes += block.runs(topLeft: Point(x, top), width: width, alignment: .left).map(Node.text)
        }

        for entry in entries {
            let head = engine.paragraph(entry.kind.uppercased(), style: headStyle.with(color: theme.accent), width: frame.width)
            let summary = engine.paragraph(entry.summary, style: summaryStyle, width: frame.width)
            let firstRow = (entry.samples.first?.size.height ?? 0) + 14
            if y + head.height + summary.height + firstRow > frame.maxY { newPage() }
            place(head, x: frame.minX, top: y, width: frame.width)
            y += head.height
            place(summary, x: frame.minX, top: y, width: frame.width)
            y += summary.height + 6

            var x = frame.minX, rowHeight = 0.0
            for sample in entry.samples {
                let w = sample.size.width
                let caption = engine.paragraph(sample.caption, style: captionStyle, width: w)
                let h = sample.size.height + caption.height + 3
                if x > frame.minX && x + w > frame.maxX + 0.1 {
                    x = frame.minX
                    y += rowHeight + 10
                    rowHeight = 0
                }
                if y + h > frame.maxY { newPage() }
                place(caption, x: x, top: y, width: w)
                let box = Rect(x: x, y: y + caption.height + 3, width: w, height: sample.size.height)
                var sampleTheme = Theme.forLanguage(sample.language)
                sampleTheme.sizes = theme.sizes
                let rendering = sample.chart.render(in: box, context: ChartContext(engine: engine, theme: sampleTheme, baseMap: baseMap))
                nodes.append(rendering.node)
                problems += rendering.problems
                x += w + 13
                rowHeight = max(rowHeight, h)
            }
            y += rowHeight + 16
            nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, y - 8), to: Point(frame.maxX, y - 8)),
                                      stroke: Stroke(color: theme.grid, width: 0.5))))
        }
        if !nodes.isEmpty { newPage() }
        let metadata = DocumentMetadata(title: "A4P Charts: chart gallery", subject: "Every chart kind with sample data",
                                        keywords: ["A4P+", "charts", "gallery"])
        return (Document(pages: pages, metadata: metadata), problems)
    }
}
