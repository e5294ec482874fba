import Foundation
import TestSupport
import Testing

/// Runs the built `a4p` with `input` on its standard input, in `directory`.
func runA4P(_ args: [String], input: String, in directory: URL) throws -> (status: Int32, stdout: Data, stderr: String) {
    try runA4P(args, bytes: Data(input.utf8), in: directory)
}

/// The same with any bytes on standard input.
func runA4P(_ args: [String], bytes input: Data, in directory: URL) throws -> (status: Int32, stdout: Data, stderr: String) {
    let process = Process()
    process.executableURL = A4PBinary.url
    process.arguments = args
    process.currentDirectoryURL = directory
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { errData = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    DispatchQueue.global().async {
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
    }
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (process.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
}

@Suite("a4p with - for standard input and output, --diagnostic-format, --verbose")
struct StdioCLITests {
    /// A one-block page whose `data:` is relative: from the repository's root it names Data/.
    static let page = "title: Stdin page\ndata: Data\nblocks:\n  - type: kpi\n    indicator: P1.01\n"
    static let bad = "data: Data\nblocks:\n  - type: kpi\n    indicator: P7.3\n"

    @Test("render - --format svg --out -: the spec from stdin, the SVG on stdout, nothing written; data: resolves against the working directory")
    func renderThroughPipes() throws {
        let cwd = ShippedSpecs.root
        let before = try FileManager.default.contentsOfDirectory(atPath: cwd.path)
        let run = try runA4P(["render", "-", "--format", "svg", "--out", "-"], input: Self.page, in: cwd)
        #expect(run.status == 0, "\(run.stderr)")
        let svg = String(decoding: run.stdout, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"), "\(svg.prefix(200))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cwd.path) == before, "no file written")
        // From a folder with no Data/ in it, the same relative `data:` leads nowhere.
        let elsewhere = try runA4P(["validate", "-"], input: Self.page, in: try TempDir.make())
        #expect(elsewhere.status == 66 && elsewhere.stderr.contains("<stdin>:2:7: error: data: 'Data': no such file or folder"), "\(elsewhere.stderr)")
    }

    @Test("a spec from stdin has its diagnostics named <stdin>:line:col; validate - says it is valid")
    func stdinDiagnostics() throws {
        let run = try runA4P(["validate", "-"], input: Self.bad, in: ShippedSpecs.root)
        #expect(run.status == 65)
        #expect(run.stderr.contains("<stdin>:4:16: error: unknown indicator 'P7.3' [unknown-indicator]"), "\(run.stderr)")
        // Bytes that are not UTF-8 are refused as a spec file's are, at <stdin>:1:1, exit 65.
        let latin1 = try runA4P(["validate", "-"], bytes: Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xE9, 0x0A]), in: ShippedSpecs.root)
        #expect(latin1.status == 65 && latin1.stderr.hasPrefix("<stdin>:1:1: error: the spec is not UTF-8 text"), "\(latin1.stderr)")
        let good = try runA4P(["validate", "-"], input: Self.page, in: ShippedSpecs.root)
        #expect(good.status == 0 && String(decoding: good.stdout, as: UTF8.self).hasPrefix("<stdin>: valid (1 output, 1 page)"), "\(good.stderr)")
    }

    @Test("--out - refuses several files with a clear error (exit 64), and several formats before rendering")
    func refusesManyFiles() throws {
        let spec = ShippedSpecs.path("Specs/examples/mission-template.yaml")
        let many = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--format", "svg", "--out", "-"])
        #expect(many.status == 64)
        #expect(many.stderr.contains("--out -: this render makes 2 files") && many.stdout.isEmpty, "\(many.stderr)")
        let formats = try A4PBinary.run(["render", spec, "--format", "pdf,svg", "--out", "-"])
        #expect(formats.status == 64 && formats.stderr.contains("give one --format"), "\(formats.stderr)")
        let export = try A4PBinary.run(["export", "--out", "-"])
        #expect(export.status == 64 && export.stderr.contains("export writes a folder"), "\(export.stderr)")
        let twice = try A4PBinary.run(["validate", "-", "-"])
        #expect(twice.status == 64 && twice.stderr.contains("only once"), "\(twice.stderr)")
    }

    @Test("--diagnostic-format: human shows the line and a caret, short is one plain gcc-style line per problem, json is validate's document (JSON lines for render)")
    func diagnosticFormats() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        // No `data:`: the dataset is the one found from the working directory, the repository's.
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let root = ShippedSpecs.root
        let short = try A4PBinary.run(["validate", bad.path, "--diagnostic-format", "short"], in: root)
        #expect(short.status == 65)
        #expect(short.stderr == "\(bad.path):3:16: error: unknown indicator 'P7.3'\n", "\(short.stderr)")
        // human, the default: the same line with its rule, then the spec's line with a caret under column 16.
        let human = try A4PBinary.run(["validate", bad.path], in: root)
        #expect(human.stderr == "\(bad.path):3:16: error: unknown indicator 'P7.3' [unknown-indicator]; did you mean P7.03?\n"
                + "   3 |     indicator: P7.3\n     |                ^\n", "\(human.stderr)")
        let json = try A4PBinary.run(["validate", bad.path, "--diagnostic-format", "json"], in: root)
        let alias = try A4PBinary.run(["validate", bad.path, "--format", "json"], in: root)
        #expect(json.stdout == alias.stdout && json.status == 65 && json.stderr.isEmpty)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = document?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["line"] as? Int == 3 && diagnostics?.first?["rule"] as? String == "unknown-indicator")
        let render = try A4PBinary.run(["render", bad.path, "--out", dir.appendingPathComponent("out").path, "--diagnostic-format", "json"], in: root)
        let lines = render.stderr.split(separator: "\n")
        #expect(render.status == 65 && lines.count == 1, "\(render.stderr)")
        let line = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(line?["column"] as? Int == 16 && line?["severity"] as? String == "error" && line?["file"] as? String == bad.path)
    }

    @Test("--verbose says each file written and the time of each phase, on stderr")
    func verbose() throws {
        let dir = try TempDir.make()
        let spec = ShippedSpecs.path("Specs/examples/mission-template.yaml")
        let run = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--format", "pdf", "--out", dir.path, "--verbose"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(/a4p: .*mission-template\.yaml: read and laid out: [0-9.]+ s/), "\(run.stderr)")
        #expect(run.stderr.contains(/a4p: mission-UNMISS-en: rendered: [0-9.]+ s/))
        #expect(run.stderr.contains(/a4p: wrote .*mission-UNMISS-en\.pdf \([0-9]+ bytes\)/))
        let quiet = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--format", "pdf", "--out", dir.path])
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }
}
