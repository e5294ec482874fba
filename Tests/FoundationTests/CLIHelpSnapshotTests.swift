import Foundation
import TestSupport
import Testing

/// Issue 18, start-up work (static libstdc++, the executable's own argv functions) must not change what the
/// command line accepts or prints: `References/cli-help.txt` holds, byte for byte, what main at f2dcf13 printed
/// for `a4p`, every subcommand's `--help` and six bad command lines (standard output, standard error, status).
/// Regenerate it only for a deliberate change of the command line's text.
@Suite("a4p's help and usage errors, byte for byte")
struct CLIHelpSnapshotTests {
    static let cases: [[String]] = [[]]
        + ["export", "render", "init", "validate", "watch", "specimen", "gallery", "charts", "bench", "formats", "data",
           "spec-schema", "coverage", "translations", "docs", "help"].map { [$0, "--help"] }
        + [["--help"], ["--bogus"], ["render"], ["export", "--format", "gif"], ["bench", "--format", "pdf", "--bogus", "x"],
           ["validate"], ["data", "nope"]]

    /// The transcript in the reference's format, from `binary` run in a folder without a project.
    static func transcript(_ binary: String) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["COLUMNS"] = nil
        env["LINES"] = nil
        let dir = try TempDir.make("a4p-help")
        defer { try? FileManager.default.removeItem(at: dir) }
        return try cases.map { args in
            let run = try ExternalTool.run(binary, args, environment: env, currentDirectory: dir)
            return "$ a4p " + args.joined(separator: " ") + "\n--- stdout\n" + run.stdout + "--- stderr\n" + run.stderr
                + "--- exit \(run.status)\n"
        }.joined()
    }

    @Test("the debug binary, and the release binary when built, print the reference transcript")
    func helpUnchanged() throws {
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References/cli-help.txt")
        let expected = try String(contentsOf: reference, encoding: .utf8)
        #expect(expected.contains("$ a4p bench --help") && expected.contains("--- exit 64"), "the reference is read")
        let binaries = [A4PBinary.url.path] + (ReleaseStartupTests.releaseBuilt ? [ReleaseStartupTests.release.path] : [])
        for binary in binaries {
            let actual = try Self.transcript(binary)
            if actual != expected {
                let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
                let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }
                Issue.record("\(binary): first difference at line \((first?.offset ?? min(a.count, e.count)) + 1): \(first.map { "\($0.element.0) ≠ \($0.element.1)" } ?? "length")")
            }
        }
    }
}
