import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A render of three shipped specs into a folder that already holds an earlier render and files
/// a4p did not write. The two renders differ in every PDF (SOURCE_DATE_EPOCH sets the date).
private struct RenderSetup {
    let root: URL
    var out: URL { root.appendingPathComponent("out") }
    static let specs = ["Specs/examples/every-block.yaml", "Specs/examples/mission-template.yaml", "Specs/publication/slides/P2-key.yaml"]
        .map(ShippedSpecs.path)

    init() throws {
        root = try TempDir.make("a4p-commit")
        try Self.userFiles(in: out)
        let first = try render(epoch: 1)
        #expect(first.status == 0, "\(first.stderr)")
    }

    static func userFiles(in dir: URL) throws {
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: dir.appendingPathComponent("README.md"))
        try Data("a\n".utf8).write(to: dir.appendingPathComponent("notes/a.txt"))
        try Data("b\n".utf8).write(to: dir.appendingPathComponent("notes/b.txt"))
    }

    func render(epoch: Int, into dir: URL? = nil, specs: [String] = RenderSetup.specs, env: [String: String] = [:]) throws -> ExternalTool.Output {
        try A4PBinary.run(["render"] + specs + ["--only", "UNMISS", "--format", "pdf,svg", "--out", (dir ?? out).path],
                          adding: env.merging(["SOURCE_DATE_EPOCH": "\(epoch)"]) { $1 })
    }

    /// What a complete new render looks like: the same user files, the epoch-2 outputs.
    func reference() throws -> (FolderSnapshot, steps: Int) {
        let ref = root.appendingPathComponent("ref")
        try Self.userFiles(in: ref)
        let run = try render(epoch: 2, into: ref, env: ["A4P_TEST_COMMIT_TRACE": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let steps = run.stderr.split(separator: "\n").filter { $0.hasPrefix("commit step ") }.count
        return (FolderSnapshot(ref), steps)
    }

    /// Hidden entries a4p keeps beside the output folder (staging folders, the lock).
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasPrefix(".out.a4p-staging") }
    }
}

@Suite("Output folder: all or nothing, under a lock")
struct OutputTransactionTests {
    @Test("SIGKILL at every step of the write phase leaves the old output byte for byte, or the new one complete")
    func killedAtEveryStep() throws {
        let setup = try RenderSetup()
        let old = FolderSnapshot(setup.out)
        let (new, steps) = try setup.reference()
        #expect(old != new)
        #expect(old.paths.contains("README.md") && old.paths.contains("notes/b.txt"))
        #expect(steps >= 18, "expected a step per kept file, written file, folder sync, swap and clean-up; got \(steps)")
        var outcomes: [String] = []
        for k in 1...steps {
            let run = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_KILL_AT": "\(k)"])
            #expect(run.status != 0, "step \(k): the process should have been killed")
            let now = FolderSnapshot(setup.out)
            #expect(now == old || now == new, "step \(k): a mix of old and new: \(now)")
            #expect(setup.leftovers.count <= 1, "step \(k): \(setup.leftovers)")
            outcomes.append(now == old ? "old" : "new")
            if now == new {
                // Back to the old output for the next point; this also removes the killed run's staging folder.
                #expect(try setup.render(epoch: 1).status == 0)
                #expect(FolderSnapshot(setup.out) == old)
                #expect(setup.leftovers.isEmpty)
            }
        }
        // Old up to the swap, new from it on: both outcomes were seen.
        #expect(outcomes.first == "old" && outcomes.last == "new", "\(outcomes)")
        let done = try setup.render(epoch: 2)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(FolderSnapshot(setup.out) == new)
        #expect(setup.leftovers.isEmpty)
    }

