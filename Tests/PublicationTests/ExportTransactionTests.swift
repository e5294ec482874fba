import Foundation
import TestSupport
import Testing

/// Exports (PDF only, to keep it quick) into `root/<name>`, dated by SOURCE_DATE_EPOCH so two
/// exports differ in every PDF.
private func export(_ root: URL, _ name: String = "out", epoch: Int, env: [String: String] = [:]) throws -> ExternalTool.Output {
    try A4PBinary.run(["export", "--out", root.appendingPathComponent(name).path, "--format", "pdf", "--scale", "1"],
                      adding: env.merging(["SOURCE_DATE_EPOCH": "\(epoch)"]) { $1 })
}

private func userFiles(_ dir: URL) throws {
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("missions"), withIntermediateDirectories: true)
    try Data("mine\n".utf8).write(to: dir.appendingPathComponent("README.md"))
    try Data("notes\n".utf8).write(to: dir.appendingPathComponent("missions/notes.txt"))
}

/// Every file `manifest.json` lists is there with its size and sha256.
private func consistent(_ dir: URL) throws -> Bool {
    let data = try Data(contentsOf: dir.appendingPathComponent("manifest.json"))
    let files = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["files"] as? [[String: Any]])
    for f in files {
        let path = try #require(f["path"] as? String)
        let sum = try ExternalTool.run("sha256sum", [dir.appendingPathComponent(path).path]).stdout.prefix(64)
        if String(sum) != f["sha256"] as? String { return false }
    }
    return !files.isEmpty
}

@Suite("a4p export: all or nothing")
struct ExportTransactionTests {
    @Test("SIGKILL at points across the export's write phase, or a full disk, leaves the previous set byte for byte, or the new one consistent with its manifest")
    func killed() throws {
        let root = try TempDir.make("a4p-export-kill")
        try userFiles(root.appendingPathComponent("out"))
        #expect(try export(root, epoch: 1).status == 0)
        let old = FolderSnapshot(root.appendingPathComponent("out"))
        try userFiles(root.appendingPathComponent("ref"))
        let ref = try export(root, "ref", epoch: 2, env: ["A4P_TEST_COMMIT_TRACE": "1"])
        #expect(ref.status == 0, "\(ref.stderr)")
        let new = FolderSnapshot(root.appendingPathComponent("ref"))
        #expect(try consistent(root.appendingPathComponent("ref")))
        let steps = ref.stderr.split(separator: "\n").filter { $0.hasPrefix("commit step ") }
        let swap = try #require(steps.firstIndex { $0.contains(": swap ") }) + 1
        // A render is killed at every step (OutputTransactionTests); here the points that matter for a whole set.
        let points = Set([1, steps.count / 2, swap - 1, swap, swap + 1, steps.count]).sorted()
        for k in points {
            let run = try export(root, epoch: 2, env: ["A4P_TEST_COMMIT_KILL_AT": "\(k)"])
            #expect(run.status != 0, "step \(k) should have been killed")
            let now = FolderSnapshot(root.appendingPathComponent("out"))
            #expect(now == old || now == new, "step \(k) of \(steps.count): a mix of old and new")
            #expect(k <= swap ? now == old : now == new, "step \(k): the swap is step \(swap), old up to it, new after")
            if now == new {
                #expect(try consistent(root.appendingPathComponent("out")))
                #expect(try export(root, epoch: 1).status == 0)
                #expect(FolderSnapshot(root.appendingPathComponent("out")) == old)
            }
        }
        let stale = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("staging") }
        #expect(stale.count <= 1, "\(stale)")
        // A full disk halfway through: exit 73, the previous set and its manifest untouched, no staging left.
        let full = try export(root, epoch: 2, env: ["A4P_TEST_COMMIT_ENOSPC_AT": "\(steps.count / 2)"])
        #expect(full.status == 73)
        #expect(full.stderr.contains("No space left on device; nothing was written"), "\(full.stderr)")
        #expect(FolderSnapshot(root.appendingPathComponent("out")) == old)
        #expect(try consistent(root.appendingPathComponent("out")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".a4p-") }.isEmpty)
    }

    @Test("a new export replaces every file the previous manifest lists and keeps the files a4p did not write")
    func ownership() throws {
        let root = try TempDir.make("a4p-export-own")
        let out = root.appendingPathComponent("out")
        try userFiles(out)
        #expect(try export(root, epoch: 1).status == 0)
        // Pretend the previous export also wrote a fact sheet for a mission that has since closed.
        let manifestURL = out.appendingPathComponent("manifest.json")
        var manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        var files = try #require(manifest["files"] as? [[String: Any]])
        files.append(["path": "missions/factsheet-GONE-en.pdf", "thumbnail": "thumbnails/missions-factsheet-GONE-en.png"])
        manifest["files"] = files
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
        try Data("old".utf8).write(to: out.appendingPathComponent("missions/factsheet-GONE-en.pdf"))
        try Data("old".utf8).write(to: out.appendingPathComponent("thumbnails/missions-factsheet-GONE-en.png"))
        let run = try export(root, epoch: 2)
        #expect(run.status == 0, "\(run.stderr)")
        let now = FolderSnapshot(out)
        #expect(!now.paths.contains("missions/factsheet-GONE-en.pdf"))
        #expect(!now.paths.contains("thumbnails/missions-factsheet-GONE-en.png"))
        #expect(now.entries["README.md"] == Data("mine\n".utf8))
        #expect(now.entries["missions/notes.txt"] == Data("notes\n".utf8))
        #expect(try consistent(out))
    }
}
