import Foundation
import TestSupport
import Testing

/// Mutates the shipped specs, data and translations with a fixed seed and runs `a4p validate` and
/// `a4p render` on each mutant with a time limit. A crash (a signal), a hang (the time limit), an exit
/// status other than 0/65/66/73 or a Foundation error dump on standard error is a finding; each is
/// saved under .build/fuzz-findings/ to become a corpus case (Tests/BadInput/fuzz-*).
///
/// The suite runs a short budget (A4P_FUZZ_RUNS, 40 mutants, 80 runs by default); `scripts/fuzz --minutes N`
/// runs a long one (A4P_FUZZ_MINUTES) with the release binary. A4P_FUZZ_SEED picks another sequence.
@Suite("Fuzzing validate and render")
struct FuzzTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Input {
        var path: String
        var text: String
        var csv: Bool
    }

    @Test("mutated specs and data never crash or hang a4p")
    func fuzz() throws {
        let env = ProcessInfo.processInfo.environment
        let seed = UInt64(env["A4P_FUZZ_SEED"] ?? "") ?? 2026
        let deadline = Double(env["A4P_FUZZ_MINUTES"] ?? "").map { Date().addingTimeInterval($0 * 60) }
        let budget = Int(env["A4P_FUZZ_RUNS"] ?? "") ?? 40
        let timeout = Double(env["A4P_FUZZ_TIMEOUT"] ?? "") ?? 30
        var rng = SeededRandom(seed: seed)

        // One copy of the project; each mutant replaces one file and is undone after its runs.
        let project = try TempDir.make("a4p-fuzz")
        defer { try? FileManager.default.removeItem(at: project) }
        for folder in ["Specs", "Data", "Translations"] {
            try FileManager.default.copyItem(at: Self.repo.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        let inputs = try Self.inputs(in: project)
        let specs = inputs.filter { $0.path.hasPrefix("Specs/") && $0.path != "Specs/publication.yaml" }.map(\.path)
        let findings = Self.repo.appendingPathComponent(".build/fuzz-findings")

        var runs = 0, crashes = 0, hangs = 0, odd = 0
        var notes: [String] = []
        let started = Date()
        var mutant = 0
        while deadline.map({ Date() < $0 }) ?? (mutant < budget) {
            mutant += 1
            // Specs most often; data and translation tables too.
            let pool = Int.random(in: 0..<10, using: &rng) < 6
                ? inputs.filter { specs.contains($0.path) } : inputs.filter { !specs.contains($0.path) }
            let input = pool.randomElement(using: &rng)!
            // One to three mutations on top of each other.
            var (what, text) = FuzzMutator.mutate(input.text, csv: input.csv, rng: &rng)
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                let (more, next) = FuzzMutator.mutate(text, csv: input.csv, rng: &rng)
                what += ", then " + more
                text = next
            }
            let url = project.appendingPathComponent(input.path)
            try Data(text.utf8).write(to: url)
            defer { try? Data(input.text.utf8).write(to: url) }
            let spec = input.path.hasPrefix("Specs/") && input.path != "Specs/publication.yaml" ? input.path : specs.randomElement(using: &rng)!
            let out = project.appendingPathComponent("out")
            for arguments in [["validate", spec], ["render", spec, "--out", out.path, "--format", "pdf,svg,png", "--scale", "0.25"]] {
                runs += 1
                let r = try TimedProcess.run(A4PBinary.url, arguments, in: project, timeout: timeout)
                try? FileManager.default.removeItem(at: out)
                var finding: String?
                if r.timedOut { hangs += 1; finding = "hang (over \(Int(timeout)) s)" }
                else if r.signal != nil || r.stderr.contains("Fatal error") { crashes += 1; finding = "crash (signal \(r.signal ?? 0))" }
                else if ![0, 65, 66, 73].contains(r.status) || r.stderr.contains("Error Domain=") || r.stderr.contains("NSCocoaErrorDomain") {
                    odd += 1; finding = "exit \(r.status) or an error dump"
                }
                guard let finding else { continue }
                let note = "seed \(seed) mutant \(mutant): \(finding): a4p \(arguments.prefix(2).joined(separator: " ")) after \(what) in \(input.path)\n\(r.stderr.prefix(600))"
                notes.append(note)
                let dir = findings.appendingPathComponent("\(seed)-\(mutant)")
                try? FileManager.default.createDirectory(at: dir.appendingPathComponent(input.path).deletingLastPathComponent(), withIntermediateDirectories: true)
                try? Data(text.utf8).write(to: dir.appendingPathComponent(input.path))
                try? Data(note.utf8).write(to: dir.appendingPathComponent("finding.txt"))
            }
        }
        let summary = "fuzz: seed \(seed), \(mutant) mutants, \(runs) runs in \(Int(Date().timeIntervalSince(started))) s: \(crashes) crashes, \(hangs) hangs, \(odd) odd exits"
        print(summary)
        for n in notes { print(n) }
        #expect(crashes == 0 && hangs == 0 && odd == 0, "\(summary)\n\(notes.joined(separator: "\n\n"))")
    }

    /// Every spec, CSV and translation table of the project copy, with its text.
    static func inputs(in project: URL) throws -> [Input] {
        var out: [Input] = []
        let e = FileManager.default.enumerator(at: project, includingPropertiesForKeys: nil)!
        for case let url as URL in e where ["yaml", "csv"].contains(url.pathExtension) {
            let relative = String(url.path.dropFirst(project.path.count + 1))
            out.append(Input(path: relative, text: try String(contentsOf: url, encoding: .utf8), csv: url.pathExtension == "csv"))
        }
        return out.sorted { $0.path < $1.path }
    }
}
