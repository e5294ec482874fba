import A4PScene

/// Stacks paragraphs down a column, the way a report page flows: the one y-cursor of the page
/// header, chart blocks, the review appendix, the gallery, the specimen and the benchmark's pages.
/// Keeps a cursor and the nodes placed so far.
public struct PageComposer {
    public let engine: TextEngine
    public let frame: Rect
    public private(set) var y: Double
    public private(set) var nodes: [Node] = []

    public init(engine: TextEngine, frame: Rect) {
        self.engine = engine
        self.frame = frame
        y = frame.minY
    }

    /// True once the cursor has passed the bottom of the frame.
    public var overflows: Bool { y > frame.maxY + 0.01 }

    /// Sets `text` in `style`, wrapped to the column (or to `width`), starting at the cursor;
    /// with a `role`, as one structure element (a heading, a paragraph).
    public mutating func text(_ text: String, _ style: TextStyle, width: Double? = nil, x: Double? = nil,
                       alignment: TextAlignment = .leading, spaceAfter: Double = 0, role: StructureRole? = nil) {
        let w = width ?? frame.width
        let block = engine.paragraph(text, style: style, width: w)
        let runs = block.runs(topLeft: Point(x ?? frame.minX, y), width: w, alignment: alignment).map(Node.text)
        if let role { nodes.append(.tagged(role, runs)) } else { nodes += runs }
        y += block.height + spaceAfter
    }

    /// A caption in the left column and a sample in the right one, first baselines aligned.
    public mutating func labelled(_ label: String, labelStyle: TextStyle, labelWidth: Double,
                           _ sample: String, _ sampleStyle: TextStyle, spaceAfter: Double) {
        let sampleWidth = frame.width - labelWidth
        let labelBlock = engine.paragraph(label, style: labelStyle, width: labelWidth - 10)
        let sampleBlock = engine.paragraph(sample, style: sampleStyle, width: sampleWidth)
        let baseline = y + max(labelBlock.firstBaseline, sampleBlock.firstBaseline)
        let labelTop = baseline - labelBlock.firstBaseline, sampleTop = baseline - sampleBlock.firstBaseline
        for r in labelBlock.runs(topLeft: Point(frame.minX, labelTop), width: labelWidth - 10, alignment: .left) {
            nodes.append(.text(r))
        }
        for r in sampleBlock.runs(topLeft: Point(frame.minX + labelWidth, sampleTop), width: sampleWidth) {
            nodes.append(.text(r))
        }
        y = max(labelTop + labelBlock.height, sampleTop + sampleBlock.height) + spaceAfter
    }

    public mutating func rule(color: Color, width: Double = 0.5, spaceAround: Double = 6) {
        y += spaceAround
        nodes.append(.shape(Shape(path: .line(from: Point(frame.minX, y), to: Point(frame.maxX, y)),
                                  stroke: Stroke(color: color, width: width))))
        y += spaceAround
    }

    public mutating func space(_ amount: Double) { y += amount }

    public mutating func add(_ node: Node) { nodes.append(node) }

    public mutating func add(contentsOf more: [Node]) { nodes += more }

    /// Hands over the nodes placed so far and starts a new list at the cursor (a block's foot).
    public mutating func takeNodes() -> [Node] {
        defer { nodes = [] }
        return nodes
    }
}
