import A4PIndicators
import A4PLayoutSpec
@testable import A4PPublication
import Foundation
import TestSupport
import Testing

/// The export's worker pool and the two costs the profile found (issue 18): results in job order
/// for any number of workers, the page lint's byte search, translation tables read once.
@Suite("Parallel export: job order, byte search, translations read once")
struct ParallelExportTests {
    @Test("results come back by job index for 1, 2 and 5 workers and any start order; a job's error stays its own")
    func jobOrder() {
        struct Odd: Error {}
        let order = Array((0..<40).reversed())
        for workers in [1, 2, 5] {
            let results = ParallelJobs(workers: workers).run(40, order: order) { i -> Int in
                if i == 7 { throw Odd() }
                return i * i
            }
            #expect(results.count == 40)
            for (i, r) in results.enumerated() {
                if i == 7 { #expect(throws: Odd.self) { try r.get() } } else { #expect((try? r.get()) == i * i, "workers \(workers), job \(i)") }
            }
        }
    }

    @Test("every job runs exactly once, on at most `workers` threads at a time")
    func bounded() {
        final class Gauge: @unchecked Sendable {
            let lock = NSLock()
            var now = 0, peak = 0, runs = 0
            func enter() { lock.withLock { now += 1; runs += 1; peak = max(peak, now) } }
            func leave() { lock.withLock { now -= 1 } }
        }
        let gauge = Gauge()
        _ = ParallelJobs(workers: 2).run(30) { i -> Int in
            gauge.enter()
            defer { gauge.leave() }
            usleep(1000)
            return i
        }
        #expect(gauge.runs == 30)
        #expect(gauge.peak <= 2)
    }

    @Test("the byte search finds notes at the start, the end and across non-ASCII text, and nothing else")
    func byteSearch() {
        func has(_ h: String, _ n: String) -> Bool { ByteSearch.contains(Array(h.utf8), Array(n.utf8)) }
        #expect(has("Chart image lost in extraction", "Chart"))
        #expect(has("Chart image lost in extraction", "extraction"))
        #expect(has("Période couverte : ٣ — 报告所述期间", "٣ — 报告"))
        #expect(!has("Période couverte", "periode"))
        #expect(!has("abc", "abcd"))
        #expect(!has("aab", "abb"))
        #expect(has("aaab", "aab"))
        #expect(has("", ""))
    }

    @Test("a translations folder is read once; its problems reach every caller's log")
    func translationsOnce() throws {
        let dir = try TempDir.make("a4p-translations-cache")
        try "period.C6: \"Cycle six\"\nbad: [1, 2]\n".write(to: dir.appendingPathComponent("fr.yaml"), atomically: true, encoding: .utf8)
        let cache = TranslationsCache()
        var first = DiagnosticLog()
        let a = cache.load(from: dir, log: &first)
        // A change after the first read is not seen: the run keeps the tables it started with.
        try "period.C6: \"Cycle 6\"\n".write(to: dir.appendingPathComponent("fr.yaml"), atomically: true, encoding: .utf8)
        var second = DiagnosticLog()
        let b = cache.load(from: dir, log: &second)
        #expect(a.tables["fr"]?["period.C6"] == "Cycle six" && b.tables == a.tables)
        #expect(first.diagnostics.count == 1 && first.diagnostics == second.diagnostics, "\(first.diagnostics)")
        var fresh = DiagnosticLog()
        #expect(Translations.load(from: dir, log: &fresh).tables["fr"]?["period.C6"] == "Cycle 6")
    }
}
