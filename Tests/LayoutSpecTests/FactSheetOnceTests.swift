import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14 on the fact sheets (brief sheets3): a sheet agrees with itself, says each fact once,
/// and keeps to the English page count where a module can give way.
@Suite("Fact sheets: one fact once, MINUSMA's standing, MONUSCO in two pages")
struct FactSheetOnceTests {
    static let spec = "Specs/publication/missions/factsheet.yaml"
    static let languages = ["en", "fr", "es", "ru", "ar", "zh"]

    static func sheet(_ mission: String, _ language: String) throws -> SpecOutput {
        let (outputs, log) = try ShippedSpecs.render(spec, language: language == "en" ? nil : language, only: mission)
        #expect(!log.hasErrors, "\(log.sorted)")
        return try #require(outputs.first)
    }

    @Test("MINUSMA's header names the 2022 overview as its last report, as its subtitle says; no cycle its reports exclude it from",
          arguments: languages)
    func minusmaLastReported(language: String) throws {
        let page = try Self.sheet("MINUSMA", language).document.pages[0]
        let texts = Papercut.texts(page.nodes)
        var quiet = DiagnosticLog()
        let table = Translations.load(from: URL(fileURLWithPath: ShippedSpecs.path("Translations")), log: &quiet)
        func label(_ key: String, _ english: String) -> String {
            language == "en" ? english : (table.lookup(key, language: language) ?? english)
        }
        // Runs split at script changes (Chinese, Arabic): the header's text compared without spaces.
        func bare(_ s: String) -> String { s.filter { !$0.isWhitespace && $0 != "\u{2066}" && $0 != "\u{2069}" } }
        let header = bare(texts.joined())
        let word = bare(label("last-reported", "Last reported"))
        let at = try #require(header.range(of: word), "\(language): no '\(word)' in \(header)")
        let line = String(header[at.upperBound...].drop { ":：".contains($0) })
        #expect(line.hasPrefix(bare(label("period.OV2022", "Overview Nov 2021 – Apr 2022")).prefix(4)), "\(language): \(line)")
        #expect(!line.hasPrefix(bare(label("period.C5", "Cycle 5")).prefix(4)), "\(language): \(line)")
        if language == "en" {
            let header = texts.joined(separator: " ")
            #expect(header.contains("not part of the 4th, 5th and 6th reporting exercises"), "\(header)")
        }
    }

    @Test("SOFA/SOMA once: the heroes count the incidents (and the dots rate their impact where rated); no yes/no row says they exist",
          arguments: ["MINUSCA", "MONUSCO", "MINURSO", "UNMISS"])
    func sofaOnce(mission: String) throws {
        let shown = try Self.sheet(mission, "en").shown
        let indicators = Set(shown.map(\.indicator))
        #expect(indicators.isSuperset(of: ["P7.03", "P7.04"]), "\(mission): \(indicators.sorted())")
        if ["MINUSCA", "MONUSCO"].contains(mission) { #expect(indicators.contains("P7.06"), "\(mission): \(indicators.sorted())") }
        // The data does hold the row the sheet leaves out.
        #expect(SpecFixture.dataset.observations.contains { $0.indicator == "P7.02" && $0.mission == mission })
        #expect(!indicators.contains("P7.02"), "\(mission) still shows the incidents-on-record row")
    }

    @Test("MONUSCO is two pages in every language and every language keeps its 'Other reported figures' (Russian too, since sheets6)",
          arguments: languages)
    func monuscoTwoPages(language: String) throws {
        let sheet = try Self.sheet("MONUSCO", language)
        #expect(sheet.document.pages.count == 2, "MONUSCO-\(language): \(sheet.document.pages.count) pages")
        // P3.06 (conduct and discipline training sessions, 218) is one of the module's figures. French
        // and Spanish keep it since their translation colophon is one short line and a figure the same
        // in several cycles is one line (review 4, S2); Russian since the information-integrity texts
        // are one module among the flowing ones, packed with the others (sheets6), not a stack's end.
        #expect(sheet.shown.contains { $0.indicator == "P3.06" }, "MONUSCO-\(language) lost its other figures")
    }

    /// A made-up sheet: an opening line and a fixed-height spacer (smaller type cannot shrink it),
    /// a soft break, then a spacer of `height` and, after it, a line that may give way.
    static func giving(spacer height: Double, giveWay: Bool = true) throws -> (pages: Int, text: [String]) {
        var blocks = "  - {type: text, text: Opening}\n  - {type: spacer, height: 720}\n  - {type: page-break, if-needed: true}\n"
        blocks += "  - {type: spacer, height: \(height)}\n  - {type: text, text: Extra line\(giveWay ? ", when-no-room: give-way" : "")}\n"
        let (out, log) = try Papercut.render("data: DATA\npage: {size: A4, shrink-type: 0.9}\nblocks:\n" + blocks)
        #expect(!log.hasErrors, "\(log.sorted)")
        let document = try #require(out.first).document
        return (document.pages.count, document.pages.flatMap { Papercut.texts($0.nodes) })
    }

    @Test("a give-way block is left out where that saves a third page, and kept on a sheet of one or two pages")
    func giveWay() throws {
        // Page 2 full to its last points: the line would start page 3, which neither smaller type nor
        // the tighter page (12 pt) saves; giving way keeps two pages.
        let plain = try Self.giving(spacer: 750, giveWay: false)
        try #require(plain.pages == 3 && plain.text.contains("Extra line"), "\(plain)")
        let long = try Self.giving(spacer: 750)
        #expect(long.pages == 2 && !long.text.contains("Extra line"), "\(long)")
        // Room left on page 2: the line stays.
        let short = try Self.giving(spacer: 700)
        #expect(short.pages == 2 && short.text.contains("Extra line"), "\(short)")
        // The spec's own give-way blocks turn optional only in the trial layout.
        let loaded = try SpecLoader.load(path: ShippedSpecs.path(Self.spec))
        let spec = try #require(loaded.spec)
        let giving = try #require(SpecRenderer.givingWay(spec))
        #expect(!giving.blocks.contains { $0.string("when-no-room") == "give-way" })
        #expect(giving.blocks.filter { $0.string("when-no-room") == "hide" }.count == spec.blocks.filter { $0.string("when-no-room") == "hide" }.count + 1)
    }
}
