import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Set by the signal handler; read between steps of a commit. A plain Int32 store is all a handler
/// may safely do.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

/// SIGINT, SIGTERM and SIGHUP during a commit are held back: before the swap the commit stops and
/// removes its staging folder, after it the commit finishes; then the signal is raised again, so the
/// process still ends as the sender asked, and the output folder is the old one or the new one.
struct CommitSignals {
    private static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// The handlers before, in `handled`'s order (an array: a dictionary's first use costs a
    /// conformance lookup over the whole binary, 0.4 M instructions).
    private var previous: [sighandler_t?] = []

    init() {
        pendingSignal = 0
        let hold: @convention(c) (Int32) -> Void = { received in pendingSignal = received }
        for sig in Self.handled {
            let before = signal(sig, hold)
            previous.append(before)
            // A signal the caller ignores (nohup) stays ignored.
            if let before, unsafeBitCast(before, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(sig, SIG_IGN) }
        }
    }

    /// The signal received so far, if any.
    var received: Int32? { pendingSignal == 0 ? nil : pendingSignal }

    /// Restores the handlers and delivers a held-back signal, after printing `note`.
    func end(note: @autoclosure () -> String) {
        for (sig, before) in zip(Self.handled, previous) { signal(sig, before) }
        let sig = pendingSignal
        pendingSignal = 0
        if sig != 0 {
            FileHandle.standardError.write(Data((note() + "\n").utf8))
            raise(sig)
        }
    }
}
