import A4PLayoutSpec
import Foundation
import Testing

@Suite("Chart assets: block ids")
struct ChartAssetIDTests {
    static func ids(_ blocks: String) throws -> [String] {
        let (outputs, log) = try SpecFixture.renderInline(blocks)
        #expect(!log.hasErrors, "\(log.sorted)")
        return try #require(outputs.first).assets.map(\.id)
    }

    static let kpi = "  - type: kpi\n    span: 3\n    indicator: P1.01\n    period: latest\n"

    @Test("derived from the binding, suffixed on a collision in page order; a given id made a safe file name")
    func scheme() throws {
        let ids = try Self.ids(Self.kpi + Self.kpi + "  - type: kpi\n    id: \"My Chart/../x\"\n    span: 3\n    indicator: P1.01\n    period: latest\n"
                               + "  - type: line\n    indicator: P1.01\n    periods: latest-2..latest\n")
        #expect(ids == ["kpi-p1.01-latest", "kpi-p1.01-latest-2", "my-chart-to-x", "line-p1.01-latest-2-to-latest"])
        #expect(ids.allSatisfy { !$0.contains("/") && !$0.contains("..") })
    }

    @Test("not from the position: a block inserted before leaves the ids alone")
    func insertion() throws {
        let line = "  - type: line\n    indicator: P1.01\n    periods: latest-2..latest\n"
        let before = try Self.ids(line)
        let after = try Self.ids("  - type: heading\n    text: New\n" + "  - type: kpi\n    span: 3\n    indicator: P2.06\n    period: latest\n" + line)
        #expect(before == ["line-p1.01-latest-2-to-latest"])
        #expect(after == ["kpi-p2.06-latest"] + before)
    }
}
