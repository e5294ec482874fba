import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14, review r6: the seven priority key-chart slides, read as the reviewer reads them in all
/// six languages: form from data (no table of ticks only, one measure in one form, one fact once),
/// n/a is not 0, and what a "—" means said where it stands.
@Suite("Priority key-chart slides: form from data, in every language")
struct KeySlideTests {
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]

    /// The slide of priority `p` in `language`, laid out from the shipped spec.
    static func slide(_ p: Int, _ language: String) throws -> SpecOutput {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/slides/P\(p)-key.yaml", language: language)
        #expect(!log.hasErrors, "P\(p) \(language): \(log.sorted)")
        return try #require(outputs.first)
    }

    /// Its text runs with their places on the page.
    static func runs(_ out: SpecOutput) -> [(run: GlyphRun, origin: Point)] {
        MeasureThenPlaceTests.runs(out.document.pages[0].nodes)
    }

    static func text(_ out: SpecOutput) -> String { runs(out).map(\.run.text).joined(separator: " ") }

    /// The missions the 5th report lists with "No SOFA/SOMA" (P7.02, cycle 5, not applicable).
    static var notApplicable: [String] {
        SpecFixture.dataset.observations(of: "P7.02")
            .filter { $0.period == "C5" && $0.value.state == .notApplicable }.map(\.mission).sorted()
    }

    @Test("no key slide has a table or matrix whose every cell is 'yes' (a list of names is a sentence)")
    func noYesOnlyTables() throws {
        for p in 1...7 {
            for asset in try Self.slide(p, "en").assets where ["table", "check-matrix"].contains(asset.kind) {
                let yes = asset.observations.filter { $0.value == .boolean(true) }
                #expect(asset.observations.isEmpty || yes.count < asset.observations.count,
                        "P\(p) '\(asset.id)': all \(yes.count) cells are yes")
            }
        }
    }

    @Test("P1: the ceasefire-observation missions are a card's line, not a matrix of ticks", arguments: languages)
    func p1CeasefireLine(language: String) throws {
        let out = try Self.slide(1, language)
        #expect(!out.assets.contains { $0.kind == "check-matrix" }, "\(language): the matrix of ticks is back")
        let text = Self.text(out)
        for m in ["MINURSO", "UNDOF", "UNMOGIP", "UNTSO"] { #expect(text.contains(m), "\(language): \(m)") }
        if language == "fr" { #expect(!text.contains("'"), "French prints curly apostrophes: \(text)") }
    }

    @Test("P2 says why cycle 6 has three '—' (postponed for security, a yearly cycle) and keeps CPAS", arguments: languages)
    func p2Reasons(language: String) throws {
        let text = Self.text(try Self.slide(2, language))
        // The reasons name the three missions a second time, beside the matrix's own row labels.
        for m in ["UNTSO", "UNDOF", "UNMIK"] {
            #expect(text.components(separatedBy: m).count - 1 >= 2, "\(language): \(m) is named only in the matrix")
        }
        #expect(text.components(separatedBy: "CPAS").count - 1 >= 2, "\(language): the title and caption say CPAS")
        if language == "en" { #expect(text.contains("postponed") && text.contains("yearly")) }
    }

    @Test("P5 shows cycles 5 and 6 in one block, in the seeds' words, and the 2010 block's scope")
    func p5OneForm() throws {
        for language in Self.languages {
            let out = try Self.slide(5, language)
            let recent = out.assets.filter { a in a.observations.contains { $0.indicator == "P5.10" && ["C5", "C6"].contains($0.period) } }
            #expect(recent.count == 1, "\(language): cycles 5 and 6 are in \(recent.map(\.id))")
            let periods = Set(recent.first?.observations.map(\.period) ?? [])
            #expect(periods == ["C5", "C6"], "\(language): \(periods)")
            #expect(Self.text(out).contains("MINUSMA"), "\(language): the since-2010 figures include MINUSMA")
        }
        let en = Self.text(try Self.slide(5, "en"))
        #expect(en.contains("Peacekeepers repatriated"))
        #expect(!en.lowercased().contains("civilian personnel dismissed, terminated or separated after"), "the 6th report says 'two', not 'civilian'")
    }

    @Test("P7: no hero repeats the top bar; missions whose P7.02 is n/a get no bar and are named", arguments: languages)
    func p7NotApplicable(language: String) throws {
        let out = try Self.slide(7, language)
        let runs = Self.runs(out)
        #expect(runs.filter { $0.run.text == "125" }.count == 1, "\(language): 125 printed \(runs.filter { $0.run.text == "125" }.count) times")
        let notApplicable = Self.notApplicable
        #expect(notApplicable == ["UNMIK", "UNMOGIP", "UNTSO"])
        let bars = try #require(out.assets.first { $0.kind == "bar" })
        #expect(!bars.observations.contains { notApplicable.contains($0.mission) }, "\(language): an n/a mission has a bar")
        // Each is named in the card that says why it has no bar (the bar labels do not name them).
        let text = Self.text(out)
        for m in notApplicable { #expect(text.contains(m), "\(language): \(m) is not named") }
    }

    @Test("one fact once: no figure is shown by two blocks of a key slide (a hero repeating a bar: P3, P4, P7)", arguments: 1...7)
    func figureOnce(p: Int) throws {
        var seen: [ObservationKey: String] = [:]
        for asset in try Self.slide(p, "en").assets {
            for key in Set(asset.observations.map(\.key)) {
                if let other = seen[key] { Issue.record("P\(p): \(key) is shown by '\(other)' and '\(asset.id)'") }
                seen[key] = asset.id
            }
        }
    }

    @Test("titles fit on one line where the review found orphans (P4 and P7 Russian)", arguments: [4, 7])
    func russianTitles(p: Int) throws {
        let runs = Self.runs(try Self.slide(p, "ru"))
        let size = try #require(runs.map(\.run.size).filter { $0 < 40 }.max(), "the header title is the largest text but the big numbers")
        let lines = Set(runs.filter { $0.run.size == size }.map { ($0.origin.y * 10).rounded() })
        #expect(lines.count == 1, "P\(p)-ru title on \(lines.count) lines")
    }

    @Test("P4 Spanish says 'dolosos' throughout, not also 'malintencionados'")
    func p4SpanishTerm() throws {
        let text = Self.text(try Self.slide(4, "es"))
        #expect(!text.contains("malintencionad") && text.contains("dolosos"), "\(text)")
    }
}
