import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an external renderer: feeds stdin and drains stdout at once (either may be larger than a
/// pipe's buffer, so doing one after the other can deadlock), passes stderr through, and kills the
/// program at the time limit.
enum PluginProcess {
    enum Ending: Equatable { case exit(Int32), signal(Int32), timedOut, outputLeftOpen, tooLarge }
    struct Result { var ending: Ending; var output: Data }

    /// Most bytes kept from a plugin's stdout: a runaway plugin must not fill memory.
    static let outputLimit = 1 << 30

    /// Collects one stream on a background thread; read only after `done` is signalled.
    final class Collector: @unchecked Sendable {
        var data = Data()
        var overflow = false
        let done = DispatchSemaphore(value: 0)
    }

    static func run(_ path: String, _ arguments: [String], input: Data, timeout: Double) throws -> Result {
        // A plugin that exits without reading its input must give an error, not kill a4p by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.standardError
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let writer = stdin.fileHandleForWriting
        DispatchQueue.global().async {
            input.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let n = write(writer.fileDescriptor, base + offset, buffer.count - offset)
                    if n < 0 { if errno == EINTR { continue } else { break } }
                    offset += n
                }
            }
            try? writer.close()
        }
        let collected = Collector()
        let reader = stdout.fileHandleForReading
        DispatchQueue.global().async {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                if collected.data.count + chunk.count > outputLimit { collected.overflow = true } else { collected.data.append(chunk) }
            }
            collected.done.signal()
        }

        if finished.wait(timeout: .now() + max(0, timeout)) == .timedOut {
            // Foundation starts the plugin as the leader of its own process group: killing the group
            // also ends what it started (a `sleep` in a shell script), which would otherwise keep a4p's stderr open.
            let pid = process.processIdentifier
            kill(getpgid(pid) == pid ? -pid : pid, SIGKILL)
            finished.wait()
            return Result(ending: .timedOut, output: Data())
        }
        // A grandchild may still hold stdout; wait a little, never forever.
        if collected.done.wait(timeout: .now() + 5) == .timedOut { return Result(ending: .outputLeftOpen, output: Data()) }
        if process.terminationReason == .uncaughtSignal { return Result(ending: .signal(process.terminationStatus), output: Data()) }
        if collected.overflow { return Result(ending: .tooLarge, output: Data()) }
        return Result(ending: .exit(process.terminationStatus), output: collected.data)
    }
}
