import TestSupport
import A4PScene
import A4PText
import Dispatch
import Foundation
import Testing

@Suite("Deterministic bytes")
struct DeterminismTests {
    @Test("rendering twice gives identical bytes", arguments: ["pdf", "png", "svg"])
    func twiceIdentical(format: String) throws {
        let first = try Fixtures.render(Fixtures.specimen, format)
        let second = try Fixtures.render(Fixtures.specimen, format)
        #expect(first.count == 1)
        #expect(first == second)
    }

    @Test("two threads rendering different documents produce the bytes one thread does",
          arguments: ["pdf", "png", "svg"])
    func parallelMatchesSerial(format: String) throws {
        let engine = Fixtures.engine
        let documents = [Fixtures.specimen, Self.sampleDocument(engine: engine)]
        let serial = try documents.map { try Fixtures.render($0, format) }
        for _ in 0..<3 {
            let results = ResultBox(count: documents.count)
            DispatchQueue.concurrentPerform(iterations: documents.count) { i in
                results.set(i, Result { try Fixtures.render(documents[i], format) })
            }
            for i in documents.indices {
                #expect(try results.get(i) == serial[i], "document \(i) differs when rendered in parallel")
            }
        }
    }

    /// A second, different document: shapes, a clipped group and Arabic and Chinese text.
    static func sampleDocument(engine: TextEngine) -> Document {
        var nodes: [Node] = []
        for i in 0..<12 {
            let r = Rect(x: 40 + Double(i) * 40, y: 300 - Double(i) * 15, width: 30, height: 100 + Double(i) * 15)
            nodes.append(.shape(Shape(path: .rect(r), fill: Color(hex: 0x009EDB))))
        }
        let lines = ["البعثات ١١ (↑ من ١٠)", "维持和平 2024", "Cycle 6: 68,924 (+12%)"]
        for (i, s) in lines.enumerated() {
            nodes += engine.line(s, style: TextStyle(size: 14)).runs(at: Point(40, 480 + Double(i) * 24)).map(Node.text)
        }
        nodes.append(.group(Group(clip: .rect(Rect(x: 300, y: 500, width: 60, height: 60)),
                                  children: [.shape(Shape(path: .circle(center: Point(330, 530), radius: 50),
                                                          fill: Color(hex: 0xE5243B)))])))
        return Document(pages: [Page(size: Size(595, 842), nodes: nodes)],
                        metadata: DocumentMetadata(title: "Sample"))
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<[[UInt8]], Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<[[UInt8]], Error>) { lock.withLock { values[i] = r } }
    func get(_ i: Int) throws -> [[UInt8]] { try lock.withLock { values[i] }!.get() }
}