    @Test("SIGTERM before the swap leaves the old output, SIGINT after it the new one; no staging folder either way")
    func signals() throws {
        let setup = try RenderSetup()
        let old = FolderSnapshot(setup.out)
        let (new, steps) = try setup.reference()
        let term = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_SIGNAL_AT": "3:\(SIGTERM)"])
        #expect(term.status != 0)
        #expect(term.stderr.contains("interrupted; \(setup.out.path) is as it was before"), "\(term.stderr)")
        #expect(FolderSnapshot(setup.out) == old)
        #expect(setup.leftovers.isEmpty)
        let int = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_SIGNAL_AT": "\(steps - 1):\(SIGINT)"])
        #expect(int.status != 0)
        #expect(int.stderr.contains("is complete (the new output)"), "\(int.stderr)")
        #expect(FolderSnapshot(setup.out) == new)
        #expect(setup.leftovers.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: setup.root.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") || $0.contains(".a4p-") }, "\(names)")
    }

    @Test("without RENAME_EXCHANGE (two renames), a kill between them is repaired by the next run: the old output goes back")
    func renameFallback() throws {
        let setup = try RenderSetup()
        let old = FolderSnapshot(setup.out)
        let (new, _) = try setup.reference()
        let trace = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_NO_EXCHANGE": "1", "A4P_TEST_COMMIT_TRACE": "1"])
        #expect(trace.status == 0, "\(trace.stderr)")
        #expect(FolderSnapshot(setup.out) == new)
        #expect(try setup.render(epoch: 1).status == 0)
        let steps = trace.stderr.split(separator: "\n").filter { $0.hasPrefix("commit step ") }
        let aside = try #require(steps.firstIndex { $0.contains("old folder set aside") }) + 1
        // Killed with the old folder set aside and the new one not yet in place.
        let killed = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_NO_EXCHANGE": "1", "A4P_TEST_COMMIT_KILL_AT": "\(aside)"])
        #expect(killed.status != 0)
        #expect(!FileManager.default.fileExists(atPath: setup.out.path))
        let setAside = try FileManager.default.contentsOfDirectory(atPath: setup.root.path).filter { $0.hasPrefix(".out.a4p-old-") }
        #expect(setAside.count == 1)
        #expect(FolderSnapshot(setup.root.appendingPathComponent(setAside[0])) == old)
        // The next commit puts the old folder back before anything else (here killed at its step 2 to see it).
        let repaired = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_NO_EXCHANGE": "1", "A4P_TEST_COMMIT_KILL_AT": "2"])
        #expect(repaired.status != 0)
        #expect(FolderSnapshot(setup.out) == old, "the old output is back in place before anything else")
        #expect(try setup.render(epoch: 2).status == 0)
        #expect(FolderSnapshot(setup.out) == new)
        #expect(setup.leftovers.isEmpty)
    }

    @Test("a full disk in the middle of the write phase leaves the old output and exits 73")
    func diskFullInjected() throws {
        let setup = try RenderSetup()
        let old = FolderSnapshot(setup.out)
        let run = try setup.render(epoch: 2, env: ["A4P_TEST_COMMIT_ENOSPC_AT": "7"])
        #expect(run.status == 73)
        #expect(run.stderr.contains("No space left on device; nothing was written, \(setup.out.path) is as it was"), "\(run.stderr)")
        #expect(FolderSnapshot(setup.out) == old)
        #expect(setup.leftovers.isEmpty)
    }

    @Test("on a real tmpfs with room for one output but not two, the new output fails and the old stays (root only)")
    func diskFullTmpfs() throws {
        let spec = ShippedSpecs.path("Specs/examples/every-block.yaml")
        // Room for one output and a half, whatever the output's size is today.
        let probe = try TempDir.make()
        #expect(try A4PBinary.run(["render", spec, "--format", "pdf,svg", "--out", probe.path]).status == 0)
        let bytes = try FileManager.default.contentsOfDirectory(atPath: probe.path)
            .map { try FileManager.default.attributesOfItem(atPath: probe.appendingPathComponent($0).path)[.size] as? Int ?? 0 }.reduce(0, +)
        let mount = try TempDir.make("a4p-tmpfs")
        let mounted = try ExternalTool.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(bytes * 3 / 2 / 1024 + 64)k", "tmpfs", mount.path])
        guard mounted.status == 0 else { return }  // not root, or no mount in this sandbox: the injected test covers it
        defer { _ = try? ExternalTool.run("/bin/umount", [mount.path]) }
        let out = mount.appendingPathComponent("out")
        let args = ["render", spec, "--format", "pdf,svg", "--out", out.path]
        let first = try A4PBinary.run(args, adding: ["SOURCE_DATE_EPOCH": "1"])
        #expect(first.status == 0, "\(first.stderr)")
        let old = FolderSnapshot(out)
        let second = try A4PBinary.run(args, adding: ["SOURCE_DATE_EPOCH": "2"])
        #expect(second.status == 73, "the disk should be too small for a second copy: \(second.stderr)")
        #expect(second.stderr.contains("No space left on device"), "\(second.stderr)")
        #expect(FolderSnapshot(out) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == ["out"])
    }

