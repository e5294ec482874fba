import Foundation

/// Values kept by key for the process, shared by the export's threads: the text engine's caches
/// (typography, line breaks, Chinese word interiors, set paragraphs) and layout's memos of pure
/// answers. A value is made outside the lock, so two threads may both make a missing one (the
/// same value: every user keeps only what a pure function of its key gives) and no maker waits on
/// another. Bounded like the shape cache: when full it is emptied and fills again with what is
/// still asked for, which costs time, never a different answer.
public final class KeptValues<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [Key: Value] = [:]
    private let capacity: Int?
    private var hits = 0, misses = 0

    /// `capacity` nil keeps everything (a memo whose keys are bounded by the data).
    public init(capacity: Int? = nil) { self.capacity = capacity }

    /// The value kept for `key`, else `make()`'s, kept.
    public func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let hit = kept[key] { hits += 1; lock.unlock(); return hit }
        misses += 1
        lock.unlock()
        let made = make()
        lock.lock()
        if let capacity, kept.count >= capacity { kept.removeAll(keepingCapacity: true) }
        kept[key] = made
        lock.unlock()
        return made
    }

    /// Lookups answered from what was kept, and values made, so far (for tests).
    public var counts: (hits: Int, misses: Int) { lock.withLock { (hits, misses) } }
}
