import A4PIndicators
import A4PLayoutSpec
import A4PScene
import A4PText
import Foundation
import Testing

/// Specs written in the test, checked against the real dataset.
enum SpecFixture {
    static let dataset: Dataset = try! DatasetLoader().loadValid(from: DataDirectory.locate()!)
    static let engine: TextEngine = try! TextEngine.bundled()
    static var dataPath: String { DataDirectory.locate()!.path }

    /// The outputs and the log of an inline spec: `blocks` (YAML list items) on an A4 page over the
    /// default dataset.
    static func renderInline(_ blocks: String) throws -> (outputs: [SpecOutput], log: DiagnosticLog) {
        let yaml = "data: \(dataPath)\npage: {size: A4}\nblocks:\n" + blocks
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        let outputs = SpecRenderer(dataset: dataset, engine: engine).render(spec, log: &log)
        return (outputs, log)
    }

    /// Every diagnostic for `yaml` (schema, references and layout).
    static func diagnostics(_ yaml: String, language: String? = nil) -> [Diagnostic] {
        let text = yaml.replacingOccurrences(of: "DATA", with: dataPath)
        let loaded = SpecLoader.parse(text, file: "test.yaml")
        var log = loaded.log
        if let spec = loaded.spec {
            _ = SpecRenderer(dataset: dataset, engine: engine).render(spec, language: language, log: &log)
        }
        return log.sorted
    }

    static func only(_ yaml: String, rule: String) -> [Diagnostic] { diagnostics(yaml).filter { $0.rule == rule } }
}

@Suite("Spec errors: message, line and column")
struct SpecErrorTests {
    @Test("YAML syntax error")
    func syntax() throws {
        let d = SpecFixture.diagnostics("page:\n  size: [A4\nblocks: []\n")
        let e = try #require(d.first)
        #expect(e.rule == "yaml-syntax")
        #expect(e.position.line == 3 && e.position.column == 7, "\(e)")
        #expect(e.message.hasPrefix("YAML syntax:"))
    }

    @Test("unknown key with a suggestion")
    func unknownKey() throws {
        let d = SpecFixture.only("blocks:\n  - type: bar\n    indicatr: P7.03\n", rule: "unknown-key")
        let e = try #require(d.first)
        #expect(e.description == "test.yaml:3:5: error: unknown key 'indicatr' in bar block [unknown-key]; did you mean indicator?")
    }

    @Test("unknown block type with a suggestion")
    func unknownType() throws {
        let e = try #require(SpecFixture.only("blocks:\n  - type: barr\n", rule: "unknown-value").first)
        #expect(e.position.line == 2 && e.position.column == 11)
        #expect(e.message.hasPrefix("unknown block type \"barr\""))
        #expect(e.suggestion == "did you mean bar?")
    }

    @Test("wrong type")
    func wrongType() throws {
        let e = try #require(SpecFixture.only("page:\n  columns: twelve\nblocks: []\n", rule: "wrong-type").first)
        #expect(e.description == "test.yaml:2:12: error: 'page.columns' must be whole number from 1 to 24, found the text \"twelve\" [wrong-type]")
    }

    @Test("value out of range and missing required key")
    func rangeAndRequired() throws {
        let range = try #require(SpecFixture.only("page:\n  columns: 40\nblocks: []\n", rule: "out-of-range").first)
        #expect(range.description == "test.yaml:2:12: error: 'page.columns' must be at most 24; found 40 [out-of-range]")
        let missing = try #require(SpecFixture.only("page:\n  size: A4\n", rule: "missing-key").first)
        #expect(missing.position.line == 1 && missing.message.hasPrefix("spec needs 'blocks'"))
    }

    @Test("unknown indicator, mission and period, each with a suggestion")
    func unknownIds() throws {
        let yaml = """
            data: DATA
            blocks:
              - type: kpi
                indicator: P7.3
                mission: UNMIS
                period: C9
            """
        let d = SpecFixture.diagnostics(yaml)
        let ind = try #require(d.first { $0.rule == "unknown-indicator" })
        #expect(ind.position.line == 4 && ind.position.column == 16)
        #expect(ind.message == "unknown indicator 'P7.3'" && ind.suggestion == "did you mean P7.03?")
        let mission = try #require(d.first { $0.rule == "unknown-mission" })
        #expect(mission.position.line == 5 && mission.position.column == 14 && mission.suggestion == "did you mean UNMISS?")
        let period = try #require(d.first { $0.rule == "unknown-period" })
        #expect(period.position.line == 6 && period.position.column == 13 && period.message == "unknown period 'C9'")
    }

