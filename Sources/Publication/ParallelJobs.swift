import Dispatch
import Foundation

/// Runs independent jobs on at most `workers` threads and returns their results in job order, so the
/// output does not depend on which thread finished first. Workers take the next job from a shared
/// counter, in the order given (longest first keeps a long job from being the tail); with one worker
/// every job runs on the calling thread, in order.
public struct ParallelJobs: Sendable {
    public let workers: Int

    /// The default: one worker per core.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    public init(workers: Int = ParallelJobs.cores) { self.workers = max(1, workers) }

    /// Told `(finished, count, what)` after each job of any run inside `ParallelJobs.$progress.withValue(…)`:
    /// the CLI's progress count on a terminal, without the writer and builder having to pass it along.
    /// `what` names the job finished when the run was given a `label`.
    @TaskLocal public static var progress: (@Sendable (Int, Int, String?) -> Void)?

    /// `body(i)` for every i in `0..<count`, started in `order` (default 0, 1, …); results by index.
    /// `label(i)` names job i for the progress count only.
    public func run<T: Sendable>(_ count: Int, order: [Int]? = nil, label: (@Sendable (Int) -> String)? = nil,
                                 _ body: @Sendable (Int) throws -> T) -> [Result<T, Error>] {
        let order = order ?? Array(0..<count)
        precondition(order.count == count, "order must list every job once")
        let slots = ResultSlots<T>(count: count)
        let next = JobCounter(), finished = JobCounter()
        let threads = min(workers, count)
        // Read here, on the calling thread: the workers do not inherit task-local values.
        let progress = Self.progress
        @Sendable func drain() {
            while let k = next.take(below: count) {
                let i = order[k]
                slots.set(i, Result { try body(i) })
                // Counted and told under one lock, so the counts are told in order and the last is the total.
                if let progress { finished.take(below: count) { progress($0 + 1, count, label?(i)) } }
            }
        }
        if threads <= 1 { drain() } else { DispatchQueue.concurrentPerform(iterations: threads) { _ in drain() } }
        return (0..<count).map { slots.result($0) }
    }
}

/// Hands out 0, 1, 2, … to the workers.
private final class JobCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below count: Int) -> Int? {
        lock.withLock {
            guard value < count else { return nil }
            defer { value += 1 }
            return value
        }
    }
    /// Takes the next value and hands it to `tell` before any other thread can take one.
    func take(below count: Int, _ tell: (Int) -> Void) {
        lock.withLock {
            guard value < count else { return }
            tell(value)
            value += 1
        }
    }
}

/// Results filled in by concurrent jobs.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<T, Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<T, Error>) { lock.withLock { values[i] = r } }
    func get(_ i: Int) throws -> T { try result(i).get() }
    func result(_ i: Int) -> Result<T, Error> { lock.withLock { values[i] }! }
}
