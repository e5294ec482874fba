import A4PIndicators
@testable import A4PLayoutSpec
import Foundation
import Testing

/// `OnceMap` makes a value once per key even when threads ask for it at the same time (the export's
/// first two layout jobs of a spec did: two reads of the translation tables, two choices of every
/// slide's withheld blocks).
@Suite struct OnceMapTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [String: Int] = [:]
        func add(_ key: String) { lock.withLock { made[key, default: 0] += 1 } }
        var counts: [String: Int] { lock.withLock { made } }
    }

    @Test func concurrentAsksMakeOnce() {
        let map = OnceMap<String, [Int]>()
        let counter = Counter()
        let got = NSLock()
        nonisolated(unsafe) var answers: [Int: [Int]] = [:]
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let key = i % 2 == 0 ? "even" : "odd"
            let value = map.value(for: key) {
                counter.add(key)
                Thread.sleep(forTimeInterval: 0.05)  // long enough that the other threads ask meanwhile
                return [key.count, i % 2]
            }
            got.withLock { answers[i] = value }
        }
        #expect(counter.counts == ["even": 1, "odd": 1])
        #expect(answers.count == 16)
        for (i, value) in answers { #expect(value == (i % 2 == 0 ? [4, 0] : [3, 1])) }
    }

    @Test func laterAsksGetTheKeptValue() {
        let map = OnceMap<Int, String>()
        #expect(map.value(for: 1) { "first" } == "first")
        #expect(map.value(for: 1) { "second" } == "first")
        #expect(map.value(for: 2) { "other" } == "other")
    }

    /// The translations cache hands every caller the tables and problems of one read.
    @Test func translationsReadOnceForConcurrentJobs() {
        let cache = TranslationsCache()
        let folder = URL(fileURLWithPath: ShippedSpecs.path("Translations"))
        let got = NSLock()
        nonisolated(unsafe) var tables: [[String: [String: String]]] = []
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            var log = DiagnosticLog()
            let t = cache.load(from: folder, log: &log)
            got.withLock { tables.append(t.tables) }
        }
        var log = DiagnosticLog()
        let fresh = Translations.load(from: folder, log: &log)
        #expect(tables.count == 4)
        #expect(tables.allSatisfy { $0 == fresh.tables })
        #expect(fresh.tables.count == 6)
    }
}
