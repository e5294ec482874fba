import A4PCairoRenderers
import A4PCharts
import A4PRender
import A4PScene
import A4PText
import Foundation
import TestSupport
import Testing

/// Draws one chart on a page of its own size and checks what every kind must satisfy.
enum ChartHarness {
    static let engine: TextEngine = try! TextEngine.bundled()

    /// The shipped base map, read here as the app's callers read it: charts read no files.
    static let baseMap: Result<BaseMap, BaseMapError> = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/geo/\(BaseMap.fileName)")
        do { return .success(try BaseMap(json: Data(contentsOf: url))) } catch { return .failure(.unreadable(url.path, "\(error)")) }
    }()

    static func context(_ language: String = "en") -> ChartContext {
        ChartContext(engine: engine, theme: .forLanguage(language), baseMap: baseMap)
    }

    /// The chart drawn into a box at (10, 10) on a page 20 pt larger.
    static func render(_ chart: any Chart, size: Size, language: String = "en") -> (ChartRendering, Document) {
        let box = Rect(x: 10, y: 10, width: size.width, height: size.height)
        let rendering = chart.render(in: box, context: context(language))
        let page = Page(size: Size(size.width + 20, size.height + 20), nodes: [rendering.node])
        return (rendering, Document(pages: [page]))
    }

    /// Every node lies inside the chart's box.
    static func expectInside(_ r: ChartRendering, sourceLocation: SourceLocation = #_sourceLocation) {
        for node in r.nodes {
            guard let b = node.bounds else { continue }
            #expect(r.box.contains(b, tolerance: 0.05), "\(b) leaves the box \(r.box)", sourceLocation: sourceLocation)
        }
    }

    /// PNG at 1× compared with `References/<name>.png` (rewritten with A4P_UPDATE_REFERENCES=1).
    static func expectMatchesReference(_ document: Document, _ name: String, testFile: String = #filePath,
                                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let png = try #require(try RendererRegistry.standard.renderer(named: "png", options: RenderOptions(scale: 1))
            .render(document).first?.bytes)
        let diff = try ReferenceImage.compare(png, withReference: "\(name).png", testFile: testFile)
        guard let diff else {
            Issue.record("\(name): reference missing or of another size", sourceLocation: sourceLocation)
            return
        }
        if diff.fraction >= 0.005 {
            let kept = ReferenceImage.keepFailure(png, reference: "\(name).png", testFile: testFile)
            Issue.record("\(name): \(diff); actual and diff images in \(kept?.path ?? "(not written)")", sourceLocation: sourceLocation)
        }
    }

    /// All text the chart draws, in drawing order.
    static func texts(_ r: ChartRendering) -> [String] {
        func collect(_ nodes: [Node]) -> [String] {
            nodes.flatMap { n -> [String] in
                switch n {
                case .text(let run): [run.text]
                case .group(let g): collect(g.children)
                default: []
                }
            }
        }
        return collect(r.nodes)
    }
}
