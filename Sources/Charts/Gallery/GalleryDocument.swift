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
        var column = PageComposer(engine: engine, frame: frame)
        var problems: [LayoutProblem] = []
        let captionStyle = theme.style(.source), headStyle = theme.style(.title), summaryStyle = theme.style(.caption)

        func newPage() {
            pages.append(Page(size: pageSize, nodes: column.nodes))
            column = PageComposer(engine: engine, frame: frame)
        }

        for entry in entries {
            let head = engine.paragraph(entry.kind.uppercased(), style: headStyle.with(color: theme.accent), width: frame.width)
            let summary = engine.paragraph(entry.summary, style: summaryStyle, width: frame.width)
            let firstRow = (entry.samples.first?.size.height ?? 0) + 14
            if column.y + head.height + summary.height + firstRow > frame.maxY { newPage() }
            column.text(entry.kind.uppercased(), headStyle.with(color: theme.accent), alignment: .left)
            column.text(entry.summary, summaryStyle, alignment: .left, spaceAfter: 6)

            // Samples flow in rows, each under its caption; the composer's cursor is the row's top.
            var x = frame.minX, rowHeight = 0.0
            for sample in entry.samples {
                let w = sample.size.width
                let caption = engine.paragraph(sample.caption, style: captionStyle, width: w)
                let h = sample.size.height + caption.height + 3
                if x > frame.minX && x + w > frame.maxX + 0.1 {
                    x = frame.minX
                    column.space(rowHeight + 10)
                    rowHeight = 0
                }
                if column.y + h > frame.maxY { newPage() }
                column.add(contentsOf: caption.runs(topLeft: Point(x, column.y), width: w, alignment: .left).map(Node.text))
                let box = Rect(x: x, y: column.y + caption.height + 3, width: w, height: sample.size.height)
                var sampleTheme = Theme.forLanguage(sample.language)
                sampleTheme.sizes = theme.sizes
                let rendering = sample.chart.render(in: box, context: ChartContext(engine: engine, theme: sampleTheme, baseMap: baseMap))
                column.add(rendering.node)
                problems += rendering.problems
                x += w + 13
                rowHeight = max(rowHeight, h)
            }
            column.space(rowHeight)
            column.rule(color: theme.grid, spaceAround: 8)
        }
        if !column.nodes.isEmpty { newPage() }
        let metadata = DocumentMetadata(title: "A4P Charts: chart gallery", subject: "Every chart kind with sample data",
                                        keywords: ["A4P+", "charts", "gallery"])
        return (Document(pages: pages, metadata: metadata), problems)
    }
}
