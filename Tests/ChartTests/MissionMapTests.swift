import A4PCairoRenderers
import A4PCharts
import A4PRender
import A4PScene
import Foundation
import Testing

@Suite("Mission map")
struct MissionMapTests {
    typealias P = MissionMap.Place
    // Reference HQ-city coordinates (Data/missions.csv); call-outs condensed from seed 002.
    let unifil = P("UNIFIL", latitude: 33.12, longitude: 35.14, callout: "Liaison and de-escalation across the Blue Line.")
    let unmiss = P("UNMISS", latitude: 4.85, longitude: 31.58, callout: "Supported electoral and constitution-making processes.")
    let minusca = P("MINUSCA", latitude: 4.37, longitude: 18.56, callout: "Local reconciliation mechanisms supported.")
    let minurso = P("MINURSO", latitude: 27.15, longitude: -13.2)
    let untso = P("UNTSO", latitude: 31.77, longitude: 35.21)
    let small = Size(300, 200)

    /// Writes a 2× PNG of the rendering to /tmp when A4P_MAP_PREVIEW is set, for looking at.
    static func preview(_ doc: Document, _ name: String) throws {
        guard ProcessInfo.processInfo.environment["A4P_MAP_PREVIEW"] != nil else { return }
        let png = try RendererRegistry.standard.renderer(named: "png", options: RenderOptions(scale: 2)).render(doc).first?.bytes ?? []
        try Data(png).write(to: URL(fileURLWithPath: "/tmp/map-preview-\(name).png"))
    }

    static func shapes(_ nodes: [Node]) -> [Shape] {
        nodes.flatMap { n -> [Shape] in
            switch n {
            case .shape(let s): [s]
            case .group(let g): g.name == "land" ? [] : shapes(g.children)
            default: []
            }
        }
    }

    /// Call-out boxes: white-filled rectangles with a thin grey stroke.
    static func boxes(_ r: ChartRendering) -> [Rect] {
        shapes(r.nodes).compactMap { s in
            s.fill == .white && s.stroke?.width == 0.5 ? s.path.bounds : nil
        }
    }

    /// Dot centres: small circles.
    static func dots(_ r: ChartRendering) -> [Rect] {
        shapes(r.nodes).compactMap { s in
            guard let b = s.path.bounds, b.width < 6, abs(b.width - b.height) < 0.01, s.stroke != nil else { return nil }
            return b
        }
    }

    @Test("the base map decodes: more than 150 countries")
    func baseMap() throws {
        let map = try ChartHarness.baseMap.get()
        #expect(map.countries.count > 150)
        #expect(map.source.contains("Natural Earth"))
        let ssd = try #require(map.countries.first { $0.id == "SSD" })
        #expect(ssd.bounds.contains(GeoPoint(longitude: 31.58, latitude: 4.85)), "Juba lies in South Sudan's box")
    }

    static func land(_ r: ChartRendering) -> Group? {
        r.nodes.lazy.compactMap { n -> Group? in if case .group(let g) = n, g.name == "land" { return g } else { return nil } }.first
    }

