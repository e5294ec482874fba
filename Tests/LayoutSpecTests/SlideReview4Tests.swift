import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Review 4 of the mission and key slides (issue 14): one fact on one tile, reports that differ
/// said where their figure stands, period lines that name what the figures count, and the
/// reports' own words (UNTSO's observer groups, UNMOGIP's compact, UNFICYP's civil society).
@Suite("Slides, review 4: one fact once, in the reports' words")
struct SlideReview4Tests {
    /// The hero numbers (36 pt and more) and the words without white space of one mission slide.
    static func slide(_ mission: String, _ language: String) throws -> (heroes: [String], text: String) {
        let (text, _, output) = try SlideContentTests.render(mission, language)
        let heroes = MeasureThenPlaceTests.runs(output.document.pages[0].nodes).map(\.run)
            .filter { $0.size >= SlideZeroTests.heroSize }.map(\.text)
        return (heroes, text)
    }

    static func words(_ key: String, _ language: String, figure: String = "") throws -> String {
        let raw = try #require(SlideContentTests.translations.lookup(key, language: language), "\(key) in \(language)")
        return raw.replacingOccurrences(of: "{figure}", with: figure).filter { !$0.isWhitespace }
    }

    @Test("one SOFA/SOMA tile: the total on record is the hero, its caption names the new incidents",
          arguments: ["en", "ru", "zh", "ar"])
    func sofaOnOneTile(language: String) throws {
        for (mission, total, new) in [("MINUSCA", "174", "10"), ("UNMISS", "585", "125"), ("MONUSCO", "29", "27")] {
            let (heroes, text) = try Self.slide(mission, language)
            #expect(heroes.contains(total), "\(mission)-\(language): heroes \(heroes)")
            #expect(!heroes.contains(new), "\(mission)-\(language): the new incidents are a second tile: \(heroes)")
            if language != "ar" {
                #expect(text.contains(try Self.words("slide.sofa.total.with-new", language, figure: new)), "\(mission)-\(language): \(text)")
            } else {
                #expect(text.contains(new), "\(mission)-\(language): \(text)")
            }
        }
        // MINURSO: "2 on record", its "no new incidents" the tile's caption, not a sentence beside it.
        let (heroes, text) = try Self.slide("MINURSO", language)
        #expect(heroes.contains("2"), "MINURSO-\(language): \(heroes)")
        if language != "ar" {
            #expect(text.contains(try Self.words("slide.sofa.total.none-new", language)), "MINURSO-\(language): \(text)")
            #expect(!text.contains(try Self.words("indicator.P7.03.zero", language)), "MINURSO-\(language): a zero sentence beside the 2")
        }
        // No total (UNIFIL's is under validation): the new incidents keep their tile.
        #expect(try Self.slide("UNIFIL", language).heroes.contains("43"))
    }

