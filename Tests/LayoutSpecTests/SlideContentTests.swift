import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14, third slide review: what a mission slide says is what its reports say, the newest first,
/// and the same in six languages (MINURSO's cycle-4 highlight on a cycle-6 slide, UNMOGIP's and
/// UNMIK's checklist cells the reports qualify, MINUSMA's figures the 5th report leaves out).
@Suite("Mission slides say what the reports say")
struct SlideContentTests {
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]
    static let slide = "Specs/publication/slides/factsheet-slide.yaml"

    /// The slide's text without white space (lines of Chinese break between characters), and its
    /// top-level blocks by name in page order.
    static func render(_ mission: String, _ language: String) throws -> (text: String, blocks: [String], output: SpecOutput) {
        let (outputs, log) = try ShippedSpecs.render(slide, language: language, only: mission)
        #expect(!log.hasErrors, "\(mission)-\(language): \(log.sorted)")
        let output = try #require(outputs.first)
        let nodes = output.document.pages[0].nodes
        let text = MeasureThenPlaceTests.runs(nodes).map(\.run.text).joined().filter { !$0.isWhitespace }
        let blocks = nodes.compactMap { node -> String? in
            if case .group(let g) = node, let name = g.name { return name }
            return nil
        }
        return (text, blocks, output)
    }

    static let translations: Translations = {
        var log = DiagnosticLog()
        return Translations.load(from: URL(fileURLWithPath: ShippedSpecs.path("Translations")), log: &log)
    }()

    /// The slide's text holds the words of `key` in `language` (white space left out). In Arabic, the
    /// words of the longest stretch of Arabic words, each: lines are set in visual order, so Latin
    /// names, digits and the line's runs move.
    static func says(_ text: String, _ key: String, _ language: String) throws -> Bool {
        let words = try #require(translations.lookup(key, language: language), "\(key) in \(language)")
        guard language == "ar" else { return text.contains(words.filter { !$0.isWhitespace }) }
        func arabic(_ word: Substring) -> Bool { word.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) } }
        var best: [Substring] = [], current: [Substring] = []
        for word in words.split(separator: " ") {
            current = arabic(word) ? current + [word] : []
            if current.count > best.count { best = current }
        }
        #expect(best.count >= 4, "\(key): \(best)")
        return best.allSatisfy { text.contains($0) }
    }

    @Test("a slide's first highlight comes from the newest report that has one for the mission; an older one, if shown, follows it")
    func newestHighlightFirst() throws {
        let dataset = SpecFixture.dataset
        for mission in dataset.missions where mission.kind == .mission {
            let texts = ["P1.04", "P4.37"].flatMap { dataset.observations(of: $0) }.filter { $0.mission == mission.id }
                .compactMap { o -> (period: String, text: String)? in
                    guard case .text(let t) = o.value, let p = dataset.period(o.period), p.kind == .cycle else { return nil }
                    return (p.id, t.replacingOccurrences(of: "**", with: "").filter { !$0.isWhitespace })
                }
            guard let newest = texts.map(\.period).max() else { continue }
            let (text, _, _) = try Self.render(mission.id, "en")
            let first = texts.filter { $0.period == newest }.compactMap { text.range(of: $0.text)?.lowerBound }.min()
            let at = try #require(first, "\(mission.id): the \(newest) highlight is printed")
            for older in texts where older.period < newest {
                if let r = text.range(of: older.text) { #expect(r.lowerBound > at, "\(mission.id): \(older.period) before \(newest)") }
            }
        }
    }

    @Test("MINURSO's slide leads with the 6th report's field highlight in every language", arguments: languages)
    func minursoFieldHighlight(language: String) throws {
        let (text, _, output) = try Self.render("MINURSO", language)
        #expect(try Self.says(text, "field-highlights", language), "\(language): \(text)")
        #expect(output.shown.contains(ObservationKey(indicator: "P4.37", mission: "MINURSO", period: "C6")))
        #expect(!output.shown.contains(ObservationKey(indicator: "P1.04", mission: "MINURSO", period: "C4")),
                "the cycle-4 highlight gives way: \(output.shown)")
    }

    @Test("A checklist answer the seed qualifies is said in its words, not as a mark: UNMOGIP's cycle-4 plan 'no SRSG', MONUSCO's cycle-5 plan 'under development'",
          arguments: languages)
    func checklistAnswersInWords(language: String) throws {
        for (mission, period) in [("UNMOGIP", "C4"), ("MONUSCO", "C5")] {
            let text = try Self.render(mission, language).text
            let key = "indicator.P2.01a.answer.\(mission).\(period)"
            let words = try #require(Self.translations.lookup(key, language: language), "\(key) in \(language)")
            // Arabic runs may be set apart from one another: each word is looked for on its own.
            let found = language == "ar" ? words.split(separator: " ").allSatisfy { text.contains($0) }
                                         : text.contains(words.filter { !$0.isWhitespace })
            #expect(found, "\(language) \(mission): \(text)")
        }
    }

    @Test("UNMOGIP's cycle-4 plan carries the 4th report's footnote; UNMIK's CPAS 'No' names both reports",
          arguments: languages)
    func checklistNotes(language: String) throws {
        let unmogip = try Self.render("UNMOGIP", language).text
        #expect(try Self.says(unmogip, "note.checklist.UNMOGIP", language), "\(language): \(unmogip)")
        let unmik = try Self.render("UNMIK", language).text
        #expect(try Self.says(unmik, "note.checklist.UNMIK", language), "\(language): \(unmik)")
        // A note for one mission only: the others print neither (Arabic's test is by words, which other notes share).
        let unmiss = try Self.render("UNMISS", language).text
        if language != "ar" {
            #expect(!(try Self.says(unmiss, "note.checklist.UNMIK", language)))
            #expect(!(try Self.says(unmiss, "note.checklist.UNMOGIP", language)))
        }
    }

    @Test("MINUSMA's 174 / 43 / 10 print the 5th report's note that it leaves MINUSMA out (drawdown)", arguments: languages)
    func minusmaNote(language: String) throws {
        let (text, _, output) = try Self.render("MINUSMA", language)
        #expect(try Self.says(text, "note.slide-crimes-cumulative.MINUSMA", language), "\(language): \(text)")
        for indicator in ["P4.13b", "P4.14", "P4.15"] {
            #expect(output.shown.contains(ObservationKey(indicator: indicator, mission: "MINUSMA", period: "C5")), "\(language): \(indicator)")
        }
    }

    @Test("every mission's slide shows the same blocks and figures in all six languages")
    func sameCardSet() throws {
        for mission in SpecFixture.dataset.missions where mission.kind == .mission {
            let english = try Self.render(mission.id, "en")
            for language in Self.languages.dropFirst() {
                let other = try Self.render(mission.id, language)
                #expect(other.blocks == english.blocks, "\(mission.id)-\(language): \(other.blocks) vs en \(english.blocks)")
                #expect(other.output.shown == english.output.shown, "\(mission.id)-\(language): figures differ from English")
            }
        }
    }
}