    @Test("the land is the base map handed in through the context: one square country gives one shape")
    func landFromTheContext() throws {
        let ring = [GeoPoint(longitude: 25, latitude: 0), GeoPoint(longitude: 38, latitude: 0),
                    GeoPoint(longitude: 38, latitude: 12), GeoPoint(longitude: 25, latitude: 12)]
        let square = BaseMap(countries: [.init(id: "SQR", name: "Square", rings: [ring], bounds: try #require(GeoBox.enclosing(ring)))],
                             source: "test")
        var context = ChartHarness.context()
        context.baseMap = .success(square)
        let chart = MissionMap(name: "Square", places: [unmiss])
        let r = chart.render(in: Rect(x: 10, y: 10, width: small.width, height: small.height), context: context)
        #expect(r.problems.isEmpty, "\(r.problems)")
        let land = try #require(Self.land(r))
        #expect(land.children.count == 1, "the one country of the map handed in, nothing read from Data/geo")
        if case .shape(let shape)? = land.children.first { #expect(shape.fill == Color(hex: 0xE1E1E1)) } else { Issue.record("land is a shape") }
    }

    @Test("without a base map in the context the map says so and draws dots without land")
    func noBaseMap() throws {
        let context = ChartContext(engine: ChartHarness.engine, theme: .forLanguage("en"))
        let r = MissionMap(name: "Bare", places: [unmiss, minurso]).render(in: Rect(x: 10, y: 10, width: small.width, height: small.height),
                                                                            context: context)
        #expect(r.problems.map(\.description) == ["map 'Bare': \(BaseMapError.notGiven)"])
        #expect(Self.land(r) == nil)
        #expect(Self.dots(r).count == 2)
    }

    @Test("projection: UNMISS (Juba) lies east and south of MINURSO (Laayoune) on the page", arguments: [MapProjection.Kind.mercator, .equirectangular])
    func projection(kind: MapProjection.Kind) {
        let region = GeoBox(west: -20, south: -10, east: 40, north: 40)
        let proj = MapProjection(kind, fitting: region, into: Rect(x: 0, y: 0, width: 300, height: 200))
        let juba = proj.point(GeoPoint(longitude: 31.6, latitude: 4.85))
        let laayoune = proj.point(GeoPoint(longitude: -13.2, latitude: 27.15))
        #expect(juba.x > laayoune.x, "east is right")
        #expect(juba.y > laayoune.y, "south is down")
        let r = proj.rect(region)
        #expect(Rect(x: 0, y: 0, width: 300, height: 200).contains(r, tolerance: 0.01), "the region fits the frame")
        #expect(abs(r.minX + r.width / 2 - 150) < 0.01 && abs(r.minY + r.height / 2 - 100) < 0.01, "and is centred")
    }

    @Test("a small map with call-outs and names; reference image")
    func basic() throws {
        let chart = MissionMap(name: "Highlights", places: [unifil, unmiss, minurso, untso])
        let (r, doc) = ChartHarness.render(chart, size: small)
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r).joined(separator: " ")
        for name in ["UNIFIL", "UNMISS", "MINURSO", "UNTSO"] { #expect(texts.contains(name), "\(name) is named") }
        #expect(Self.boxes(r).count == 2, "one box per call-out")
        #expect(r.altText?.contains("UNMISS (4.9° N, 31.6° E): Supported electoral") == true, "\(r.altText ?? "")")
        try Self.preview(doc, "basic")
        try ChartHarness.expectMatchesReference(doc, "map-basic")
    }

    @Test("nothing leaves the box; land is clipped to the map frame")
    func containment() throws {
        for size in [Size(300, 200), Size(523, 300), Size(200, 260)] {
            let chart = MissionMap(name: "All", places: [unifil, unmiss, minusca, minurso, untso])
            let (r, _) = ChartHarness.render(chart, size: size)
            #expect(r.problems.isEmpty, "\(size): \(r.problems)")
            ChartHarness.expectInside(r)
            let land = r.nodes.compactMap { n -> Group? in if case .group(let g) = n, g.name == "land" { return g } else { return nil } }
            #expect(land.count == 1)
            #expect(land.first?.clip != nil && land.first!.children.count > 10)
        }
    }

    @Test("long call-outs are cut to a few lines; boxes never overlap each other or cover a dot")
    func longCallouts() throws {
        let long = String(repeating: "A very long political highlight that goes on and on about dialogue and restraint. ", count: 4)
        let near: [P] = [
            P("UNDOF", latitude: 33.1, longitude: 35.9, callout: long), P("UNIFIL", latitude: 33.12, longitude: 35.14, callout: long),
            P("UNFICYP", latitude: 35.17, longitude: 33.36, callout: long), P("UNTSO", latitude: 31.77, longitude: 35.21, callout: long),
            P("UNMISS", latitude: 4.85, longitude: 31.58, callout: long), P("MINUSCA", latitude: 4.37, longitude: 18.56, callout: long),
            P("MONUSCO", latitude: -4.32, longitude: 15.31, callout: long),
        ]
        let (r, doc) = ChartHarness.render(MissionMap(name: "Long", places: near), size: Size(523, 300))
        ChartHarness.expectInside(r)
        #expect(r.problems.isEmpty, "\(r.problems)")
        let boxes = Self.boxes(r)
        #expect(boxes.count == near.count)
        for i in boxes.indices { for j in boxes.indices where i < j {
            #expect(!boxes[i].intersects(boxes[j]), "\(boxes[i]) overlaps \(boxes[j])")
        } }
        for d in Self.dots(r) { for b in boxes { #expect(!b.intersects(d), "box \(b) covers dot \(d)") } }
        #expect(ChartHarness.texts(r).contains { $0.hasSuffix("…") }, "cut text ends with an ellipsis")
        try Self.preview(doc, "long")
    }

    @Test("call-outs that cannot fit are reported by name")
    func tooMany() {
        let long = String(repeating: "Dialogue, restraint and reconciliation at every level. ", count: 3)
        let many = (0..<12).map { P("M\($0)", latitude: Double($0) * 3, longitude: 10 + Double($0), callout: long) }
        let (r, _) = ChartHarness.render(MissionMap(name: "Crowded", places: many), size: Size(300, 120))
        ChartHarness.expectInside(r)
        let messages = r.problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix("map 'Crowded': the call-out of 'M") && $0.contains("does not fit") }, "\(messages)")
    }

    @Test("Arabic: text right to left, accent rules on the right, geography not mirrored")
    func arabic() throws {
        let places = [P("يونيفيل", latitude: 33.12, longitude: 35.14, callout: "خفض التصعيد على جانبي الخط الأزرق."),
                      P("مينورسو", latitude: 27.15, longitude: -13.2, callout: "مراقبة وقف إطلاق النار."),
                      P("أنميس", latitude: 4.85, longitude: 31.58)]
        let (r, doc) = ChartHarness.render(MissionMap(name: "خريطة", places: places), size: small, language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let boxes = Self.boxes(r).sorted { $0.minX < $1.minX }
        #expect(boxes.count == 2)
        // MINURSO (west) keeps the left column, UNIFIL (east) the right one.
        let west = try #require(boxes.first), east = try #require(boxes.last)
        func runX(_ part: String) -> Double? {
            r.nodes.compactMap { n -> Double? in if case .text(let run) = n, run.text.contains(part) { return run.bounds.minX + run.bounds.width / 2 } else { return nil } }.first
        }
        #expect((runX("مينورسو") ?? .infinity) < west.maxX && (runX("يونيفيل") ?? 0) > east.minX)
        // Accent rules hug the right edge of each box.
        let rules = Self.shapes(r.nodes).compactMap { s -> Rect? in
            guard s.fill == ChartHarness.context("ar").theme.accent, s.stroke == nil, let b = s.path.bounds, b.width < 2 else { return nil }
            return b
        }
        #expect(rules.count == 2)
        for rule in rules { #expect(boxes.contains { abs($0.maxX - rule.maxX) < 0.3 }, "rule \(rule) on a box's right edge") }
        try Self.preview(doc, "arabic")
        try ChartHarness.expectMatchesReference(doc, "map-arabic")
    }

    @Test("a place without coordinates is listed as location unknown, never drawn at 0°, 0°")
    func missingCoordinates() throws {
        let chart = MissionMap(name: "Missing", places: [unmiss, minurso, P("HQ", latitude: nil, longitude: nil, callout: "New York")])
        let (r, doc) = ChartHarness.render(chart, size: small)
        ChartHarness.expectInside(r)
        #expect(r.problems.map(\.description) == ["map 'Missing': 'HQ' has no coordinates: listed as location unknown, not placed on the map"])
        #expect(Self.dots(r).count == 2, "two dots")
        #expect(Self.boxes(r).count == 1, "no box for the unknown place")
        let texts = ChartHarness.texts(r).joined(separator: " ")
        #expect(texts.contains("Location unknown: HQ"), "\(texts)")
        #expect(r.altText?.contains("Location unknown: HQ") == true)
        try Self.preview(doc, "missing")
    }

    @Test("a place outside a given region is reported, not drawn")
    func outsideRegion() {
        let chart = MissionMap(name: "Middle East", places: [unifil, untso, unmiss],
                               region: GeoBox(west: 30, south: 28, east: 40, north: 37))
        let (r, _) = ChartHarness.render(chart, size: small)
        ChartHarness.expectInside(r)
        #expect(r.problems.map(\.description) == ["map 'Middle East': 'UNMISS' lies outside the map's region and is not shown"])
        #expect(Self.dots(r).count == 2)
    }

    @Test("gallery samples render without problems")
    func gallery() throws {
        for entry in GalleryEntry.maps {
            #expect(ObjectIdentifier(entry.chart) == ObjectIdentifier(MissionMap.self))
            for (k, s) in entry.samples.enumerated() {
                let (r, doc) = ChartHarness.render(s.chart, size: s.size, language: s.language)
                #expect(r.problems.isEmpty, "\(s.caption): \(r.problems)")
                ChartHarness.expectInside(r)
                try Self.preview(doc, "gallery-\(k)")
            }
        }
    }

    @Test("a full column shortens its longest call-out first; short call-outs and the other column keep every line")
    func fullColumnShortensLongest() throws {
        // P6.08 texts of cycle 6 (Data/observations.csv, condensed from seed 001), UNMISS's twice over:
        // too long for the column at any width it may widen to.
        let text = try Self.activities(long: String(repeating: Self.unmiss + " ", count: 2))
        #expect(text.contains("…"), "the longest call-out of the full column is the one cut: \(text)")
    }

    @Test("a call-out cut short in a quarter-width column gets a wider column, up to 30 % of the map, and keeps its last words")
    func cutCalloutWidens() throws {
        let text = try Self.activities(long: Self.unmiss)
        #expect(!text.contains("…") && text.contains("Tambura conflict."), "\(text)")
    }

    static let unmiss = "Human-centred storytelling; rapid statements and Radio Miraya programming during the Tambura conflict."

    /// The text of a 420 × 170 pt map of five missions' call-outs, UNMISS's `long`; every short call-out
    /// and the left column's whole text are on it.
    static func activities(long: String) throws -> String {
        let places = [
            P("UNMIK", latitude: 42.66, longitude: 21.17, callout: "Debunking via press statements; monitoring with Pikasa; fact-checking training for journalists."),
            P("UNFICYP", latitude: 35.17, longitude: 33.36, callout: "Pre-emptive media lines."),
            P("UNIFIL", latitude: 33.12, longitude: 35.14, callout: "Daily contact with media."),
            P("UNISFA", latitude: 9.59, longitude: 28.44, callout: "Regular briefings."),
            P("UNMISS", latitude: 4.85, longitude: 31.58, callout: long),
        ]
        let map = MissionMap(name: "Activities", places: places, region: GeoBox(west: 10, south: 0, east: 40, north: 45))
        let (r, _) = ChartHarness.render(map, size: Size(420, 170))
        let text = ChartHarness.texts(r).joined(separator: " ")
        for short in ["Pre-emptive media lines.", "Daily contact with media.", "Regular briefings."] {
            #expect(text.contains(short), "\(short) in \(text)")
        }
        #expect(text.contains("fact-checking training for") && text.contains("journalists."), "the left column keeps its lines: \(text)")
        ChartHarness.expectInside(r)
        return text
    }
}
