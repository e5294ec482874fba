import A4PCairoRenderers
import A4PIndicators
import A4PLayoutSpec
import A4PRender
import Foundation
import Testing

/// Every number of the shipped dataset set to one extreme (the bounds validation allows, and the
/// non-finite ones no CSV can hold but a library caller can), then shipped specs laid out and drawn:
/// nothing may trap or hang; layout problems are reported as diagnostics.
@Suite("Extreme data values through specs")
struct DataExtremesTests {
    static let values: [Double] = [InputLimits.maxValue, -InputLimits.maxValue, 0, 1e-12, -0.5, .nan, .infinity, -.infinity]
    static let specs: [(String, String?)] = [
        ("Specs/examples/every-block.yaml", nil), ("Specs/publication/overview.yaml", nil),
        ("Specs/publication/missions/factsheet.yaml", "UNMISS"), ("Specs/publication/priorities/P3.yaml", nil),
        ("Specs/publication/slides/factsheet-slide.yaml", "MINUSCA"),
    ]

    static func dataset(_ v: Double) -> Dataset {
        let d = SpecFixture.dataset
        let observations = d.observations.map { o -> Observation in
            var o = o
            if case .number = o.value { o.value = .number(v, text: "\(v)") }
            return o
        }
        return Dataset(priorities: d.priorities, missions: d.missions, periods: d.periods, indicators: d.indicators,
                       scales: Array(d.scales.values), breakdowns: Array(d.breakdowns.values), sources: Array(d.sources.values),
                       observations: observations, c34: d.c34)
    }

    @Test("shipped specs lay out and draw with every value at an extreme", arguments: values)
    func extreme(_ v: Double) throws {
        let dataset = Self.dataset(v)
        for (path, only) in Self.specs {
            let loaded = try SpecLoader.load(path: ShippedSpecs.path(path))
            let spec = try #require(loaded.spec)
            var log = DiagnosticLog()
            let outputs = SpecRenderer(dataset: dataset, engine: SpecFixture.engine).render(spec, only: only, log: &log)
            #expect(!outputs.isEmpty, "\(path) at \(v): \(log.sorted.prefix(3))")
            if path.hasSuffix("every-block.yaml"), let document = outputs.first?.document {
                for format in ["pdf", "png", "svg"] {
                    _ = try RendererRegistry.standard.renderer(named: format, options: RenderOptions(scale: 0.25)).render(document)
                }
            }
        }
    }
}
