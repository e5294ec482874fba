import Foundation
import Testing
@testable import A4PIndicators

/// Every observation's seed sentence is the seed's own words: found verbatim (whitespace collapsed)
/// in the seed its source names, starting on the recorded line.
@Suite struct SeedQuoteTests {
    static let dataset = try! Dataset.loadDefault()
    static let seeds = DataDirectory.locate()!.appendingPathComponent("seeds")

    static func collapsed(_ s: Substring) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test("every observation has a quote row; at least 98% have a quote")
    func complete() {
        let d = Self.dataset
        let missing = d.observations.filter { d.quotes[$0.key] == nil }
        #expect(missing.isEmpty, "no quote row for \(missing.prefix(5).map(\.key))")
        let quoted = d.observations.filter { !(d.quotes[$0.key]?.text.isEmpty ?? true) }.count
        #expect(Double(quoted) >= 0.98 * Double(d.observations.count), "\(quoted) of \(d.observations.count)")
    }

    @Test("each quote is verbatim in its seed, from its line on")
    func verbatim() throws {
        let d = Self.dataset
        var texts: [String: [Substring]] = [:]
        var checked = 0
        for o in d.observations {
            guard let q = d.quotes[o.key], !q.text.isEmpty else { continue }
            let seed = try #require(d.source(o.source)?.seed)
            if texts[seed] == nil {
                let raw = try String(contentsOf: Self.seeds.appendingPathComponent(seed), encoding: .utf8)
                texts[seed] = raw.split(separator: "\n", omittingEmptySubsequences: false)
            }
            let lines = texts[seed]!
            #expect(q.line >= 1 && q.line <= lines.count, "\(o.key): line \(q.line)")
            guard q.line >= 1 && q.line <= lines.count else { continue }
            // From the quote's line on (a quote may run over several lines), whitespace collapsed.
            let rest = Self.collapsed(lines[(q.line - 1)...].prefix(40).joined(separator: "\n")[...])
            #expect(rest.contains(q.text), "\(o.key): quote not found from \(seed):\(q.line): \(q.text.prefix(80))")
            checked += 1
        }
        #expect(checked > 900)
    }

    @Test("a quote for no observation is an error at its line")
    func unknownKey() throws {
        let f = try Fixture()
        try "indicator,mission,period,category,line,quote\nI.COUNT,UNMISS,C9,,3,x\n"
            .write(to: f.directory.appendingPathComponent("quotes.csv"), atomically: true, encoding: .utf8)
        let r = f.load()
        let e = try #require(r.diagnostics(rule: "unknown-observation").first)
        #expect((e.position.file, e.position.line, e.position.column) == ("quotes.csv", 2, 1))
    }
}
