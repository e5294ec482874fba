import A4PCharts
import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Fact-sheet modules (issue 14): a section after `fill-gaps` is packed in two columns, out of order
/// where that fills a gap; `grow-type` copy-fits a sheet with little to say by growing its type.
@Suite("Modules and copy-fitting")
struct ModuleLayoutTests {
    /// Where each of `words` is drawn, by page: (page index, origin).
    static func positions(_ document: Document, _ words: [String]) -> [String: (page: Int, at: Point)] {
        var found: [String: (page: Int, at: Point)] = [:]
        for (i, page) in document.pages.enumerated() {
            for (run, origin) in MeasureThenPlaceTests.runs(page.nodes) where words.contains(run.text) && found[run.text] == nil {
                found[run.text] = (i, origin)
            }
        }
        return found
    }

    @Test("fill-gaps: where the next module does not fit what is left of a page, a later one that fits goes there; without it, order holds")
    func fillGaps() throws {
        let paragraph = String(repeating: "Missions reported their figures for the cycle. ", count: 30)
        func pages(fillGaps: Bool) throws -> [[String]] {
            let (out, log) = try Papercut.render("""
                data: DATA
                page: {size: A4}
                blocks:
                  - {type: text, text: Opening}
                  - {type: spacer, height: 560}
                  - {type: page-break, if-needed: true, fill-gaps: \(fillGaps)}
                  - {type: text, title: Tall, text: "\(paragraph)"}
                  - {type: text, title: Short, text: One line.}
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            return try #require(out.first).document.pages.map { Papercut.texts($0.nodes).filter { ["Opening", "Tall", "Short"].contains($0) } }
        }
        let ordered = try pages(fillGaps: false), filled = try pages(fillGaps: true)
        #expect(ordered == [["Opening"], ["Tall", "Short"]], "\(ordered)")
        #expect(filled == [["Opening", "Short"], ["Tall"]], "\(filled)")
    }

    @Test("fill-gaps packs half-width modules in two columns: each goes under the shorter column, so no half row stays empty")
    func twoColumns() throws {
        let long = String(repeating: "Missions reported their figures for the cycle. ", count: 12)
        let (out, log) = try Papercut.render("""
            data: DATA
            page: {size: A4}
            blocks:
              - {type: text, text: Opening}
              - {type: page-break, if-needed: true, fill-gaps: true}
              - {type: text, span: 6, title: Tall, text: "\(long)"}
              - {type: text, span: 6, title: Short, text: One line.}
              - {type: text, span: 6, title: Third, text: Another line.}
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let at = Self.positions(try #require(out.first).document, ["Tall", "Short", "Third"])
        let tall = try #require(at["Tall"]), short = try #require(at["Short"]), third = try #require(at["Third"])
        // Tall on the leading side, Short beside it, Third under Short (the shorter column), not under Tall.
        #expect(abs(tall.at.y - short.at.y) < 0.5 && short.at.x > tall.at.x + 100, "\(at)")
        #expect(abs(third.at.x - short.at.x) < 0.5 && third.at.y > short.at.y, "\(at)")
        #expect(third.at.y < tall.at.y + 60, "Third sits beside Tall's text, not below it: \(at)")
    }

    /// A sheet of an opening line, a soft break and `paragraphs` text blocks (which flow over as many
    /// pages as they need) with `page` settings: its page count, body text size and smallest text.
    static func textSheet(paragraphs: Int, page: String) throws -> (pages: Int, body: Double, smallest: Double) {
        let text = String(repeating: "Missions reported their figures for the cycle. ", count: 10)
        let blocks = (1...paragraphs).map { "  - {type: text, title: Block \($0), text: \"\(text)\"}" }.joined(separator: "\n")
        let (out, log) = try Papercut.render("data: DATA\npage: {size: A4, \(page)}\nblocks:\n"
                                             + "  - {type: text, text: Opening}\n  - {type: page-break, if-needed: true}\n" + blocks + "\n")
        #expect(!log.hasErrors, "\(log.sorted)")
        let document = try #require(out.first).document
        let runs = document.pages.flatMap { MeasureThenPlaceTests.runs($0.nodes).map(\.run) }
        return (document.pages.count, runs.first { $0.text.hasPrefix("Missions") }?.size ?? 0, runs.map(\.size).min() ?? 0)
    }

    @Test("grow-type: a sheet with little to say gets larger type, the largest step that keeps its page count; a full sheet keeps its size")
    func copyFit() throws {
        func sizes(grow: Double, paragraphs: Int) throws -> (pages: Int, body: Double, smallest: Double) {
            try Self.textSheet(paragraphs: paragraphs, page: "grow-type: \(grow)")
        }
        let plain = try sizes(grow: 1, paragraphs: 3), grown = try sizes(grow: 1.15, paragraphs: 3)
        #expect(plain.pages == 1 && grown.pages == 1)
        #expect(abs(grown.body - plain.body * 1.15) < 0.01, "\(plain) \(grown)")
        // A page's worth of text: growing would add a page, so the sheet keeps the size (or a smaller step).
        var paragraphs = 3, full = plain
        while full.pages == 1 && paragraphs < 40 { paragraphs += 1; full = try sizes(grow: 1, paragraphs: paragraphs) }
        try #require(full.pages == 2)
        let fitted = try sizes(grow: 1.15, paragraphs: paragraphs - 1)
        #expect(fitted.pages == 1 && fitted.body < plain.body * 1.15 - 0.01, "\(fitted)")
    }

    @Test("shrink-type: a sheet that runs a few lines onto a second page is one page in type at most 10 % smaller, sources at 6 pt or more")
    func fitDown() throws {
        func render(paragraphs: Int, shrink: Double) throws -> (pages: Int, body: Double, smallest: Double) {
            try Self.textSheet(paragraphs: paragraphs, page: "shrink-type: \(shrink)")
        }
        // The fewest paragraphs that run onto a second page at full size.
        var paragraphs = 3, plain = try render(paragraphs: 3, shrink: 1)
        while plain.pages == 1 && paragraphs < 40 { paragraphs += 1; plain = try render(paragraphs: paragraphs, shrink: 1) }
        try #require(plain.pages == 2)
        let fitted = try render(paragraphs: paragraphs, shrink: 0.9)
        #expect(fitted.pages == 1, "\(fitted)")
        #expect(fitted.body < plain.body - 0.01 && fitted.body >= plain.body * 0.9 - 0.01, "\(plain) \(fitted)")
        #expect(fitted.smallest >= 6 - 0.01, "no text under the paper minimum: \(fitted)")
        // A sheet that is one page anyway keeps its size.
        let one = try render(paragraphs: 3, shrink: 0.9)
        #expect(one.pages == 1 && abs(one.body - plain.body) < 0.01, "\(one)")
    }

    @Test("copy-fitting keeps no growth step that leaves a band of white over the limit where a smaller step leaves none")
    func copyFitWeighsBands() throws {
        // UNISFA in Chinese: at 20 % growth "Other reported figures" opens page 2 and a module fits
        // nowhere beside it, leaving 29 % of the page white; at 15 % page 2 is full.
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/missions/factsheet.yaml", language: "zh", only: "UNISFA")
        #expect(!log.hasErrors, "\(log.sorted)")
        let document = try #require(outputs.first).document
        for (i, page) in document.pages.enumerated() {
            #expect(page.largestBlankBand / page.size.height <= Page.blankBandLimit, "page \(i + 1): \(page.largestBlankBand) pt")
        }
        let body = MeasureThenPlaceTests.runs(document.pages[0].nodes).map(\.run.size)
        #expect(body.contains { $0 > 8.9 * 1.1 }, "the sheet still grows: \(Set(body).sorted())")
    }

    @Test("a row of tiles whose every big number is 0 is one sentence with the row's source; a row with another figure keeps its tiles")
    func zeroTiles() throws {
        func texts(_ missions: (String, String)) throws -> [String] {
            let (out, log) = try Papercut.render("""
                data: DATA
                page: {size: A4, rows: aligned}
                blocks:
                  - {type: kpi, span: 6, indicator: P7.03, mission: \(missions.0), period: C5, caption: New incidents}
                  - {type: kpi, span: 6, indicator: P7.04, mission: \(missions.1), period: C5, caption: Incidents on record}
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            return Papercut.texts(try #require(out.first).document.pages[0].nodes)
        }
        let zeros = try texts(("UNFICYP", "UNFICYP")).joined(separator: " ")
        // Said in the indicators' own words (`indicator.P7.03.zero`, `.P7.04.zero`), a sentence each.
        #expect(zeros.contains("No new SOFA/SOMA incidents in the last six months. No SOFA/SOMA incidents on record."), "\(zeros)")
        #expect(zeros.contains("Source: A4P+ 5th Progress Report"), "\(zeros)")
        #expect(!zeros.split(separator: " ").contains("0"), "\(zeros)")
        // UNMISS reported 125 new incidents: the tiles stay, numbers and all.
        let mixed = try texts(("UNMISS", "UNFICYP"))
        #expect(mixed.contains("125") && mixed.contains("0") && !mixed.joined().contains("None"), "\(mixed)")
    }
}
