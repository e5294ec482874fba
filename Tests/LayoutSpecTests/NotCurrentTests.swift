import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Testing

/// A block bound to the publication's cycle whose indicator has no figure there (issue 15): it shows
/// the newest older figure, named with its period, or says "Not reported in …", as the block or the
/// set chooses.
@Suite("when-not-current")
struct NotCurrentTests {
    /// UNMISS's new SOFA/SOMA incidents (P7.03): 125 in cycle 5, no figure in cycle 6 (002, a known gap).
    static func texts(block: String = "", set: NotCurrent = .showOlder) throws -> (String, DiagnosticLog) {
        let yaml = """
            data: \(SpecFixture.dataPath)
            page: {size: A4}
            blocks:
              - {type: kpi, indicator: P7.03, mission: UNMISS, title: "New incidents", caption: "incidents"\(block)}
            """
        let loaded = SpecLoader.parse(yaml, file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec, "\(log.sorted)")
        var renderer = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine)
        renderer.notCurrent = set
        let out = try #require(renderer.render(spec, log: &log).first)
        return (Papercut.texts(out.document.pages[0].nodes).joined(separator: " "), log)
    }

    @Test("by default the block shows cycle 5's figure, named, and the export warns")
    func showsOlder() throws {
        let (text, log) = try Self.texts()
        #expect(text.contains("125"), "\(text)")
        #expect(!text.contains("Not reported in"))
        #expect(log.diagnostics.contains { $0.rule == "older-period" && $0.message.contains("shows C5's") })
    }

    @Test("when-not-current: not-reported says so for the publication's cycle and prints no older figure")
    func saysNotReported() throws {
        let (text, log) = try Self.texts(block: ", when-not-current: not-reported")
        #expect(text.contains("Not reported in Cycle 6"), "\(text)")
        #expect(!text.contains("125"), "\(text)")
        #expect(text.contains("New incidents"))
        #expect(log.diagnostics.contains { $0.rule == "older-period" && $0.message.contains("not reported in C6") })
    }

    @Test("the set's default applies where the block says nothing; a block's own choice wins")
    func setDefault() throws {
        #expect(try Self.texts(set: .notReported).0.contains("Not reported in Cycle 6"))
        #expect(try Self.texts(block: ", when-not-current: show-older", set: .notReported).0.contains("125"))
    }
}
