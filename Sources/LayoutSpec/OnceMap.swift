import Foundation

/// Values made once per key, by whichever thread asks first; a thread that asks while another is
/// making the value waits for it instead of making it too.
///
/// Why: the export lays out every (spec, language) on two threads in the manifest's order, so the
/// first two languages of a spec start together and asked the caches below for the same key at the
/// same moment: both read the six translation tables, and both chose every slide's withheld blocks
/// (six layouts and more each). The values are the same whoever makes them; only the CPU was spent
/// twice (README, eighth round).
final class OnceMap<Key: Hashable, Value>: @unchecked Sendable {
    private final class Slot {
        let lock = NSLock()
        var value: Value?
    }
    private let lock = NSLock()
    private var slots: [Key: Slot] = [:]

    /// The value for `key`, made by `make` on the first call; later and concurrent calls get that value.
    /// `make` must not ask this map for the same key.
    func value(for key: Key, make: () -> Value) -> Value {
        let slot = lock.withLock { () -> Slot in
            if let known = slots[key] { return known }
            let fresh = Slot()
            slots[key] = fresh
            return fresh
        }
        return slot.lock.withLock {
            if let made = slot.value { return made }
            let made = make()
            slot.value = made
            return made
        }
    }
}
