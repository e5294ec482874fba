import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The bad-input corpus (Tests/BadInput/<case>/): each case is a small project (a spec, data
/// files, images, translations or a publication manifest) whose `expect` file says what `a4p`
/// must answer. Every case runs the binary in a copy of the project with the shipped Data/:
///
///     run: validate spec.yaml           the arguments (default)
///     exit: 65                          the exit status (0: a case that once crashed; message is then on stdout)
///     message: must be at most 14400    text the first error line of standard error contains
///     at: spec.yaml:4:13                and the position that line starts with
///     make: fifo Data/sources.csv       hostile files made at run time: fifo, devzero (a symlink
///                                       to /dev/zero), dir, bigfile BYTES (sparse)
///     remove: Data/periods.csv          a shipped file taken away
///     replace: FILE|OLD|NEW             the first OLD in a copied file becomes NEW (a bad value in shipped data)
///     absent: unknown period            text standard error must not contain
///     anywhere: yes                     the message may be on any line, not only the first
///
/// Whatever the case, standard error never holds a Foundation error dump or a crash report.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repo.appendingPathComponent("Tests/BadInput")
    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test("the corpus has at least 80 cases")
    func size() { #expect(Self.cases.count >= 80) }

    @Test("each bad input gets its message, position and exit status", arguments: cases)
    func badInput(_ name: String) throws {
        let source = Self.corpus.appendingPathComponent(name)
        let expect = try Expectation(String(contentsOf: source.appendingPathComponent("expect"), encoding: .utf8))
        let project = try TempDir.make("a4p-bad-\(name)")
        defer { try? FileManager.default.removeItem(at: project) }
        try Self.makeProject(project, from: source, expect: expect)

        let r = try TimedProcess.run(A4PBinary.url, expect.arguments, in: project, timeout: 30)
        let context = "\(name): exit \(r.status), stderr:\n\(r.stderr.prefix(2000))"
        #expect(!r.timedOut, "hang: \(context)")
        #expect(r.signal == nil, "crash (signal \(r.signal ?? 0)): \(context)")
        #expect(r.status == expect.exit, "\(context)")
        // Positions are compared relative to the project folder.
        let lines = r.stderr.replacingOccurrences(of: project.path + "/", with: "").split(separator: "\n").map(String.init)
        // The first error (warnings the shipped data already has may come before it).
        let first = lines.first { $0.contains(": error: ") } ?? lines.first ?? ""
        // A4P_CORPUS_PRINT=1 shows each case's answer, to read them all at once.
        if ProcessInfo.processInfo.environment["A4P_CORPUS_PRINT"] != nil { print("\(name) [\(r.status)]: \(first)") }
        if expect.exit == 0 {
            // A case that once crashed and now works: the message is what it prints.
            #expect(r.stdout.contains(expect.message), "\(context)\nstdout: \(r.stdout.prefix(500))")
        } else if expect.anywhere {
            let found = lines.contains { line in line.contains(expect.message) && (expect.at.map { line.hasPrefix($0 + ":") } ?? true) }
            #expect(found, "\(context)")
        } else {
            #expect(first.contains(expect.message), "first line lacks '\(expect.message)': \(context)")
            if let at = expect.at { #expect(first.hasPrefix(at + ":"), "first line is not at \(at): \(context)") }
        }
        for text in expect.absent + ["NSCocoaErrorDomain", "Error Domain=", "Fatal error", "Code=", "Backtrace"] {
            #expect(!r.stderr.contains(text), "stderr contains '\(text)': \(context)")
        }
    }

    /// The case's files over a copy of the shipped Data/, then its hostile files.
    static func makeProject(_ project: URL, from source: URL, expect: Expectation) throws {
        let fm = FileManager.default
        try fm.copyItem(at: repo.appendingPathComponent("Data"), to: project.appendingPathComponent("Data"))
        for path in expect.remove { try fm.removeItem(at: project.appendingPathComponent(path)) }
        let files = fm.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in files where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.path.dropFirst(source.path.count + 1))
            if relative == "expect" { continue }
            let target = project.appendingPathComponent(relative)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: url, to: target)
        }
        for edit in expect.replace {
            let parts = edit.components(separatedBy: "|")
            let url = project.appendingPathComponent(parts[0])
            let text = try String(contentsOf: url, encoding: .utf8)
            let range = try #require(text.range(of: parts[1]), "replace: '\(parts[1])' is not in \(parts[0])")
            try text.replacingCharacters(in: range, with: parts[2]).write(to: url, atomically: true, encoding: .utf8)
        }
        for make in expect.make {
            let parts = make.split(separator: " ").map(String.init)
            let target = project.appendingPathComponent(parts.last!)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            switch parts[0] {
            case "fifo": #expect(mkfifo(target.path, 0o644) == 0)
            case "devzero": try fm.createSymbolicLink(atPath: target.path, withDestinationPath: "/dev/zero")
            case "dir": try fm.createDirectory(at: target, withIntermediateDirectories: true)
            case "bigfile":
                // Sparse: the size is real, the disk blocks are not.
                #expect(fm.createFile(atPath: target.path, contents: Data("title: x\n".utf8)))
                #expect(truncate(target.path, off_t(Int(parts[1])!)) == 0)
            default: Issue.record("unknown make '\(make)'")
            }
        }
    }

    struct Expectation {
        var arguments = ["validate", "spec.yaml"]
        var exit: Int32 = 65
        var message = ""
        var at: String?
        var make: [String] = []
        var remove: [String] = []
        var replace: [String] = []
        var absent: [String] = []
        var anywhere = false

        init(_ text: String) throws {
            for line in text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch key {
                case "run": arguments = value.split(separator: " ").map(String.init)
                case "exit": exit = Int32(value) ?? -99
                case "message": message = value
                case "at": at = value
                case "make": make.append(value)
                case "remove": remove.append(value)
                case "replace": replace.append(value)
                case "absent": absent.append(value)
                case "anywhere": anywhere = value == "yes"
                default: Issue.record("unknown key '\(key)' in expect")
                }
            }
        }
    }
}
