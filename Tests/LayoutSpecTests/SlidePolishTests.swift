import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review 7 of the 16:9 slides (the B grades): label lines that end on a lone period or word, two-row
/// check tables, and the Russian kicker that dropped "(no SOFA/SOMA)".
@Suite("Slides, review 7 polish")
struct SlidePolishTests {
    static let languages = SlideContentTests.languages

    /// Each line the slide sets, trimmed: its glyph runs on one baseline that touch (a line of Chinese or
    /// Arabic is several runs, by script and bracket; a column's line is apart from its neighbour's),
    /// in reading order (right to left in Arabic).
    static func lines(_ output: SpecOutput) -> [String] {
        let runs = MeasureThenPlaceTests.runs(output.document.pages[0].nodes)
        var byBaseline: [Int: [(x: Double, end: Double, text: String)]] = [:]
        var order: [Int] = []
        for (run, origin) in runs {
            let y = Int((origin.y * 2).rounded())
            if byBaseline[y] == nil { order.append(y) }
            byBaseline[y, default: []].append((origin.x, origin.x + run.advance, run.text))
        }
        return order.flatMap { y -> [String] in
            var lines: [[(x: Double, end: Double, text: String)]] = []
            for run in byBaseline[y]!.sorted(by: { $0.x < $1.x }) {
                if let last = lines.last?.last, run.x - last.end < 8 { lines[lines.count - 1].append(run) } else { lines.append([run]) }
            }
            return lines.map { line in
                (output.language == "ar" ? line.reversed() : line).map(\.text).joined().trimmingCharacters(in: .whitespaces)
            }
        }
    }

    static func slide(_ mission: String, _ language: String) throws -> SpecOutput {
        try SlideContentTests.render(mission, language).output
    }

