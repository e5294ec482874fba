import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14, item 3: what the fact sheet's modules ask of the engine.
@Suite("Fact-sheet modules")
struct FactSheetModuleTests {
    @Test("a text block with 'newest: N' quotes the mission's N newest texts, newest first, each after its period")
    func newestTexts() throws {
        // UNFICYP P1.04: C6 "Dialogue and confidence-building…", C5 "Organized or supported 163…", C4, 2022 overview.
        let yaml = """
            data: DATA
            blocks:
              - type: text
                title: Highlights
                indicator: P1.04
                mission: UNFICYP
                newest: 2

            """
        let (outputs, log) = try Papercut.render(yaml)
        #expect(!log.hasErrors, "\(log.sorted)")
        let text = Papercut.texts(try #require(outputs.first).document.pages[0].nodes).joined(separator: " ")
        let newest = try #require(text.range(of: "Dialogue and confidence-building"), "\(text)")
        let next = try #require(text.range(of: "Organized or supported 163"), "\(text)")
        #expect(newest.lowerBound < next.lowerBound)
        #expect(text.contains("Cycle 6:") && text.contains("Cycle 5:"))
        #expect(!text.contains("Advanced the WPS and youth agendas"), "the third newest is left out")
        // A mission without the indicator, with when-empty: hide, leaves the block out.
        let (none, quiet) = try Papercut.render(yaml.replacingOccurrences(of: "UNFICYP", with: "UNMOGIP") + "    when-empty: hide\n")
        #expect(!quiet.hasErrors, "\(quiet.sorted)")
        #expect(!Papercut.texts(try #require(none.first).document.pages[0].nodes).contains { $0.contains("Highlights") })
    }

    @Test("a figure list for one mission under a title drops the title's words from its lines and the mission's name")
    func figureListLead() throws {
        let yaml = """
            data: DATA
            blocks:
              - type: figure-list
                title: Crimes against peacekeepers
                indicators: [P4.13b, P4.14]
                mission: UNIFIL
                columns: 1

            """
        let (outputs, log) = try Papercut.render(yaml)
        #expect(!log.hasErrors, "\(log.sorted)")
        let texts = Papercut.texts(try #require(outputs.first).document.pages[0].nodes)
        #expect(texts.filter { $0.contains("Crimes against peacekeepers") }.count == 1, "\(texts)")
        #expect(texts.joined(separator: " ").contains("Cases reported"), "\(texts)")
        #expect(!texts.contains { $0.contains("UNIFIL") }, "\(texts)")
    }
}
