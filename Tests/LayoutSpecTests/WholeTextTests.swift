import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// Issue 14: a quote is never cut, and a call-out gets room rather than "…" (the C-34 page's
/// "What changed", the overview's UNDOF card at 8 pt).
@Suite("Whole text: C-34 quotes and map call-outs")
struct WholeTextTests {
    /// The English text of a spec over the real dataset and translation tables.
    static func text(_ head: String, _ blocks: String) throws -> String {
        let translations = URL(fileURLWithPath: SpecFixture.dataPath).deletingLastPathComponent().appendingPathComponent("Translations").path
        let yaml = "data: \(SpecFixture.dataPath)\ntranslations: \(translations)\n\(head)\nblocks:\n" + blocks
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        let output = try #require(outputs.first)
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "w", formats: ["pdf"], to: dir)
        return try ExternalTool.run("pdftotext", [files[0].path, "-"]).stdout
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test("an answer is whole when it ends in a full stop: not the matrix's 240-character cut, not a list's ';'")
    func wholeAnswer() {
        #expect(C34Kind.isWhole("All personnel continue to be vetted using the Case Management Tracking System for prior records of misconduct."))
        #expect(!C34Kind.isWhole("Following the adoption of resolution 77/297 by the General Assembly in 2023 ... the Sec..."))
        #expect(!C34Kind.isWhole("The Department of Operational Support, through its triangular partnership programme, has provided training on engineering;"))
    }

    @Test("'What changed' quotes each section's first whole answer, never a cut one, and no '…'")
    func updatesWhole() throws {
        let text = try Self.text("page: {size: A4}", """
              - type: c34-matrix
                id: u
                title: "What changed"
                show: updates
            """)
        #expect(!text.contains("…") && !text.contains("..."), "\(text)")
        // Section III: ¶55 is cut by the matrix, ¶58 is its first whole answer; section I has none.
        #expect(text.contains("¶58 · III Partnerships: Collaboration between the United Nations"), "\(text)")
        #expect(text.contains("its regional affiliates."), "\(text)")
        #expect(!text.contains("¶55") && !text.contains("¶22"), "\(text)")
    }

    @Test("callout-lines bounds a call-out's lines: one line cuts the mission cards at 8 pt, the default four print them whole")
    func calloutLines() throws {
        let map = """
              - type: map
                title: "Missions"
                indicator: P1.02
                missions: all
                callout: "{mission.standing.short}"
                height: 318
            """
        let head = "page: {size: A4}\ntheme: {text-floor: 8}"
        let one = try Self.text(head, map + "\n    callout-lines: 1")
        #expect(one.contains("…"), "at 8 pt some cards need two lines: \(one)")
        let four = try Self.text(head, map)
        #expect(!four.contains("…"), "\(four)")
        #expect(four.contains("alternate arrangements (6th report)"), "\(four)")
    }
}