    /// "(Cycle 5)", "（第5周期）", "(الدورة 5)": a bracketed aside alone on a line.
    static func isLoneBracket(_ line: String) -> Bool {
        let scalars = line.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) && !(0x200E...0x200F).contains($0.value) }
        let text = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        guard let first = text.first, let last = text.last else { return false }
        return ("(（)）".contains(first) && "(（)）".contains(last)) && text.count <= 14
    }

    @Test("no KPI caption or label on a mission slide leaves its period alone on a line (UNIFIL, UNISFA, MINUSMA)",
          arguments: languages)
    func periodStaysWithItsLabel(language: String) throws {
        for mission in ["UNIFIL", "UNISFA", "MINUSMA"] {
            let lone = Self.lines(try Self.slide(mission, language)).filter(Self.isLoneBracket)
            #expect(lone.isEmpty, "\(mission)-\(language): \(lone)")
        }
    }

    @Test("a checklist said as lines keeps each answer's periods with it: no '(Cycle 5).' alone on a line",
          arguments: languages)
    func checklistPeriodsStayWithAnswers(language: String) throws {
        for mission in ["MONUSCO", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMOGIP"] {
            let lone = Self.lines(try Self.slide(mission, language)).filter { line in
                var text = line.trimmingCharacters(in: .whitespaces)
                while let last = text.last, ".。;；".contains(last) { text.removeLast() }
                return Self.isLoneBracket(text) || text.hasPrefix("(Cycle") || text.hasPrefix("5)") || text.hasPrefix("6)")
            }
            #expect(lone.isEmpty, "\(mission)-\(language): \(lone)")
        }
    }

    @Test("the checklist's CPAS row label does not end on one word ('… in the / cycle')", arguments: ["en", "fr", "es", "ru"])
    func cpasLabelBalanced(language: String) throws {
        let widow = ["en": "cycle", "fr": "cycle", "es": "ciclo", "ru": "цикле"][language]!
        for mission in ["MINURSO", "MINUSCA", "UNTSO"] {
            let lines = Self.lines(try Self.slide(mission, language))
            #expect(!lines.contains(widow), "\(mission)-\(language): \(lines)")
        }
    }

    @Test("a key slide's caption is balanced: P1's 'missions with an articulated political / strategy'")
    func keySlideCaptionBalanced() throws {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/slides/P1-key.yaml", language: "en")
        #expect(!log.hasErrors)
        let lines = Self.lines(try #require(outputs.first))
        #expect(!lines.contains("strategy"), "\(lines)")
        #expect(lines.contains { $0.hasSuffix("political strategy") }, "\(lines)")
    }

    @Test("a mission's checklist of two rows is said, not drawn as a grid; three rows stay a matrix", arguments: languages)
    func twoRowChecklistSaid(language: String) throws {
        for mission in ["MONUSCO", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK"] {
            let output = try Self.slide(mission, language)
            let checklist = try #require(output.assets.first { $0.kind == "check-matrix" }, "\(mission)-\(language)")
            #expect(checklist.cells == nil, "\(mission)-\(language): still a grid of marks: \(checklist.altText ?? "")")
        }
        for mission in ["MINURSO", "UNMISS"] {
            let output = try Self.slide(mission, language)
            let checklist = try #require(output.assets.first { $0.kind == "check-matrix" }, "\(mission)-\(language)")
            #expect(checklist.cells != nil, "\(mission)-\(language): three rows keep the matrix")
        }
    }

    @Test("UNIFIL's two-row checklist says both rows, each with its periods")
    func unifilChecklistWords() throws {
        let lines = Self.lines(try Self.slide("UNIFIL", "en")).joined(separator: " ")
        #expect(lines.contains("CPAS"), "\(lines)")
        #expect(lines.contains("mission plan"), "\(lines)")
        #expect(!lines.contains("Not reported"), "no legend of marks: \(lines)")
    }

    @Test("the Russian kicker says '(без SOFA/SOMA)' as the other languages do, on one line")
    func russianKickerSaysNoSofa() throws {
        for mission in ["UNMIK", "UNMOGIP", "UNTSO"] {
            let lines = Self.lines(try Self.slide(mission, "ru"))
            let kicker = try #require(lines.first { $0.hasPrefix("\(mission) ·") }, "\(mission): \(lines)")
            #expect(kicker.contains("SOFA/SOMA"), "\(mission): \(kicker)")
            #expect(kicker.hasSuffix(")"), "\(mission): the kicker is one line: \(kicker)")
        }
    }

    @Test("UNMOGIP's slide keeps its mental-health and planning-unit cards in every language")
    func unmogipKeepsItsCards() throws {
        for language in Self.languages {
            let shown = try Self.slide("UNMOGIP", language).shown.map(\.indicator)
            #expect(shown.contains("P4.31") && shown.contains("P2.15"), "\(language): \(Set(shown).sorted())")
        }
    }

    @Test("UNDOF's and UNFICYP's zero SOFA/SOMA figures are one clause on the slide, the incidents named once",
          arguments: languages)
    func zeroRunSaidOnce(language: String) throws {
        let words = try #require(SlideContentTests.translations.lookup("slide.zero.P7.04+P7.03", language: language))
        let first = try #require(words.split(separator: language == "zh" ? "，" : ",").first).dropFirst(2)
        for mission in ["UNDOF", "UNFICYP"] {
            // The runs in the order set (a paragraph's lines follow each other), white space left out.
            let text = MeasureThenPlaceTests.runs(try Self.slide(mission, language).document.pages[0].nodes)
                .map(\.run.text).joined().filter { !$0.isWhitespace }
            let said = language == "ar" ? text.contains("مسجلة") && text.contains("جديدة")
                : text.contains(first.filter { !$0.isWhitespace })
            #expect(said, "\(mission)-\(language): \(text)")
            #expect(text.components(separatedBy: "SOFA/SOMA").count <= 2 || language == "ar" || language == "zh",
                    "\(mission)-\(language): SOFA/SOMA said twice: \(text)")
        }
    }
}
