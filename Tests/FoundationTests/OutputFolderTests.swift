import Foundation
@testable import A4PRender
import TestSupport
import Testing

@Suite("OutputFolder: the all-or-nothing commit, in process")
struct OutputFolderTests {
    @Test("output paths must stay inside the folder and be written once")
    func paths() throws {
        for bad in ["../x.pdf", "/etc/x", "a/../../x", "a//b", "./x", ""] {
            #expect(throws: RenderError.self, "\(bad)") { try OutputFolder.checkPaths([bad]) }
        }
        #expect(throws: RenderError.self) { try OutputFolder.checkPaths(["a.pdf", "a.pdf"]) }
        try OutputFolder.checkPaths(["a.pdf", "missions/b.pdf"])
    }

    @Test("a commit creates the folder and its subfolders; a second one replaces its files and keeps the rest")
    func commit() throws {
        let dir = try TempDir.make()
        let out = dir.appendingPathComponent("deep/out")
        try OutputFolder(out).commit([OutputFile(path: "a.txt", bytes: [1]), OutputFile(path: "m/b.txt", bytes: [2])])
        try Data("mine".utf8).write(to: out.appendingPathComponent("m/notes.txt"))
        try OutputFolder(out).commit([OutputFile(path: "a.txt", bytes: [3])], previouslyOwned: { _ in ["m/b.txt"] })
        let now = FolderSnapshot(out)
        #expect(now.paths == ["a.txt", "m/", "m/notes.txt"])
        #expect(now.entries["a.txt"] == Data([3]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("deep").path) == ["out"])
    }

    @Test("a folder where a file goes, or a file where a folder goes, is an error and nothing changes")
    func conflicts() throws {
        let out = try TempDir.make()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("x.pdf"), withIntermediateDirectories: true)
        try Data("f".utf8).write(to: out.appendingPathComponent("m"))
        let before = FolderSnapshot(out)
        #expect(throws: RenderError.self) { try OutputFolder(out).commit([OutputFile(path: "x.pdf", bytes: [1])]) }
        #expect(throws: RenderError.self) { try OutputFolder(out).commit([OutputFile(path: "m/y.pdf", bytes: [1])]) }
        #expect(FolderSnapshot(out) == before)
    }

    @Test("the old writer's temporaries are recognised, nothing else")
    func oldTemporaries() {
        #expect(OutputStaging.isOldTemporary(".factsheet-UNMISS-en.pdf.Ab12Cd.tmp"))
        #expect(!OutputStaging.isOldTemporary("notes.tmp"))
        #expect(!OutputStaging.isOldTemporary(".notes.tmp"))
        #expect(!OutputStaging.isOldTemporary(".x.pdf.toolong.tmp"))
    }

    @Test("the copy used when a file cannot be hard-linked keeps bytes, mode and links")
    func copy() throws {
        let dir = try TempDir.make()
        let src = dir.appendingPathComponent("a.sh")
        try Data("#!/bin/sh\n".utf8).write(to: src)
        chmod(src.path, 0o755)
        try PosixFiles.copy(src.path, to: dir.appendingPathComponent("b.sh").path)
        #expect(try Data(contentsOf: dir.appendingPathComponent("b.sh")) == Data("#!/bin/sh\n".utf8))
        #expect(PosixFiles.status(dir.appendingPathComponent("b.sh").path).map { $0.st_mode & 0o777 } == 0o755)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("l").path, withDestinationPath: "a.sh")
        try PosixFiles.copy(dir.appendingPathComponent("l").path, to: dir.appendingPathComponent("l2").path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("l2").path) == "a.sh")
    }
}
