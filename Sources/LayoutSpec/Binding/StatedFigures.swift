import A4PText
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

    private let answers = KeptValues<Key, Bool>()

    /// The kept answer for (`sentence`, `value`), else `find()`'s, kept.
    func answer(_ sentence: String, _ value: Double, find: () -> Bool) -> Bool {
        answers.value(Key(sentence: sentence, value: value), make: find)
    }

    /// (hits, misses) so far.
    var counts: (hits: Int, misses: Int) { answers.counts }
}
