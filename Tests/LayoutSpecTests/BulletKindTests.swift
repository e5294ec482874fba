import A4PIndicators
@testable import A4PLayoutSpec
import A4PCharts
import A4PRender
import Foundation
import TestSupport
import Testing

/// The `bullet` kind: a value against the target the data holds for it.
@Suite("Bullet blocks: a value against its target from the data")
struct BulletKindTests {
    func render(_ block: String) throws -> (output: SpecOutput?, diagnostics: [Diagnostic]) {
        let (outputs, log) = try SpecFixture.renderInline(block)
        return (outputs.first, log.sorted)
    }

    @Test("P3.21 against P3.21b: >26% with the 10% target, both figures shown and sourced, text extractable")
    func pilotNetwork() throws {
        let (out, diagnostics) = try render("""
              - type: bullet
                id: pilot
                title: "UNMISS pilot network"
                indicator: P3.21
                target-indicator: P3.21b
                mission: UNMISS
            """)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let output = try #require(out)
        #expect(output.shown.contains { $0.indicator == "P3.21" && $0.mission == "UNMISS" })
        #expect(output.shown.contains { $0.indicator == "P3.21b" && $0.mission == "UNMISS" })
        let asset = try #require(output.assets.first { $0.id == "pilot" })
        #expect(asset.altText?.contains(">26%") == true, "\(asset.altText ?? "")")
        #expect(asset.altText?.contains("10%") == true, "\(asset.altText ?? "")")
        let dir = try TempDir.make()
        let files = try DocumentExport(registry: .standard).write(output.document, name: "b", formats: ["pdf"], to: dir)
        let text = try ExternalTool.run("pdftotext", [files[0].path, "-"]).stdout
        for expected in [">26%", "Target", "10%", "Source: A/79/553/Add.1"] {
            #expect(text.contains(expected), "'\(expected)' missing from: \(text)")
        }
    }

    @Test("an unknown target indicator is an error at its line, not a silent bar without target")
    func unknownTarget() throws {
        let (_, diagnostics) = try render("""
              - type: bullet
                indicator: P3.21
                target-indicator: P9.99
                mission: UNMISS
            """)
        let error = try #require(diagnostics.first { $0.rule == "unknown-indicator" || $0.message.contains("P9.99") })
        #expect(error.severity == .error)
        #expect(error.position.line == 6)
    }
}
