import A4PIndicators
import A4PLayoutSpec
import Foundation
import TestSupport
import Testing

/// Trends join only comparable figures; the binder checks it for every block, the spec cannot
/// override it silently.
@Suite("Comparability: arrows only between figures of one scope")
struct ComparabilityTests {
    static let kpi = "data: DATA\nblocks:\n  - type: kpi\n    indicator: P4.14\n    period: C6\n"
    /// The same spec for the binary, written outside the project: it names no data folder, so a4p
    /// uses the shipped one (a `data:` path outside the spec's project is refused).
    static func file(_ yaml: String, in dir: URL, name: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try yaml.replacingOccurrences(of: "data: DATA\n", with: "").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("a KPI asking for a trend across a change of scope is an error at the block, with a suggestion")
    func explicitTrend() throws {
        let e = try #require(SpecFixture.only(Self.kpi + "    trend: true\n", rule: "trend-scope").first)
        #expect((e.position.line, e.position.column) == (3, 5))
        #expect(e.message.contains("P4.14 counts differently in C5 (excluding MINUSMA) and C6"))
        #expect(e.suggestion?.contains("drop 'trend: true'") == true)
    }

    @Test("by default the KPI draws no arrow and names the earlier figure with its scope")
    func defaultTrend() throws {
        #expect(SpecFixture.diagnostics(Self.kpi).isEmpty)
        let dir = try TempDir.make()
        let spec = try Self.file(Self.kpi, in: dir, name: "kpi.yaml")
        let out = try A4PBinary.run(["render", spec.path, "--format", "pdf", "--out", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        let text = normalisedExtraction(try ExternalTool.run("pdftotext", [dir.appendingPathComponent("kpi.pdf").path, "-"]).stdout)
        #expect(text.contains("246"))
        #expect(text.contains("Cycle 5: 203 excluding MINUSMA"))
        #expect(!text.contains("↑") && !text.contains("from 203"))
    }

    @Test("comparable figures keep their arrow (cycle 6 TPP trainees against cycle 5)")
    func comparableTrend() throws {
        let dir = try TempDir.make()
        let spec = try Self.file("data: DATA\nblocks:\n  - type: kpi\n    indicator: P3.08\n    category: total\n    period: C6\n    trend: true\n",
                                 in: dir, name: "tpp.yaml")
        let out = try A4PBinary.run(["render", spec.path, "--format", "pdf", "--out", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        let text = normalisedExtraction(try ExternalTool.run("pdftotext", [dir.appendingPathComponent("tpp.pdf").path, "-"]).stdout)
        #expect(text.contains("from 306"))
    }

    @Test("render with a trend across scopes exits 65 and writes nothing")
    func nothingWritten() throws {
        let dir = try TempDir.make()
        let spec = try Self.file(Self.kpi + "    trend: true\n", in: dir, name: "bad.yaml")
        let out = dir.appendingPathComponent("out")
        let r = try A4PBinary.run(["render", spec.path, "--format", "pdf", "--out", out.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.yaml:2:5: error:"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bad.pdf").path))
    }
}
