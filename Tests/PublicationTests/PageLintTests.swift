import A4PIndicators
@testable import A4PPublication
import A4PScene
import A4PText
import Foundation
import Testing

/// The page review's measures (issue 14): what they find on made-up pages, and a ratchet on the set.
@Suite("Page lint: blank bands, small text, not-reported charts, working notes")
struct PageLintTests {
    static let engine = try! TextEngine.bundled()

    static func text(_ s: String, size: Double, at y: Double) -> Node {
        let line = engine.line(s, style: TextStyle(size: size))
        return .group(Group(transform: .translation(36, y), children: line.runs(at: Point(0, 0)).map(Node.text)))
    }

    @Test("a band of 300 pt with nothing in it on an A4 page is a finding; 100 pt is not")
    func blankBand() {
        let sparse = Page(size: Size(595, 842), nodes: [Self.text("Title", size: 20, at: 60), Self.text("Footer", size: 8, at: 400)])
        let dense = Page(size: Size(595, 842), nodes: [Self.text("Title", size: 20, at: 60), Self.text("Body", size: 9, at: 160)])
        let found = PageLint.measure(sparse, place: "p", notes: [])
        let band = found.first { $0.rule == .blankBand }
        #expect(band != nil)
        #expect((band?.measured ?? 0) > 0.38 && (band?.measured ?? 0) < 0.42, "\(found)")
        #expect(PageLint.measure(dense, place: "p", notes: []).filter { $0.rule == .blankBand }.isEmpty)
    }

    /// A line of 9 pt text at (`x`, `y`).
    static func line(_ s: String, x: Double, y: Double) -> Node {
        .group(Group(transform: .translation(x, y), children: engine.line(s, style: TextStyle(size: 9)).runs(at: Point(0, 0)).map(Node.text)))
    }

    /// A left column of lines every 20 pt down the body; the right column holds one line at its
    /// top, or (`full`) lines all the way down too.
    static func columns(size: Size, full: Bool, extra: [Node] = []) -> Page {
        let rows = stride(from: 90.0, to: size.height * 0.93, by: 20)
        let right = size.width * 0.56
        return Page(size: size, nodes: rows.map { line("Left column text, one line", x: 36, y: $0) }
                    + (full ? rows.map { line("Right column text, one line", x: right, y: $0) } : [line("Right column text, one line", x: right, y: 90)])
                    + extra)
    }

    @Test("a column empty over most of an A4 body beside a full one is a column void, which no blank band sees; full columns are not")
    func columnVoid() {
        let a4 = Size(595, 842)
        let found = PageLint.measure(Self.columns(size: a4, full: false), place: "p", notes: [])
        let void = found.first { $0.rule == .columnVoid }
        #expect((void?.measured ?? 0) > 0.75, "\(found)")
        #expect(!found.contains { $0.rule == .blankBand }, "\(found)")
        #expect(PageLint.measure(Self.columns(size: a4, full: true), place: "p", notes: []).isEmpty)
    }

    @Test("a white box in the empty column is paper, not content; a tinted one is content")
    func columnVoidWhite() {
        let a4 = Size(595, 842)
        let white = Node.shape(Shape(path: .rect(Rect(x: 320, y: 100, width: 240, height: 600)), fill: .white))
        let boxed = PageLint.measure(Self.columns(size: a4, full: false, extra: [white]), place: "p", notes: [])
        #expect(boxed.contains { $0.rule == .columnVoid }, "\(boxed)")
        let tinted = Node.shape(Shape(path: .rect(Rect(x: 320, y: 100, width: 240, height: 600)), fill: Color(hex: 0xE6EEF5)))
        #expect(!PageLint.measure(Self.columns(size: a4, full: false, extra: [tinted]), place: "p", notes: []).contains { $0.rule == .columnVoid })
    }

