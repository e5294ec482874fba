import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 21: what a new user trips over in specs.
enum Papercut {
    /// The outputs and every diagnostic of a spec written in the test.
    static func render(_ yaml: String, language: String? = nil, only: String? = nil) throws -> ([SpecOutput], DiagnosticLog) {
        let loaded = SpecLoader.parse(yaml.replacingOccurrences(of: "DATA", with: SpecFixture.dataPath), file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(loaded.log.sorted)")
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine)
            .render(spec, language: language, only: only, log: &log)
        return (outputs, log)
    }

    /// Every text run of a page, in drawing order.
    static func texts(_ nodes: [Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .text(let run): [run.text]
            case .group(let g): texts(g.children)
            default: []
            }
        }
    }

    static func shapes(_ nodes: [Node]) -> Int {
        nodes.reduce(0) { n, node in
            switch node {
            case .shape: n + 1
            case .group(let g): n + shapes(g.children)
            default: n
            }
        }
    }
}

@Suite("Papercuts of issue 21")
struct SpecPapercutTests {
    @Test("1. sort and top order the bars of a bar block by category")
    func sortByCategory() throws {
        // P3.08 TPP trainees, system-wide, cycle 6: Engineering 146, Medical 87, C4ISR 134 (breakdown order).
        func order(_ extra: String) throws -> [String] {
            let yaml = "data: DATA\nblocks:\n  - type: bar\n    indicator: P3.08\n    by: category\n    period: C6\n" + extra
            let (outputs, log) = try Papercut.render(yaml)
            #expect(!log.hasErrors, "\(log.sorted)")
            let texts = Papercut.texts(try #require(outputs.first).document.pages[0].nodes)
            return ["Engineering", "Medical", "C4ISR"].filter(texts.contains).sorted { texts.firstIndex(of: $0)! < texts.firstIndex(of: $1)! }
        }
        #expect(try order("") == ["Engineering", "Medical", "C4ISR"])
        #expect(try order("    sort: descending\n") == ["Engineering", "C4ISR", "Medical"])
        #expect(try order("    sort: ascending\n") == ["Medical", "C4ISR", "Engineering"])
        #expect(try order("    sort: ascending\n    top: 2\n") == ["Medical", "C4ISR"])
    }

    @Test("2. a custom page size is taken as written; an orientation given with it turns it")
    func customSize() throws {
        let (wide, _) = try Papercut.render("data: DATA\npage:\n  size: {width: 480, height: 300}\nblocks: []\n")
        #expect(try #require(wide.first).document.pages[0].size == Size(480, 300))
        let (tall, _) = try Papercut.render("data: DATA\npage:\n  size: {width: 300, height: 480}\nblocks: []\n")
        #expect(try #require(tall.first).document.pages[0].size == Size(300, 480))
        let (turned, _) = try Papercut.render("data: DATA\npage:\n  size: {width: 480, height: 300}\n  orientation: portrait\nblocks: []\n")
        #expect(try #require(turned.first).document.pages[0].size == Size(300, 480))
        let (a4, _) = try Papercut.render("data: DATA\npage:\n  size: A4\n  orientation: landscape\nblocks: []\n")
        #expect(try #require(a4.first).document.pages[0].size == Size(842, 595))
    }

    @Test("3. footer: false leaves the footer out and gives its room to the body; empty footer text draws no rule")
    func noFooter() throws {
        // An A4 page with 36 pt margins has 770 pt of frame: all of it is body when there is no footer.
        let tall = "blocks:\n  - type: spacer\n    height: 770\n"
        let (none, noneLog) = try Papercut.render("data: DATA\npage:\n  footer: false\n" + tall)
        #expect(!noneLog.hasErrors, "\(noneLog.sorted)")
        let page = try #require(none.first).document.pages[0]
        #expect(Papercut.texts(page.nodes).isEmpty && Papercut.shapes(page.nodes) == 0, "\(page.nodes)")
        let (_, withFooter) = try Papercut.render("data: DATA\n" + tall)
        #expect(withFooter.sorted.contains { $0.rule == "overflow" })

        let (empty, emptyLog) = try Papercut.render("data: DATA\npage:\n  footer:\n    text: \"\"\nblocks: []\n")
        #expect(!emptyLog.hasErrors, "\(emptyLog.sorted)")
        let nodes = try #require(empty.first).document.pages[0].nodes
        #expect(Papercut.texts(nodes) == ["1"], "the page number stays")
        #expect(Papercut.shapes(nodes) == 0, "no rule over an empty footer")

        let (plain, _) = try Papercut.render("data: DATA\nblocks: []\n")
        let defaults = try #require(plain.first).document.pages[0].nodes
        #expect(Papercut.texts(defaults) == ["A4P+ Reporting", "1"] && Papercut.shapes(defaults) == 1)
    }

    @Test("4. a key with no value is an error; an unquoted colour is named as a YAML comment")
    func missingValue() throws {
        let colour = try #require(SpecFixture.only("theme:\n  accent: #E5A000\nblocks: []\n", rule: "missing-value").first)
        #expect(colour.position.line == 2, "\(colour)")
        #expect(colour.message == "'theme.accent' has no value: in YAML '#' starts a comment, so #E5A000 was read as one; the colour needs quotes: \"#E5A000\"")
        let palette = try #require(SpecFixture.only("theme:\n  palette:\n    - \"#009EDB\"\n    - #E5A000\nblocks: []\n", rule: "missing-value").first)
        #expect(palette.position.line == 4 && palette.message.hasPrefix("'theme.palette[2]' has no value: in YAML '#' starts a comment"), "\(palette)")
        let empty = try #require(SpecFixture.only("title:\nblocks: []\n", rule: "missing-value").first)
        #expect(empty.message == "'title' has no value; give text or leave the key out", "\(empty)")
        // A comment after a key that has its value is no problem.
        #expect(SpecFixture.diagnostics("data: DATA\ntheme:\n  accent: \"#E5A000\"  # amber\nblocks: []\n").isEmpty)
    }

    @Test("5. --only matches mission ids in any case, and says when a spec is not a template over missions")
    func only() throws {
        let (one, log) = try ShippedSpecs.render("Specs/examples/mission-template.yaml", only: "unmiss")
        #expect(!log.hasErrors, "\(log.sorted)")
        #expect(one.map(\.missionID) == ["UNMISS"] && one.map(\.name) == ["mission-UNMISS-en"])
        let (outputs, single) = try Papercut.render("data: DATA\nblocks: []\n", only: "UNIFIL")
        #expect(outputs.count == 1)
        let warning = try #require(single.sorted.first { $0.rule == "only-ignored" })
        #expect(warning.severity == .warning && warning.message.hasPrefix("--only UNIFIL ignored: this spec is not a template over missions"))
    }

    @Test("6. an unknown language is an error that lists the known ones")
    func unknownLanguage() throws {
        let d = SpecFixture.diagnostics("data: DATA\nblocks: []\n", language: "de").filter { $0.rule == "unknown-language" }
        let e = try #require(d.first)
        #expect(e.severity == .error)
        #expect(e.message.hasPrefix("--lang 'de': unknown language; known: ar, en, es, fr, ru, zh"), "\(e)")
        let (outputs, _) = try Papercut.render("data: DATA\nblocks: []\n", language: "de")
        #expect(outputs.isEmpty)
        #expect(SpecFixture.diagnostics("data: DATA\nblocks: []\n", language: "fr").isEmpty)
        let page = try #require(SpecFixture.only("data: DATA\npage:\n  language: de\nblocks: []\n", rule: "unknown-language").first)
        #expect(page.message.hasPrefix("page.language 'de': unknown language"))
    }

    @Test("9. an unknown block type names the closest type instead of listing them all")
    func unknownType() throws {
        let e = try #require(SpecFixture.only("blocks:\n  - type: dougnut\n", rule: "unknown-value").first)
        #expect(e.description == "test.yaml:2:11: error: unknown block type \"dougnut\" [unknown-value]; did you mean donut?")
        // Nothing close: the list, so the reader can pick.
        let far = try #require(SpecFixture.only("blocks:\n  - type: chart\n", rule: "unknown-value").first)
        #expect(far.suggestion == nil && far.message.contains("known: heading, text, kpi, bar"), "\(far)")
    }

    @Test("docs/spec.md says what a custom size, footer: false and a key with no value mean")
    func documented() {
        let md = SchemaExport.markdown()
        #expect(md.contains("{width, height} in points, taken as written"))
        #expect(md.contains("false for no footer at all"))
        #expect(md.contains("empty for none (and no rule over the footer)"))
        #expect(md.contains("A key with no value (`key:` and nothing after it) is an error"))
    }
}
