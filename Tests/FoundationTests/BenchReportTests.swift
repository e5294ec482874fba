import Foundation
import TestSupport
import Testing

/// `a4p bench` writes its report without String(format:) or `print` (their casts cost 4 % of a
/// one-chart run); scripts/bench parses it, so its lines and fixed-point figures are checked here.
@Suite("a4p bench: the report scripts/bench reads")
struct BenchReportTests {
    static let workload = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/bench/workload.json").standardizedFileURL

    @Test("one chart: every line, seconds with 3 decimals, ms with 2, MiB with 1", .enabled(if: FileManager.default.fileExists(atPath: workload.path)))
    func oneChart() throws {
        let dir = try TempDir.make("a4p-bench")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try A4PBinary.run(["bench", "--workload", Self.workload.path, "--format", "pdf", "--only", "c001-bar-en", "--out", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { String($0.prefix(14)) } == ["charts        ", "format        ", "wall s        ", "ms/chart      ", "output bytes  ",
                                                       "files         ", "peak RSS MiB  ", "phases s      ", "problems      ", "out           "])
        #expect(lines.first == "charts        1" && lines.contains("format        pdf") && lines.contains("files         1"))
        let figures = [(2, #"^wall s        \d+\.\d{3}$"#), (3, #"^ms/chart      \d+\.\d{2}$"#), (6, #"^peak RSS MiB  \d+\.\d$"#),
                       (7, #"^phases s      load \d+\.\d{3}  layout \d+\.\d{3}  render \d+\.\d{3}  write \d+\.\d{3}$"#)]
        for (index, pattern) in figures where index < lines.count {
            #expect(lines[index].wholeMatch(of: try Regex(pattern)) != nil, "\(lines[index])")
        }
        let bytes = try #require(Int(lines[4].dropFirst(14)))
        #expect(bytes == (try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("c001-bar-en.pdf").path)[.size] as? Int))
    }
}
