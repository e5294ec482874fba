import A4PCharts
import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Foundation
import TestSupport
import Testing

/// The base map is read here, in LayoutSpec, and handed to the map chart (Charts reads no files).
@Suite("Base map file")
struct BaseMapFileTests {
    @Test("the shipped base map is found and read once: more than 150 countries, Juba in South Sudan")
    func world() throws {
        let map = try BaseMapFile.world.get()
        #expect(map.countries.count > 150)
        #expect(map.source.contains("Natural Earth"))
        let ssd = try #require(map.countries.first { $0.id == "SSD" })
        #expect(ssd.bounds.contains(GeoPoint(longitude: 31.58, latitude: 4.85)))
    }

    @Test("a file that is not the base map's JSON, or not a regular file, is reported by path")
    func unreadable() throws {
        let folder = try TempDir.make("a4p-basemap")
        let text = folder.appendingPathComponent(BaseMap.fileName)
        try "not json".write(to: text, atomically: true, encoding: .utf8)
        #expect(throws: BaseMapError.unreadable(text.path, "not the base map's JSON; make it again with scripts/make-basemap")) {
            try BaseMapFile.load(from: text)
        }
        #expect(throws: BaseMapError.unreadable(folder.path, "not a regular file; put the file from scripts/make-basemap there")) {
            try BaseMapFile.load(from: folder)
        }
    }

    static func groups(named name: String, in nodes: [Node]) -> [Group] {
        nodes.flatMap { n -> [Group] in
            guard case .group(let g) = n else { return [] }
            return (g.name == name ? [g] : []) + groups(named: name, in: g.children)
        }
    }

    @Test("a map block on a page draws the land of the base map the page builder hands in")
    func mapBlockHasLand() throws {
        let loaded = SpecLoader.parse("blocks:\n  - type: map\n    indicator: P1.04\n    height: 300\n", file: "test.yaml")
        var log = loaded.log
        let spec = try #require(loaded.spec)
        let outputs = SpecRenderer(dataset: SpecFixture.dataset, engine: SpecFixture.engine).render(spec, log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        let page = try #require(outputs.first?.document.pages.first)
        let land = Self.groups(named: "land", in: page.nodes)
        #expect(land.count == 1)
        #expect((land.first?.children.count ?? 0) > 10, "countries around the missions")
    }
}