    @Test("a second a4p writing into the same folder fails at once with a message")
    func lock() throws {
        let setup = try RenderSetup()
        let old = FolderSnapshot(setup.out)
        let lockPath = setup.root.appendingPathComponent(".out.a4p-lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let run = try setup.render(epoch: 2)
        #expect(run.status == 73)
        #expect(run.stderr.contains("\(setup.out.path): another a4p is writing into this folder"), "\(run.stderr)")
        #expect(FolderSnapshot(setup.out) == old)
    }

    @Test("render good.yaml bad.yaml exits 65 and writes nothing, not even good.pdf")
    func multiSpecRender() throws {
        let dir = try TempDir.make()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "blocks:\n  - type: kpi\n    indicator: P7.3\n".write(to: bad, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let run = try A4PBinary.run(["render", ShippedSpecs.path("Specs/examples/every-block.yaml"), bad.path, "--format", "pdf", "--out", out.path])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.yaml"])
    }

    @Test("staging folders of killed runs and orphaned temporaries of the old writer are removed by the next run")
    func staleStaging() throws {
        let setup = try RenderSetup()
        let stale = setup.root.appendingPathComponent(".out.a4p-staging-99999/missions")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: stale.appendingPathComponent("x.pdf"))
        try Data("half".utf8).write(to: setup.out.appendingPathComponent(".every-block.pdf.Ab12Cd.tmp"))
        let run = try setup.render(epoch: 2)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(setup.leftovers.isEmpty)
        let now = FolderSnapshot(setup.out)
        #expect(!now.paths.contains { $0.hasSuffix(".tmp") }, "\(now)")
        #expect(now.paths.contains("README.md") && now.paths.contains("notes/a.txt"))
    }

    @Test("--out naming a file, or a folder inside a file, is a clear message and exit 73")
    func outIsFile() throws {
        let dir = try TempDir.make()
        let file = dir.appendingPathComponent("report.pdf")
        try Data("x".utf8).write(to: file)
        let spec = ShippedSpecs.path("Specs/examples/every-block.yaml")
        let run = try A4PBinary.run(["render", spec, "--format", "pdf", "--out", file.path])
        #expect(run.status == 73)
        #expect(run.stderr.contains("--out \(file.path): it is a file, not a folder; name a folder"), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("Error Domain"))
        let inside = try A4PBinary.run(["render", spec, "--format", "pdf", "--out", file.appendingPathComponent("sub").path])
        #expect(inside.status == 73)
        #expect(inside.stderr.contains("\(file.path) is a file, not a folder"), "\(inside.stderr)")
        #expect(try Data(contentsOf: file) == Data("x".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.pdf"])
    }

    @Test("a link inside the output folder is replaced by the new file, never written through")
    func linkInOutput() throws {
        let dir = try TempDir.make()
        let victim = dir.appendingPathComponent("victim.pdf")
        try Data("precious".utf8).write(to: victim)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("every-block.pdf").path, withDestinationPath: victim.path)
        let run = try A4PBinary.run(["render", ShippedSpecs.path("Specs/examples/every-block.yaml"), "--format", "pdf", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: victim) == Data("precious".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("every-block.pdf").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }
}
