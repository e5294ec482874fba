import A4PCharts
import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Layout measures each block once and places it: no trial rendering, and tile rows that share
/// their hero baselines and their foot (issue 13).
@Suite("Measure, then place")
struct MeasureThenPlaceTests {
    /// Every text run of `nodes` with its origin on the page.
    static func runs(_ nodes: [Node], _ t: Transform = .identity) -> [(run: GlyphRun, origin: Point)] {
        nodes.flatMap { node -> [(run: GlyphRun, origin: Point)] in
            switch node {
            case .group(let g): return runs(g.children, g.transform.concatenating(t))
            case .text(let r): return [(r, t.apply(r.origin))]
            default: return []
            }
        }
    }

    @Test("each chart is rendered once: tables, matrices, strips and text boxes are measured, never shrunk by trial")
    func oneRenderPerChart() throws {
        let yaml = """
            data: \(SpecFixture.dataPath)
            page: {size: A4}
            blocks:
              - {type: table, indicator: P4.25, rows: missions, columns: categories, period: C6, span: 6}
              - {type: check-matrix, indicator: P6.05a, periods: [C4, C5, C6], span: 6}
              - {type: dot-rating, indicator: P7.08, mission: MINURSO, period: C4, span: 6}
              - {type: impact-matrix, indicator: P7.06, missions: [MINUSCA, MONUSCO, UNDOF, UNIFIL, UNISFA, UNMISS], period: C5, span: 6}
              - {type: scale-strip, indicator: P7.01, period: C6, span: 6}
              - {type: text, style: highlight, title: Highlights, text: "One paragraph of a highlight box.", span: 6}
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 3}
            """
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        let tally = RenderTally()
        let outputs = RenderTally.$current.withValue(tally) {
            SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, log: &log)
        }
        #expect(!log.hasErrors, "\(log.sorted)")
        let output = try #require(outputs.first)
        #expect(output.assets.count == 6)
        // Six chart blocks and one highlight box: seven renderings (the trial loop made twelve).
        #expect(tally.count == 7)
    }

    @Test("fact sheets: the tiles of a row share their hero baseline and their source lines' baseline; neighbours citing the same source share one line",
          arguments: ["en", "fr", "ar", "zh"])
    func alignedTiles(language: String) throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/missions/factsheet.yaml", language: language, only: "UNMISS")
        #expect(!log.hasErrors, "\(log.sorted)")
        let page = try #require(outputs.first?.document.pages.first)
        let runs = Self.runs(page.nodes)
        // The tiles' big numbers: the spec's big-number-size (24 pt), grown with the sheet's type
        // when copy-fitting grows it; the first large run that starts with a digit gives the size.
        let digits = CharacterSet.decimalDigits
        let heroSize = try #require(runs.first { $0.run.size >= 24 && $0.run.text.unicodeScalars.first.map(digits.contains) == true }?.run.size)
        let heroes = runs.filter { abs($0.run.size - heroSize) < 0.01 && $0.run.text.unicodeScalars.first.map(digits.contains) == true }
        #expect(heroes.count == 4, "\(heroes.map(\.run.text))")
        let baselines = Set(heroes.map { ($0.origin.y * 100).rounded() / 100 })
        #expect(baselines.count == 1, "hero baselines \(baselines.sorted())")
        // Each tile's source line starts on the same baseline, under the row's lowest tile.
        let heroBaseline = try #require(baselines.first)
        let sourceSize = try #require(runs.filter { $0.origin.y > heroBaseline }.map(\.run.size).min())
        let tileFeet = runs.filter { abs($0.run.size - sourceSize) < 0.01 && $0.origin.y > heroBaseline && $0.origin.y < heroBaseline + 90 }
        // Four tiles of three of the grid's twelve columns: 36 pt margin, 133.75 pt a tile with its gutter.
        // A line belongs to the tile its leading edge is in (the right edge on right-to-left pages).
        let firstLines = Dictionary(grouping: tileFeet) { foot -> Double in
            let edge = language == "ar" ? foot.origin.x + foot.run.advance - 0.5 : foot.origin.x
            return ((edge - 36) / 133.75).rounded(.down)
        }.compactMapValues { $0.map(\.origin.y).min() }
        // UNMISS: the two explosive-ordnance tiles cite the 6th report and the two SOFA tiles the 5th;
        // each pair prints its line once, across both tiles (two lines, or more where a script's runs split).
        #expect((2...4).contains(firstLines.count), "\(tileFeet.map { ($0.run.text, $0.origin) })")
        if language == "en" {
            let lines = tileFeet.filter { $0.run.text.hasPrefix("Source:") }
            #expect(lines.count == 2, "one source line per pair of tiles: \(lines.map(\.run.text))")
        }
        #expect(Set(firstLines.values.map { ($0 * 100).rounded() }).count == 1, "source lines start at \(firstLines) \(tileFeet.map { ($0.run.text, $0.run.size, $0.origin) })")
    }

    @Test("the page header and footer get the chart's containment check: a word wider than the page or a footer over the page number is an error")
    func furnitureContained() throws {
        let word = String(repeating: "Peacekeeping", count: 8)
        let (_, header) = try Papercut.render("data: DATA\npage:\n  size: A4\n  header:\n    title: \(word)\nblocks: []\n")
        #expect(header.diagnostics.contains { $0.rule == "does-not-fit" && $0.message.contains("page header") && $0.position.line == 5 },
                "\(header.sorted)")
        let long = Array(repeating: "A4P+ Reporting", count: 20).joined(separator: " · ")
        let (out, footer) = try Papercut.render("data: DATA\npage:\n  size: A4\n  footer:\n    text: \"\(long)\"\nblocks: []\n")
        #expect(footer.diagnostics.contains { $0.rule == "does-not-fit" && $0.message.contains("footer") }, "\(footer.sorted)")
        // What does not fit is not drawn over the page number.
        #expect(!Papercut.texts(try #require(out.first).document.pages[0].nodes).contains { $0.contains("A4P+ Reporting") })
        let (_, fine) = try Papercut.render("data: DATA\npage:\n  size: A4\n  footer:\n    text: A4P+ Reporting\nblocks: []\n")
        #expect(!fine.hasErrors, "\(fine.sorted)")
    }

    @Test("fill-rows: a tile left out for want of data gives its columns to the tiles of its row; other blocks keep their width")
    func fillRows() throws {
        func widths(fill: Bool, _ blocks: String) throws -> [Double] {
            let (out, log) = try Papercut.render("data: DATA\npage: {size: A4, fill-rows: \(fill)}\nblocks:\n" + blocks)
            #expect(!log.hasErrors, "\(log.sorted)")
            return try #require(out.first).assets.map(\.document.pages[0].size.width)
        }
        // A module whose partner is left out takes the row; the next row is untouched.
        let pair = """
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 6}
              - {type: kpi, indicator: P4.19, mission: UNMOGIP, span: 6, when-empty: hide}
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 12}
            """
        let unfilled = try widths(fill: false, pair), filled = try widths(fill: true, pair)
        #expect(unfilled.count == 2 && filled.count == 2, "the hidden block has no asset")
        #expect(abs(unfilled[0] - 255.5) < 0.01 && abs(filled[0] - 523) < 0.01, "\(unfilled) \(filled)")
        #expect(abs(filled[1] - 523) < 0.01)
        // Three tiles of four share the row as thirds (4 of 12 columns: 4 × 32.58 + 3 × 12 pt).
        let tiles = try widths(fill: true, """
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 3}
              - {type: kpi, indicator: P4.19, mission: UNMOGIP, span: 3, when-empty: hide}
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 3}
              - {type: kpi, indicator: P4.19, mission: UNMISS, span: 3}
            """)
        #expect(tiles.count == 3 && tiles.allSatisfy { abs($0 - (4 * (523 - 132) / 12 + 36)) < 0.01 }, "\(tiles)")
        // A module of figures whose partner is left out keeps its half: stretched, its labels drift from their values.
        let modules = try widths(fill: true, """
              - {type: figure-list, indicators: [P4.20], mission: UNMISS, span: 6}
              - {type: figure-list, indicators: [P4.20], mission: UNMOGIP, span: 6, when-empty: hide}
            """)
        #expect(modules.count == 1 && abs(modules[0] - 255.5) < 0.01, "\(modules)")
    }

    @Test("a row's child left out for want of data gives its columns to the others (a fact sheet's highlights)")
    func rowWithoutHiddenChild() throws {
        let (out, log) = try Papercut.render("""
            data: DATA
            page: {size: A4}
            blocks:
              - type: row
                blocks:
                  - {type: kpi, indicator: P4.19, mission: UNMOGIP, span: 1, when-empty: hide}
                  - {type: kpi, indicator: P4.19, mission: UNMISS, span: 1}
            """)
        #expect(!log.hasErrors, "\(log.sorted)")
        let widths = try #require(out.first).assets.map(\.document.pages[0].size.width)
        #expect(widths.count == 1 && abs(widths[0] - 523) < 0.01, "\(widths)")
    }

    @Test("spread-rows: the page's spare height goes into the gaps between rows, at most two row gaps more each")
    func spreadRows() throws {
        func tops(spread: Bool) throws -> [Double] {
            let (out, log) = try Papercut.render("""
                data: DATA
                page: {size: A4, spread-rows: \(spread), header: {title: Spread}}
                blocks:
                  - {type: text, text: One}
                  - {type: text, text: Two}
                  - {type: text, text: Three}
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            let runs = Self.runs(try #require(out.first).document.pages[0].nodes)
            return ["One", "Two", "Three"].compactMap { word in runs.first { $0.run.text == word }?.origin.y }
        }
        let tight = try tops(spread: false), spread = try tops(spread: true)
        try #require(tight.count == 3 && spread.count == 3)
        #expect(abs(spread[0] - tight[0]) < 0.01, "the first row stays at the top")
        let gap = tight[1] - tight[0]
        // Three short rows cannot fill an A4 body: each gap grows by the limit, two row gaps (14 pt).
        #expect(abs((spread[1] - spread[0]) - (gap + 28)) < 0.01 && abs((spread[2] - spread[1]) - (gap + 28)) < 0.01, "\(tight) \(spread)")
    }

    @Test("a section after a soft break flows over as many pages as its rows need, and spread-rows evens out its last two pages")
    func softSectionFlows() throws {
        let paragraph = String(repeating: "Missions reported their figures for the cycle. ", count: 12)
        let blocks = (1...24).map { "  - {type: text, title: Block \($0), text: \"\(paragraph)\"}" }.joined(separator: "\n")
        func render(spread: Bool) throws -> [[String]] {
            let (out, log) = try Papercut.render("data: DATA\npage: {size: A4, spread-rows: \(spread)}\nblocks:\n  - {type: text, text: Opening}\n"
                                                 + "  - {type: page-break, if-needed: true}\n" + blocks + "\n")
            #expect(!log.hasErrors, "\(log.sorted)")
            return try #require(out.first).document.pages.map { Papercut.texts($0.nodes).filter { $0.hasPrefix("Block") || $0 == "Opening" } }
        }
        let plain = try render(spread: false), spread = try render(spread: true)
        #expect(plain.count >= 3, "\(plain.map(\.count))")
        // Every block once, in order, whatever the pagination.
        for pages in [plain, spread] {
            #expect(pages.flatMap { $0 }.filter { $0.hasPrefix("Block") }.count == 24)
        }
        #expect(spread.count == plain.count)
        // Balancing moves blocks forward: the last page never holds fewer than without it.
        #expect(spread.last!.count >= plain.last!.count, "\(plain.map(\.count)) \(spread.map(\.count))")
    }

    @Test("a slide title a little too long for one line is set up to a fifth smaller on one line; a page title and a much longer one keep their size")
    func slideTitleFits() throws {
        let title = "Quatre décès dus à des actes malveillants en 2024 ; déjà quatre au 12 février 2025"
        func titleRuns(size: String, _ text: String) throws -> [GlyphRun] {
            let (out, log) = try Papercut.render("""
                data: DATA
                theme: {type-scale: 1.2}
                page: {size: \(size), header: {title: "\(text)"}}
                blocks:
                  - {type: text, text: Body}
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            return Self.runs(try #require(out.first).document.pages[0].nodes).map(\.run).filter { $0.size > 15 }
        }
        let slide = try titleRuns(size: "slide", title)
        #expect(Set(slide.map(\.origin.y)).count == 1, "one line: \(slide.map(\.text))")
        #expect(slide.allSatisfy { $0.size < 24 && $0.size >= 24 * 0.8 }, "\(slide.map(\.size))")
        let page = try titleRuns(size: "A4", title)
        #expect(page.allSatisfy { abs($0.size - 24) < 0.01 } && Set(page.map(\.origin.y)).count == 2, "\(page.map(\.size))")
        let long = try titleRuns(size: "slide", title + " " + title)
        #expect(long.allSatisfy { abs($0.size - 24) < 0.01 } && Set(long.map(\.origin.y)).count >= 2, "\(long.map(\.size))")
    }

    @Test("tiles of an aligned row that cite the same sources share one source line across the row; different sources keep their own")
    func sharedSourceLine() throws {
        func sources(_ second: String) throws -> [(run: GlyphRun, origin: Point)] {
            let (out, log) = try Papercut.render("""
                data: DATA
                page: {size: A4, rows: aligned}
                blocks:
                  - {type: kpi, indicator: P4.19, mission: UNMISS, span: 6}
                  - {type: kpi, indicator: \(second), span: 6}
                """)
            #expect(!log.hasErrors, "\(log.sorted)")
            return Self.runs(try #require(out.first).document.pages[0].nodes).filter { $0.run.text.hasPrefix("Source") }
        }
        // P4.19 for UNMISS and MONUSCO: both from the 6th report.
        let shared = try sources("P4.19, mission: MONUSCO")
        #expect(shared.count == 1, "\(shared.map(\.run.text))")
        #expect(abs(try #require(shared.first).origin.x - 36) < 0.5, "from the row's leading edge")
        // P7.03 comes from the 5th report: each tile keeps its own line.
        #expect(try sources("P7.03, mission: UNMISS").count == 2)
    }
}