    @Test("kpi aside: the caption names the second figure, the tile it replaces yields, an unknown indicator is an error at its line")
    func asideAndYield() throws {
        let yaml = """
        data: DATA
        theme: {big-number-size: 36}
        page: {size: slide, rows: aligned}
        blocks:
          - {type: kpi, span: 6, indicator: P7.03, mission: MINUSCA, period: C5, caption: New, yields-to: P7.04, trend: false, when-empty: hide}
          - {type: kpi, span: 6, indicator: P7.04, mission: MINUSCA, period: C5, caption: On record, trend: false,
             aside: P7.03, aside-caption: "On record; {figure} new", aside-none: "On record; none new"}
        """
        let (out, log) = try Papercut.render(yaml)
        #expect(!log.hasErrors, "\(log.sorted)")
        let texts = Papercut.texts(try #require(out.first).document.pages[0].nodes)
        #expect(texts.contains("174") && !texts.contains("10"), "\(texts)")
        #expect(texts.joined(separator: " ").contains("On record; 10 new"), "\(texts)")
        let (_, bad) = try Papercut.render(yaml.replacingOccurrences(of: "aside: P7.03", with: "aside: P7.3"))
        let error = try #require(bad.diagnostics.first { $0.rule == "unknown-indicator" }, "\(bad.sorted)")
        #expect(error.position.line == 6, "\(error.position)")
    }

    @Test("key slides: P2 says the two reports' cycle-4 counts, P3's message is the report's point, P4 and P5 name their periods",
          arguments: KeySlideTests.languages)
    func keySlides(language: String) throws {
        let p2 = KeySlideTests.text(try KeySlideTests.slide(2, language)).filter { !$0.isWhitespace }
        let said = try #require(SlideContentTests.translations.lookup("slide.P2.p2-06-reasons.text-unmik-c4", language: language))
        #expect(said.contains("11"))
        if language != "ar" { #expect(p2.contains(said.filter { !$0.isWhitespace }), "P2-\(language): \(p2)") }
        // The trainee counts are the heroes; the message says the report's point, not them again.
        let p3 = KeySlideTests.text(try KeySlideTests.slide(3, language))
        let message = try #require(SlideContentTests.translations.lookup("slide.P3.p3-08-series.message-seed", language: language))
        #expect(!["143", "306", "367"].contains(where: message.contains), "\(message)")
        // The hero 143 and the "↑ from 143" under 306: not a third time in the message.
        #expect(p3.components(separatedBy: "143").count <= 3, "P3-\(language): \(p3)")
        // P4: calendar years, not the reporting cycle; P5: a period line at all.
        let p4 = KeySlideTests.text(try KeySlideTests.slide(4, language))
        #expect(p4.contains(language == "ar" ? "2025" : "2023–2025"), "P4-\(language): \(p4)")
        #expect(!p4.contains("2024)") || language == "ar", "P4-\(language) still names cycle 6's dates: \(p4)")
        let p5 = KeySlideTests.text(try KeySlideTests.slide(5, language))
        #expect(p5.contains("2010") && p5.contains("2024"), "P5-\(language): \(p5)")
    }

    @Test("mission slides in the reports' words: UNTSO's observer groups, UNMOGIP's compact first, UNFICYP's civil society",
          arguments: SlideContentTests.languages)
    func reportsWords(language: String) throws {
        if language == "en" {
            let untso = try Self.slide("UNTSO", "en").text
            #expect(untso.contains("ObserverGroupLebanon(OGL)andObserverGroupGolan(OGG)"), "\(untso)")
            let unmogip = try Self.slide("UNMOGIP", "en").text
            #expect(!unmogip.contains("NoSRSGandsonoSRSG-approvedmissionplan"), "\(unmogip)")
            #expect(unmogip.contains("hasacompactwiththeSecretary-General"), "\(unmogip)")
        }
        let unficyp = try Self.slide("UNFICYP", language)
        #expect(unficyp.heroes.contains("41"))
        if language != "ar" {
            #expect(unficyp.text.contains(try Self.words("slide.mission.p1-05-women.caption", language)), "UNFICYP-\(language): \(unficyp.text)")
        }
        let marker = ["en": "civilsociety", "fr": "sociétécivile", "es": "sociedadcivil", "ru": "НКО", "zh": "民间社会", "ar": "المجتمع"][language]!
        #expect(try Self.words("slide.mission.p1-05-women.caption", language).contains(marker))
    }

    @Test("MINUSMA's slide is filled: its 2024 handover beside the 2022 highlights, three heroes, no blank band over a tenth",
          arguments: SlideContentTests.languages)
    func minusmaFilled(language: String) throws {
        let (text, _, output) = try SlideContentTests.render("MINUSMA", language)
        let page = output.document.pages[0]
        let heroes = MeasureThenPlaceTests.runs(page.nodes).map(\.run).filter { $0.size >= SlideZeroTests.heroSize }.map(\.text)
        #expect(["174", "43", "10"].allSatisfy(heroes.contains), "MINUSMA-\(language): heroes \(heroes)")
        #expect(output.shown.contains(ObservationKey(indicator: "P2.19", mission: "MINUSMA", period: "D2024-10-25")), "MINUSMA-\(language): no handover card")
        // The 2024 text takes the 2022 planning unit's place (text `yields-to`).
        #expect(!output.shown.contains(ObservationKey(indicator: "P2.15", mission: "MINUSMA", period: "OV2022")), "MINUSMA-\(language)")
        let band = page.largestBlankBand / page.size.height
        // Chinese sets the same cards in fewer lines: its band is the largest (review 4: 17-18 % in all six).
        #expect(band <= (language == "zh" ? 0.15 : 0.10), "MINUSMA-\(language): blank band \(band)")
        #expect(!text.isEmpty)
    }
}
