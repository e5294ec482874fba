import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command with a time limit and says how it ended: exit status, killed by a signal (a
/// crash), or still running at the limit (a hang, then killed). For the bad-input corpus and the fuzzer.
public enum TimedProcess {
    public struct Result: Sendable {
        public var status: Int32
        /// The signal that ended it (SIGILL, SIGSEGV, …), when it did not exit.
        public var signal: Int32?
        public var timedOut: Bool
        public var stdout: String
        public var stderr: String
        public var seconds: Double
    }

    public static func run(_ executable: URL, _ arguments: [String], in directory: URL, timeout: Double,
                           environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        for (pipe, isOut) in [(out, true), (err, false)] {
            group.enter()
            DispatchQueue.global().async {
                // Keep at most 1 MB of what it prints; drain the rest so it never blocks on a full pipe.
                var kept = Data()
                while true {
                    let chunk = pipe.fileHandleForReading.availableData
                    if chunk.isEmpty { break }
                    if kept.count < 1 << 20 { kept.append(chunk) }
                }
                if isOut { outData = kept } else { errData = kept }
                group.leave()
            }
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        group.wait()
        let bySignal = process.terminationReason == .uncaughtSignal
        return Result(status: bySignal ? -1 : process.terminationStatus, signal: bySignal && !timedOut ? process.terminationStatus : nil,
                      timedOut: timedOut, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), seconds: Date().timeIntervalSince(started))
    }
}