    @Test("a binding whose data is empty")
    func emptyBinding() throws {
        // UNTSO has no SOFA/SOMA incident figures in cycle 5.
        let yaml = "data: DATA\nblocks:\n  - type: kpi\n    indicator: P7.03\n    mission: UNTSO\n    period: C5\n"
        let e = try #require(SpecFixture.only(yaml, rule: "empty-binding").first)
        #expect(e.position.line == 3 && e.position.column == 5)
        #expect(e.message.contains("has no data: indicator P7.03, period C5"))
    }

    @Test("a block that overflows the page")
    func overflow() throws {
        let yaml = "data: DATA\nblocks:\n  - type: spacer\n    height: 500\n  - type: spacer\n    id: tall\n    height: 400\n"
        let e = try #require(SpecFixture.only(yaml, rule: "overflow").first)
        #expect(e.position.line == 5 && e.position.column == 5)
        #expect(e.message.hasPrefix("spacer block 'tall' ends"), "\(e)")
    }

    @Test("blocks that overlap on the grid")
    func overlap() throws {
        let yaml = """
            data: DATA
            blocks:
              - type: spacer
                id: left
                span: 8
              - type: spacer
                id: right
                col: 6
                span: 4
            """
        let e = try #require(SpecFixture.only(yaml, rule: "overlap").first)
        #expect(e.position.line == 8 && e.position.column == 10)
        #expect(e.message == "spacer block 'right' at columns 6–9 overlaps 'left' (line 3), which takes columns up to 8")
    }

    @Test("every problem is reported, not only the first")
    func all() {
        let d = SpecFixture.diagnostics("page:\n  columns: x\n  gutter: y\nblocks:\n  - type: nope\n  - type: bar\n    sortt: up\n")
        #expect(d.count == 4, "\(d)")
        #expect(Set(d.map(\.rule)) == ["wrong-type", "unknown-value", "unknown-key"])
    }

    @Test("a bad colour and an unknown placeholder")
    func colourAndPlaceholder() throws {
        let yaml = "data: DATA\ntheme:\n  accent: blue\nblocks:\n  - type: heading\n    text: \"{mission.nam}\"\n"
        let colour = try #require(SpecFixture.only(yaml, rule: "bad-colour").first)
        #expect(colour.position.line == 3 && colour.position.column == 11)
        // With the colour fixed, the placeholder is found at its block.
        let fixed = yaml.replacingOccurrences(of: "blue", with: "\"#009EDB\"")
        let placeholder = try #require(SpecFixture.only(fixed, rule: "unknown-placeholder").first)
        #expect(placeholder.suggestion == "did you mean mission.name?")
    }
}

@Suite("JSON specs")
struct JSONSpecTests {
    @Test("a spec written as JSON is read like YAML, errors with positions included")
    func json() throws {
        let good = SpecFixture.diagnostics(#"{"data": "DATA", "blocks": [{"type": "kpi", "indicator": "P7.03", "mission": "UNMISS", "period": "C5"}]}"#)
        #expect(good.isEmpty, "\(good)")
        let bad = try #require(SpecFixture.diagnostics(#"{"blocks": [{"type": "kpi", "indicatorr": "P7.03"}]}"#).first)
        #expect(bad.rule == "unknown-key" && bad.position.line == 1 && bad.position.column == 29)
    }
}

@Suite("Priority templates")
struct PriorityTemplateTests {
    @Test("for-each: priority gives one page per A4P+ priority with its own title")
    func perPriority() throws {
        let yaml = "data: DATA\noutput: \"priority-{priority.id}\"\ntemplate:\n  for-each: priority\nblocks:\n  - type: heading\n    text: \"{priority.title}\"\n"
        let text = yaml.replacingOccurrences(of: "DATA", with: SpecFixture.dataPath)
        let loaded = SpecLoader.parse(text, file: "p.yaml")
        var log = loaded.log
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(try #require(loaded.spec), log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        #expect(outputs.map(\.name) == (1...7).map { "priority-P\($0)" })
        // The last block's group (footer lines, drawn after the blocks, are structure groups without a transform).
        func texts(_ nodes: [Node]) -> [String] {
            nodes.flatMap { n -> [String] in
                switch n { case .text(let r): [r.text]; case .group(let g): texts(g.children); default: [] }
            }
        }
        let titles = outputs.compactMap { o -> String? in
            guard case .group(let g)? = o.document.pages[0].nodes.last(where: { if case .group(let g) = $0 { g.role == nil } else { false } }) else { return nil }
            return texts(g.children).joined(separator: " ")
        }
        #expect(titles.first == "COLLECTIVE COHERENCE BEHIND A POLITICAL STRATEGY")
    }
}
