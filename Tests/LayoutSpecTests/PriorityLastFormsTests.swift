import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// The last wrong forms of issue 14 on P2, P3, P5 and P7 (reviews r3 and r4): two counts are two
/// numbers, one base per chart, a yes/no grid that repeats itself is a sentence, no ".." where a
/// figure is not the report's, and each fact once.
@Suite("Priority pages P2, P3, P5, P7: the last wrong forms")
struct PriorityLastFormsTests {
    static func render(_ priority: String, _ language: String = "en") throws -> SpecOutput {
        try PriorityPageFormsTests.render(priority, language).0
    }

    /// The page text poppler reads in a rendered priority page, white space runs as one space.
    static func text(_ output: SpecOutput) throws -> String {
        let dir = try TempDir.make()
        let pdf = try DocumentExport(registry: .standard).write(output.document, name: output.name, formats: ["pdf"], to: dir)[0]
        return try ExternalTool.run("pdftotext", [pdf.path, "-"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("P2: the 2022 effect of mission plans is two numbers (7 and 4), not a scale bar, with no line on how the overview prints them")
    func p2TwoNumbers() throws {
        let output = try Self.render("P2")
        let strip = try PriorityPageFormsTests.asset(output, "p2-13-strip")
        let alt = try #require(strip.altText)
        #expect(!alt.hasPrefix("Scale"), "\(alt)")
        #expect(alt.contains("7") && alt.contains("4"), "\(alt)")
        let text = try Self.text(output)
        #expect(!text.contains("print order"), "no method note")
        // The overview lists seven, then four missions under its two labels: the numbers read as it
        // prints them, with no working note saying so (issue 14).
        #expect(!text.contains("The overview prints"), "\(text)")
    }

    @Test("P2: the six collaboration cards of page 2 are one height, so their sources line up (review r3)",
          arguments: [("en", "COLLABORATION", "Source"), ("fr", "COLLABORATION", "Source"), ("ru", "СОТРУДНИЧЕСТВО", "Источник")])
    func p2CardsOneHeight(_ language: String, _ heading: String, _ source: String) throws {
        let output = try Self.render("P2", language)
        let dir = try TempDir.make()
        let pdf = try DocumentExport(registry: .standard).write(output.document, name: output.name, formats: ["pdf"], to: dir)[0]
        let words = try ExternalTool.run("pdftotext", ["-bbox", "-f", "2", "-l", "2", pdf.path, "-"]).stdout
        // Each word's top and text, in page order.
        let tops = words.matches(of: /yMin="([0-9.]+)"[^>]*>([^<]*)</).compactMap { m in Double(m.output.1).map { ($0, String(m.output.2)) } }
        let start = try #require(tops.first { $0.1 == heading }?.0, "\(language): no heading '\(heading)'")
        let lines = Set(tops.filter { $0.0 > start && $0.1.hasPrefix(source) }.map { Int($0.0.rounded()) })
        #expect(lines.count == 2, "\(language): the cards' sources stand on \(lines.sorted()), not one line a row")
    }

    @Test("P3: the heads-and-deputies share is one chart on one base; the other bases are lines, not in it")
    func p3OneBasePerChart() throws {
        let output = try Self.render("P3")
        let chart = try PriorityPageFormsTests.asset(output, "p3-16-hdhom")
        #expect(chart.kind == "bar")
        #expect(Set(chart.observations.map(\.category)) == ["hdhom"])
        #expect(chart.observations.map(\.period).sorted() == ["D2024-08-01", "M2023-12"])
        let list = try PriorityPageFormsTests.asset(output, "p3-16-18-leadership")
        #expect(!list.observations.contains { $0.category == "hdhom" }, "the chart's base is not also a line")
        #expect(list.observations.contains { $0.indicator == "P3.18" }, "the uniformed heads of mission (of 5) stay")
        // Every chart of P3 (not a list of lines) draws one base of P3.16.
        for asset in output.assets where asset.kind != FigureListKind.tag {
            let bases = Set(asset.observations.filter { $0.indicator == "P3.16" }.map(\.category))
            #expect(bases.count <= 1, "'\(asset.id)' mixes \(bases.sorted())")
        }
    }

    @Test("P3: UGPS, each row the same in four periods, is one reader's sentence, not a yes/no grid nor '— yes: …'")
    func p3UgpsSentence() throws {
        let ugps = try PriorityPageFormsTests.asset(try Self.render("P3"), "p3-14a-ugps")
        let alt = try #require(ugps.altText)
        // The four periods said as their span; cycle 5, inside it and not reported, is not claimed (review 5).
        #expect(alt.contains("2022 overview – Cycle 6, each period reported: targets met for individually deployed personnel and formed police units; not for military contingents."), "\(alt)")
        #expect(!alt.contains("— yes"), "\(alt)")
        #expect(ugps.cells == nil, "no grid of cells")
        #expect(ugps.observations.count == 12, "the twelve figures are still shown")
    }

    @Test("P5: no '..' for a total the 6th report does not give, no working note about it, the ratings that were none said in a sentence")
    func p5NoUnstatedTotal() throws {
        let output = try Self.render("P5")
        let table = try PriorityPageFormsTests.asset(output, "fpu-evaluations-cycle")
        // Cycles 4 and 5 only: the three ".." are the 4th report's per-mission evaluations it never gave.
        #expect(Set(table.observations.map(\.period)) == ["C4", "C5"])
        #expect(table.cells?.notReported == 3)
        let c6 = try PriorityPageFormsTests.asset(output, "fpus-per-mission")
        #expect(c6.observations.map(\.value.number) == [15, 6, 4])
        #expect(c6.cells?.notReported == 0)
        let text = try Self.text(output)
        #expect(!text.contains("Left out"), "no working note")
        for asset in [table, c6] { #expect(!(asset.altText ?? "").contains("25"), "'\(asset.id)': no total of ours (15 + 6 + 4)") }
        #expect(!text.contains("gives no total"), "no working note (issue 14)")
        #expect(text.contains("Cycle 6: no FPU evaluation was rated Unsatisfactory, Needs Significant Improvement or Needs Improvement."), "\(text)")
        #expect(!text.contains("None (Cycle 6)"), "no stub")
    }

    @Test("P7: the agreements once (the strip: no hero, no cycles 4–5 line repeating it), 6 and 8 on their own bases")
    func p7OnceEach() throws {
        let output = try Self.render("P7")
        #expect(!output.assets.contains { $0.observations.contains { $0.indicator == "P7.01a" } }, "no hero repeating the strip's 6")
        // Cycles 4 and 5's agreements in a reader's sentence naming what differs, not a dump repeating the strip.
        #expect(output.assets.filter { $0.observations.contains { $0.indicator == "P7.01" } }.map(\.id) == ["agreement-status"])
        let text = try Self.text(output)
        #expect(!text.contains("Neither:") && !text.contains("Cycle 4, Cycle 5 —"), "\(text)")
        #expect(text.contains("MINURSO under a SOMA; UNMIK, UNMOGIP and UNTSO under alternate arrangements (the 6th report adds UNDOF)."), "\(text)")
        // Formal (cycle 4) and formal-or-informal (cycle 5) mechanisms: never one chart.
        for asset in output.assets {
            let periods = Set(asset.observations.filter { $0.indicator == "P7.07" }.map(\.period))
            #expect(periods.count <= 1, "'\(asset.id)' joins two bases: \(periods.sorted())")
        }
        #expect(output.assets.filter { $0.observations.contains { $0.indicator == "P7.07" } }.count == 2)
    }
}
