import A4PIndicators
@testable import A4PLayoutSpec
import Foundation
import Testing

/// Review 4 of the fact sheets (brief sheets4, issue 14): one checklist form on every sheet, each
/// fact printed once, figures dated as their seed dates them, no count made among nothing.
@Suite("Fact sheets, review 4: one checklist form, each figure once, dated as the seed says")
struct FactSheetReview4Tests {
    static let spec = "Specs/publication/missions/factsheet.yaml"
    static let languages = ["en", "fr", "es", "ru", "ar", "zh"]

    static func sheets(_ language: String, only: String? = nil) throws -> [SpecOutput] {
        let (outputs, log) = try ShippedSpecs.render(spec, language: language == "en" ? nil : language, only: only)
        #expect(!log.hasErrors, "\(log.sorted)")
        return outputs
    }

    /// The sheet's PDF text without any white space (lines break inside periods and numbers).
    static func bare(_ output: SpecOutput) throws -> String {
        try ShippedSpecs.pdfText(output).filter { !$0.isWhitespace && $0 != "\u{2066}" && $0 != "\u{2069}" }
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("every sheet prints its checklist as the dated list, and none draws a table or matrix a third or more 'not reported'",
          arguments: languages)
    func checklistForm(language: String) throws {
        let outputs = try Self.sheets(language)
        #expect(outputs.count == 12)
        for output in outputs {
            for asset in output.assets {
                // A chart drawn as cells (table, matrix) reports them; the list form draws none.
                if asset.kind == CheckMatrixKind.tag { #expect(asset.cells == nil, "\(output.name): checklist drawn as a matrix \(String(describing: asset.cells))") }
                if let cells = asset.cells, cells.drawn > 0 {
                    #expect(cells.notReported * 3 < cells.drawn, "\(output.name) \(asset.id): \(cells.notReported) of \(cells.drawn) not reported")
                }
            }
        }
    }

    @Test("a figure the highlights or a text already give is not listed again: UNFICYP's 163 events, UNMIK's 190, UNMISS's ratio",
          arguments: languages)
    func eachFigureOnce(language: String) throws {
        for (mission, listed, figures) in [("UNFICYP", ["P1.05", "P1.06"], ["163"]), ("UNMIK", ["P1.07"], ["190"]),
                                          ("UNISFA", ["P1.09"], []), ("UNMISS", ["P4.32"], ["3699"])] {
            let output = try #require(try Self.sheets(language, only: mission).first)
            let shown = Set(output.shown.map(\.indicator))
            // The highlights (or the mental-health text) that carry the figure are on the sheet…
            #expect(shown.contains(mission == "UNMISS" ? "P4.31" : "P1.04"), "\(mission)-\(language): \(shown.sorted())")
            // …and the list does not repeat it.
            #expect(shown.isDisjoint(with: listed), "\(mission)-\(language) lists \(shown.intersection(listed).sorted()) again")
            // Thousands marks differ by language ("3,699", "3 699"): marks taken out before counting.
            let text = try Self.bare(output).filter { !",.\u{202F}\u{00A0}".contains($0) }
            for figure in figures { #expect(Self.count(figure, in: text) == 1, "\(mission)-\(language): '\(figure)' \(Self.count(figure, in: text)) times") }
        }
    }

    @Test("UNTSO's injured observers are dated March 2024 and placed near the Blue Line, as the seed says; the EO update's period is printed once")
    func untsoDated() throws {
        let untso = try #require(try Self.sheets("en", only: "UNTSO").first)
        let key = ObservationKey(indicator: "P4.20", mission: "UNTSO", period: "M2024-03", category: "milobs_injured")
        #expect(untso.shown.contains(key), "\(untso.shown.filter { $0.indicator == "P4.20" })")
        let text = try Self.bare(untso)
        #expect(text.contains("March2024") && text.contains("BlueLine(UNIFILareaofoperations)"), "\(text)")
        for (language, period) in [("en", "Oct2023–Aug2024"), ("zh", "2023年10月至2024年8月")] {
            // UNTSO's one figure is dated March 2024 only (review 5): the map's period is not its own.
            for (mission, times) in [("UNIFIL", 1), ("UNTSO", 0)] {
                // The laid-out lines in order (a PDF's text interleaves the label's lines with the period column).
                let output = try #require(try Self.sheets(language, only: mission).first)
                let sheet = output.document.pages.flatMap { Papercut.texts($0.nodes) }.joined().filter { !$0.isWhitespace }
                #expect(Self.count(period, in: sheet) == times, "\(mission)-\(language): '\(period)' \(Self.count(period, in: sheet)) times")
            }
        }
    }

    @Test("no hospital figure counted among nothing: UNFICYP (no hospital), UNDOF cycle 5 and UNISFA cycle 6 (none reported)")
    func countedAmongNothing() throws {
        for (mission, period) in [("UNFICYP", "C4"), ("UNDOF", "C5"), ("UNISFA", "C6")] {
            // The data does hold the 0 the sheet leaves out.
            let zero = ObservationKey(indicator: "P4.27", mission: mission, period: period, category: "")
            #expect(SpecFixture.dataset.observation(zero)?.value.number == 0)
            let shown = try #require(try Self.sheets("en", only: mission).first).shown
            #expect(!shown.contains(zero), "\(mission) still prints interruptions in \(period)")
            if mission != "UNFICYP" {
                // The base's own 0 (no hospital reported) stays.
                #expect(shown.contains(ObservationKey(indicator: "P4.26", mission: mission, period: period, category: "")))
            }
        }
        // UNDOF's one interruption in cycle 4, among hospitals that did report, is still there.
        let undof = try #require(try Self.sheets("en", only: "UNDOF").first).shown
        #expect(undof.contains(ObservationKey(indicator: "P4.27", mission: "UNDOF", period: "C4", category: "")))
    }

    @Test("UNMISS's pilot network is one table row: more than 26 %, 409 women, against an initial 10 %", arguments: languages)
    func pilotNetworkOneRow(language: String) throws {
        let output = try #require(try Self.sheets(language, only: "UNMISS").first)
        let assets = output.assets.filter { $0.observations.contains { $0.indicator.hasPrefix("P3.21") } }
        try #require(assets.count == 1, "\(language): \(assets.map(\.id))")
        #expect(Set(assets[0].observations.map(\.indicator)) == ["P3.21", "P3.21a", "P3.21b"])
        // One row of three cells, none of them a gap.
        #expect(assets[0].cells.map { $0 == (3, 0) } == true, "\(language): \(String(describing: assets[0].cells))")
    }

    @Test("a figure the same in several periods is one line, its periods together (MONUSCO's 0 interruptions, a checklist's 'yes')")
    func sameFigureOnce() throws {
        let (outputs, log) = try Papercut.render("""
            data: DATA
            blocks:
              - type: figure-list
                indicators: [P4.27, P4.26]
                mission: MONUSCO
                columns: 1
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let texts = Papercut.texts(try #require(outputs.first).document.pages[0].nodes)
        // 0 in cycles 4, 5 and 6, and 3 hospitals reporting in cycles 5 and 6: one line each.
        #expect(texts.filter { $0 == "0" }.count == 1 && texts.filter { $0 == "3" }.count == 1, "\(texts)")
        #expect(texts.contains { $0.contains("Cycle 4, Cycle 5, Cycle 6") } && texts.contains { $0.contains("Cycle 5, Cycle 6") }, "\(texts)")
    }

    @Test("counted-among naming no indicator is an error at its line")
    func countedAmongUnknown() throws {
        let (_, log) = try Papercut.render("""
            data: DATA
            blocks:
              - type: figure-list
                indicators: [P4.27]
                mission: UNDOF
                counted-among: [P4.99]
            """)
        #expect(log.sorted.contains { $0.rule == "unknown-indicator" && $0.position.line == 6 }, "\(log.sorted)")
    }

    @Test("a yes-only list says a fact several reports give once, its periods together (UNISFA's internet radio)")
    func yesOnceAcrossPeriods() throws {
        let (outputs, log) = try Papercut.render("""
            data: DATA
            blocks:
              - type: figure-list
                indicators: [P4.34, P6.11]
                mission: UNISFA
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let text = Papercut.texts(try #require(outputs.first).document.pages[0].nodes).joined(separator: " ")
        #expect(Self.count("its own UN radio", in: text) == 1 && text.contains("Cycle 6, Cycle 5"), "\(text)")
    }

    @Test("a list of several indicators sharing one period names it once, as its heading (MONUSCO's crimes)")
    func datedOnce() throws {
        let (outputs, log) = try Papercut.render("""
            data: DATA
            blocks:
              - type: figure-list
                indicators: [P4.13b, P4.13a, P4.14b, P4.14a]
                mission: MONUSCO
                columns: 1
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let texts = Papercut.texts(try #require(outputs.first).document.pages[0].nodes)
        #expect(texts.filter { $0.contains("Cycle 5") }.count == 1, "\(texts)")
        #expect(texts.contains("54"), "\(texts)")
    }
}
