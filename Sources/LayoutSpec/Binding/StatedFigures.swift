import Foundation

/// `DerivedFigures.states`' answers by sentence and value, for the process. Every layout of a chart
/// asks whether the seed sentence of each inferred figure prints it (`DataBinder.isUnstated`, for the
/// derived-figure lines), and column balancing lays a sheet out hundreds of times: reading the
/// sentence's numbers with a regex again was a tenth of the balancing's CPU (perf). The answer
/// depends on the sentence and the value only, so a kept one is the one asking again would give.
/// Shared by the export's threads, behind a lock.
final class StatedFigures: @unchecked Sendable {
    private struct Key: Hashable {
        let sentence: String
        let value: Double
    }

    private let lock = NSLock()
    private var answers: [Key: Bool] = [:]
    /// Questions answered from the kept answers and answered afresh, for tests.
    private var hits = 0, misses = 0

    /// The kept answer for (`sentence`, `value`), else `find()`'s, kept.
    func answer(_ sentence: String, _ value: Double, find: () -> Bool) -> Bool {
        let key = Key(sentence: sentence, value: value)
        lock.lock()
        if let kept = answers[key] { hits += 1; lock.unlock(); return kept }
        misses += 1
        lock.unlock()
        let found = find()
        lock.lock()
        answers[key] = found
        lock.unlock()
        return found
    }

    /// (hits, misses) so far.
    var counts: (hits: Int, misses: Int) { lock.withLock { (hits, misses) } }
}
