import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Test-only fault injection for the output transaction, driven by environment variables so the
/// tests can break a real `a4p` process at an exact point of its write phase:
/// - `A4P_TEST_COMMIT_TRACE=1` prints `commit step N: what` to standard error before each step;
/// - `A4P_TEST_COMMIT_KILL_AT=N` sends SIGKILL to the process at step N;
/// - `A4P_TEST_COMMIT_SIGNAL_AT=N:SIG` sends signal SIG (e.g. 15) to the process at step N;
/// - `A4P_TEST_COMMIT_ENOSPC_AT=N` makes the write of step N fail with ENOSPC (disk full);
/// - `A4P_TEST_COMMIT_NO_EXCHANGE=1` takes the two-rename fallback, as on a filesystem without RENAME_EXCHANGE.
/// Unset, they cost one environment lookup per commit.
struct CommitHooks {
    private var trace = false
    private var killAt: Int?
    private var signalAt: (step: Int, signal: Int32)?
    private var enospcAt: Int?
    private(set) var noExchange = false
    private(set) var step = 0

    /// `environment` looks a variable up: getenv, not ProcessInfo's dictionary of every variable.
    init(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }) {
        trace = environment("A4P_TEST_COMMIT_TRACE") == "1"
        killAt = environment("A4P_TEST_COMMIT_KILL_AT").flatMap { Int($0) }
        if let s = environment("A4P_TEST_COMMIT_SIGNAL_AT")?.split(separator: ":"), s.count == 2,
           let n = Int(s[0]), let sig = Int32(s[1]) {
            signalAt = (n, sig)
        }
        enospcAt = environment("A4P_TEST_COMMIT_ENOSPC_AT").flatMap { Int($0) }
        noExchange = environment("A4P_TEST_COMMIT_NO_EXCHANGE") == "1"
    }

    /// Marks the next step; returns the errno a write at this step must fail with, if any.
    @discardableResult
    mutating func next(_ what: @autoclosure () -> String) -> Int32? {
        step += 1
        if trace { FileHandle.standardError.write(Data("commit step \(step): \(what())\n".utf8)) }
        if step == killAt { kill(getpid(), SIGKILL) }
        if let s = signalAt, s.step == step {
            // As a signal from outside would be: a test runner may start us with it blocked.
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, s.signal)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            kill(getpid(), s.signal)
        }
        return step == enospcAt ? ENOSPC : nil
    }
}