    @Test("a slide's half empty beside a full one is a column void (review 5); a chart's area across it is not")
    func columnVoidSlides() throws {
        let size = Size(960, 540)
        let slide = PageLint.measure(Self.columns(size: size, full: false), place: "s", notes: [])
        let void = try #require(slide.first { $0.rule == .columnVoid }, "\(slide)")
        #expect(void.measured > 0.6 && void.limit == 0.20, "\(void)")
        #expect(!PageLint.measure(Self.columns(size: size, full: true), place: "s", notes: []).contains { $0.rule == .columnVoid })
        // A bar chart in the right half: its axis runs down the plot, one short bar at the top; the
        // white right of the bar is the chart's (P7's 0, 1 and 10 beside 125), not an empty column.
        let axis = Node.shape(Shape(path: .rect(Rect(x: 540, y: 80, width: 1, height: 400)), fill: .black))
        let bar = Node.shape(Shape(path: .rect(Rect(x: 541, y: 80, width: 30, height: 20)), fill: Color(hex: 0x009EDB)))
        let label = Self.line("UNMISS 125", x: 560, y: 470)
        let chart = Node.tagged(.figure, [axis, bar, label])
        #expect(!PageLint.measure(Self.columns(size: size, full: false, extra: [chart]), place: "s", notes: []).contains { $0.rule == .columnVoid })
        // The same marks outside a chart are a column with white down most of it.
        let loose = PageLint.measure(Self.columns(size: size, full: false, extra: [bar, Self.line("UNMISS 125", x: 560, y: 470)]), place: "s", notes: [])
        #expect(loose.contains { $0.rule == .columnVoid }, "\(loose)")
    }

    @Test("text under 11 pt on a slide and under 6 pt on paper is a finding")
    func smallText() {
        let slide = Page(size: Size(960, 540), nodes: [Self.text("Title", size: 30, at: 60), Self.text("Source: the report", size: 8.5, at: 90)])
        let paper = Page(size: Size(595, 842), nodes: [Self.text("Title", size: 20, at: 60), Self.text("Source: the report", size: 8.5, at: 90)])
        let onSlide = PageLint.measure(slide, place: "s", notes: []).filter { $0.rule == .smallText }
        #expect(onSlide.count == 1 && onSlide.first?.measured == 8.5)
        #expect(PageLint.measure(paper, place: "p", notes: []).filter { $0.rule == .smallText }.isEmpty)
    }

    @Test("a note of the dataset printed on a page is a finding")
    func workingNote() {
        let note = "Chart image lost in extraction; value unknown"
        let page = Page(size: Size(595, 842), nodes: [Self.text("Figure: " + note, size: 9, at: 60)])
        // (A page of one line is also one empty column: that finding is another test's.)
        #expect(PageLint.measure(page, place: "p", notes: [String(note.prefix(40))]).map(\.rule).filter { $0 != .columnVoid } == [.workingNote])
    }

    @Test("a line saying how a report counted, listed or ticked is a working note on paper and slides, whatever its figure (review 5)")
    func workingNoteWords() {
        func notes(_ line: String, size: Size = Size(595, 842)) -> Int {
            let page = Page(size: size, nodes: [Self.text(line, size: 9, at: 60)])
            return PageLint.measure(page, place: "p", notes: []).filter { $0.rule == .workingNote }.count
        }
        for note in ["Cycle 4: the 4th report's list of ten; the 6th report's table also ticks UNMIK.",
                     "UNMOGIP's tick is its Head of Mission's compact, which the 4th report counts among the nine.",
                     "C-34 follow-up: the 5 countries it names (Brazil, Cambodia, Indonesia, Kenya, Uganda).",
                     "PCCs with UN Police training recognition · as counted in the 4th report"] {
            #expect(notes(note) == 1, "\(note)")
        }
        for reader in ["UNMOGIP's cycle 4 tick: its Head of Mission's compact with the Secretary-General.",
                       "Countries hosting TPP training: Brazil, Cambodia, Indonesia, Kenya, Uganda.",
                       "Source: A4P+ 4th Progress Report (January 2024)", "Eight missions reported regular collaboration."] {
            #expect(notes(reader) == 0, "\(reader)")
        }
        // Slides too (session 9): the notes the mission and key slides printed, and what they say now.
        let slide = Size(960, 540)
        for note in ["Cycle 4 plan: UNMOGIP has no SRSG; the tick is its Head of Mission's compact with the Secretary-General, which the 4th report counts among the nine plans.",
                     "CPAS, cycle 4: “No” as in the 4th report, whose list of ten omits UNMIK; the 6th report's table ticks UNMIK for cycle 4."] {
            #expect(notes(note, size: slide) == 1, "\(note)")
        }
        for reader in ["Cycle 4 plan: UNMOGIP has no SRSG; its Head of Mission's compact with the Secretary-General stands in for the plan.",
                       "CPAS, cycle 4: “No” in the 4th report; the 6th report records UNMIK as using CPAS in cycle 4.",
                       "For cycle 4 the 4th report gives 10 missions without UNMIK; the 6th report adds UNMIK (11)."] {
            #expect(notes(reader, size: slide) == 0, "\(reader)")
        }
    }

