import Foundation

/// Runs a command-line tool (pdftotext, qpdf, …) and captures what it prints.
public struct ExternalTool {
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    currentDirectory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a chatty tool cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Folders for one test's files, removed when the test process ends: a full run makes two
/// publication exports of ~470 MB each, and keeping every run's filled the disk. Set
/// `A4P_KEEP_TEST_DIRS=1` to keep them for looking at (failed reference images go to
/// `.build/reference-failures/` and are always kept).
public enum TempDir {
    public static func make(_ name: String = "a4p-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        Cleanup.shared.remember(url)
        return url
    }

    /// The folders made so far, removed by an `atexit` handler registered with the first.
    final class Cleanup: @unchecked Sendable {
        static let shared = Cleanup()
        private let lock = NSLock()
        private var folders: [URL] = []
        private var registered = false

        func remember(_ url: URL) {
            lock.lock()
            defer { lock.unlock() }
            folders.append(url)
            if !registered, ProcessInfo.processInfo.environment["A4P_KEEP_TEST_DIRS"] == nil {
                registered = true
                atexit { TempDir.Cleanup.shared.removeAll() }
            }
        }

        func removeAll() {
            lock.lock()
            defer { lock.unlock() }
            for url in folders { try? FileManager.default.removeItem(at: url) }
            folders.removeAll()
        }
    }
}

/// Text as pdftotext gives it, minus the embedding marks it wraps right-to-left runs in
/// (U+202A–U+202E), and with whitespace runs collapsed.
public func normalisedExtraction(_ s: String) -> String {
    let stripped = s.unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) }
    return String(String.UnicodeScalarView(stripped)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// What poppler extracts for Arabic that uses the lam-alef ligature. Cairo writes the ligature's
/// ActualText correctly, in logical order (لا = U+0644 U+0627); poppler reverses multi-character
/// ActualText inside right-to-left text (shared/notes/cairo-harfbuzz-swift.md §3), so "السلام"
/// comes back as "السالم". The tests predict exactly that swap and nothing else.
public func popplerLamAlef(_ s: String) -> String {
    var scalars = Array(s.unicodeScalars)
    var i = 0
    while i + 1 < scalars.count {
        if scalars[i] == "\u{0644}", ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}"].contains(scalars[i + 1]) {
            scalars.swapAt(i, i + 1)
            i += 2
        } else {
            i += 1
        }
    }
    return String(String.UnicodeScalarView(scalars))
}
