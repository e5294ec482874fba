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

    /// What ArgumentParser prints for bench's bad command lines (as at 30f18d9), and a run error: the
    /// same status and message whichever spelling names the chart.
    @Test("bench's errors and help are ArgumentParser's as before; a run error exits the same for both spellings", .enabled(if: FileManager.default.fileExists(atPath: workload.path)))
    func errorsUnchanged() throws {
        let usage = "Usage: a4p bench [--workload <workload>] --format <format> [--out <out>] [--only <only>]"
        let cases: [([String], String)] = [
            (["bench", "--format", "gif"], "Error: --format must be pdf, png or svg"),
            (["bench", "--format", "pdf", "--bogus", "x"], "Error: Unknown option '--bogus'. Did you mean '--out'?"),
            (["bench", "--only", "c001-bar-en"], "Error: Missing expected argument '--format <format>'"),
            (["bench", "--format", "pdf", "--out"], "Error: Missing value for '--out <out>'"),
        ]
        for (args, message) in cases {
            let out = try A4PBinary.run(args)
            #expect(out.status == 64, "\(args)")
            #expect(out.stderr.hasPrefix(message) && out.stderr.contains(usage), "\(args): \(out.stderr)")
        }
        let help = try A4PBinary.run(["bench", "--format", "pdf", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: a4p bench"))
        let dir = try TempDir.make("a4p-bench-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        for args in [["--only", "no-such-chart"], ["--only=no-such-chart"]] {
            let out = try A4PBinary.run(["bench", "--workload", Self.workload.path, "--format", "pdf", "--out", dir.path] + args)
            #expect(out.status == 65, "\(args): \(out.stderr)")
            #expect(out.stderr.contains("no chart with id no-such-chart"))
        }
    }
}