    @Test("the publication set: no working note, and no more findings than when the lint landed (a ratchet for issue 14)")
    func ratchet() throws {
        let line = try #require(Export.first.stdout.split(separator: "\n").first { $0.hasPrefix("page review:") }, "\(Export.first.stdout)")
        func count(_ rule: String) -> Int {
            let parts = line.components(separatedBy: CharacterSet(charactersIn: ":,("))
            return parts.compactMap { p -> Int? in
                let words = p.split(separator: " ")
                return words.count >= 2 && words[1] == Substring(rule) ? Int(words[0]) : nil
            }.first ?? 0
        }
        #expect(count("working-note") == 0, "\(line)")
        // The counts measured on 2026-12-06; lower them as pages are fixed. Slides for projection: no
        // text under 11 pt and no blank band on any slide. (Dropping rows with nothing reported and
        // UNDOF's shorter Chinese mechanism names added two fact-sheet bands; the fact-sheet modules
        // took them from 66 to 47; fill-rows, spread-rows and the last page's balancing to 19, then 36 (38 once
        // the two information-integrity texts were grouped) with the tighter rhythm a designer's review asked
        // for: gaps at most two row gaps wider, and modules that pair up at half width instead of stretching.)
        // Issue 16 added 128 documents (priority pages, slides and the C-34 page in other languages): the
        // count below is measured on the whole six-language set. A row of optional cards giving up its
        // last cards rather than leaving out all of them took the Russian UNMIK and UNTSO slides off (30);
        // copy-fitting up to 20 % and weighing blank bands, seven one-page sheets (23); shrinking up to
        // 10 % where that saves a page, UNFICYP es/fr/ru, MINURSO zh and MONUSCO en (18); the C-34
        // page copy-fitted, its Chinese page (17); an impact matrix whose short labels leave room for
        // its columns no longer stops UNDOF's sheet from growing (16); shrunk sheets keep their 6.5 pt
        // source lines, and MINURSO's Chinese sheet is two pages again (17); dot-rating levels without
        // the report's dots wrap less, and UNMISS's French page 1 fills (16). The sparse missions' own
        // texts (field highlights, cooperation with the host authorities, uniformed women, C-34 items)
        // fill UNDOF, UNMOGIP, UNTSO and MINUSMA in every language; MINURSO's page 2 is left (6). Page 1's
        // stacks give way to the flowing modules, so MINURSO's type grows in en, es, fr and ru (4); on a
        // sheet still over the limit they also give their last children to the modules when that lowers
        // the band: MINURSO ar and zh, UNDOF zh (1: UNMOGIP zh, one page, at 0.204). 'Other reported
        // figures' as a half-width module, and one copy-fitting step past grow-type kept only within
        // the limit: UNMOGIP zh and MINURSO zh (0).
        #expect(count("blank-band") == 0, "\(line)")
        // Column voids (a column of a paper page empty over 20 % of its height, which no band sees):
        // 29 pages when the measure landed (26 fact-sheet pages, 3 priority pages); column balancing
        // on the fact sheets (`balance-columns`) took 18 sheet pages under the limit (11). The sheets
        // said each figure once (16); the module levers (join, feather, narrow) and a wider search
        // took seven more under (9: Chinese MINURSO p1–p2, UNDOF p1–p2, UNMOGIP p1, Arabic MINURSO
        // p1, and P1-zh, P5-ar and P5-zh p2; no English, French or Spanish sheet). Balancing moves that
        // may grow type three steps past copy-fitting's last (up to 1.4) and set a flowing module at
        // the foot of page 1's shorter stack took the six sheet pages under; P1's map and highlights
        // half the page each, P5's civilian figures a column a year took the three priority pages
        // under (0). Slides are measured too, by their halves (review 5: 31 slides over the limit by
        // its pixel scan); their cards fill their columns, so none is counted.
        #expect(count("column-void") == 0, "\(line)")
        #expect(count("small-text") == 0, "\(line)")
        #expect(count("not-reported") == 0, "\(line)")
    }
}
