import Foundation
import TestSupport
import Testing

@Suite("a4p export: a progress count on a terminal only; --verbose phases")
struct ExportProgressTests {
    /// A one-page publication in a project of its own (as `SmallExport`), and the command that exports it.
    static func project() throws -> (URL, [String]) {
        let (project, manifest) = try SmallExport.project("a4p-progress")
        return (project, [A4PBinary.url.path, "export", "--manifest", manifest.path, "--out", project.appendingPathComponent("out").path,
                          "--format", "pdf", "--scale", "1"])
    }

    @Test("on a terminal (script(1) gives it one) stderr counts the jobs, [n/total]; in a pipe it says nothing of the kind")
    func progressOnTerminalOnly() throws {
        let (_, command) = try Self.project()
        let piped = try ExternalTool.run(command[0], Array(command.dropFirst()))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.isEmpty, "no progress in a pipe: \(piped.stderr)")
        let line = command.map { "'\($0)'" }.joined(separator: " ")
        let tty = try ExternalTool.run("script", ["-qec", line, "/dev/null"])
        #expect(tty.status == 0, "\(tty.stdout)")
        #expect(tty.stdout.contains("[1/1] laying out Specs/publication/priorities/P1.yaml (en)"), "each layout job named: \(tty.stdout)")
        let rendering = tty.stdout.matches(of: /\[([0-9]+)\/([0-9]+)\] rendering/).map { (Int($0.1)!, Int($0.2)!) }
        #expect(rendering.last.map { $0.0 == $0.1 } == true, "the count ends at the total: \(rendering)")
        #expect(tty.stdout.contains("exported 1 documents"))
    }

    @Test("--verbose gives the time of each phase and every file written")
    func verbosePhases() throws {
        let (_, command) = try Self.project()
        let run = try ExternalTool.run(command[0], Array(command.dropFirst()) + ["--verbose"])
        #expect(run.status == 0, "\(run.stderr)")
        for phase in ["data loaded", "laid out", "rendered and written"] {
            #expect(run.stderr.contains(try Regex("a4p: \(phase): [0-9.]+ s")), "\(phase): \(run.stderr)")
        }
        #expect(run.stderr.contains(/a4p: wrote .*priorities\/priority-P1\.pdf \([0-9]+ bytes\)/), "\(run.stderr)")
    }
}
