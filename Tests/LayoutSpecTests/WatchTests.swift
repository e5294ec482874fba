import Foundation
import TestSupport
import Testing

/// `a4p watch`: the designer's loop (issue 19).
@Suite("a4p watch")
struct WatchTests {
    @Test("renders at once, then again when the spec is saved: the new words are in the PDF; a broken save keeps the last good output")
    func rendersOnChange() throws {
        let dir = try TempDir.make()
        let spec = dir.appendingPathComponent("note.yaml"), out = dir.appendingPathComponent("out")
        let pdf = out.appendingPathComponent("note.pdf")
        try "blocks:\n  - {type: text, text: First version}\n".write(to: spec, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = A4PBinary.url
        process.arguments = ["watch", spec.path, "--out", out.path, "--format", "pdf", "--interval", "0.1", "--max-renders", "3"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func text() -> String { (try? ExternalTool.run("pdftotext", [pdf.path, "-"]).stdout) ?? "" }
        func wait(_ what: String, until done: () -> Bool) throws {
            let deadline = Date().addingTimeInterval(60)
            while !done() {
                try #require(Date() < deadline, "timed out waiting for \(what)")
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        try wait("the first render") { text().contains("First version") }
        // A save a second later (so the modification time moves even on coarse clocks).
        Thread.sleep(forTimeInterval: 1.1)
        try "blocks:\n  - {type: text, text: Second version}\n".write(to: spec, atomically: true, encoding: .utf8)
        try wait("the render after the save") { text().contains("Second version") }
        Thread.sleep(forTimeInterval: 1.1)
        try "blocks:\n  - {type: kpi, indicator: P7.3}\n".write(to: spec, atomically: true, encoding: .utf8)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("unknown indicator 'P7.3'"), "\(log)")
        #expect(log.contains("rendered") && log.contains("not rendered (exit 65)"), "\(log)")
        #expect(text().contains("Second version"), "the last good output stays")
    }
}
