import A4PCairoRenderers
import A4PCharts
import A4PRender
import A4PScene
import Foundation
import Testing

/// Helpers of the table-kind tests (kept here, the harness is shared with other kinds).
extension ChartHarness {
    /// Every glyph run the chart draws.
    static func tableRuns(_ r: ChartRendering) -> [GlyphRun] {
        func collect(_ nodes: [Node]) -> [GlyphRun] {
            nodes.flatMap { n -> [GlyphRun] in
                switch n {
                case .text(let run): [run]
                case .group(let g): collect(g.children)
                default: []
                }
            }
        }
        return collect(r.nodes)
    }

    /// The first run whose text is `text` (or contains it when `exact` is false).
    static func tableRun(_ r: ChartRendering, _ text: String, exact: Bool = true) -> GlyphRun? {
        tableRuns(r).first { exact ? $0.text == text : $0.text.contains(text) }
    }

    static func shapes(_ r: ChartRendering) -> [Shape] {
        r.nodes.compactMap { if case .shape(let s) = $0 { s } else { nil } }
    }

    /// Every gallery sample of `kind` fits its box without problems. With A4P_TABLES_DUMP=dir,
    /// writes each as a 2× PNG there to look at.
    static func expectGallerySamples(_ type: any Chart.Type, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let kind = String(describing: type)
        let entry = try #require(GalleryEntry.all.first { ObjectIdentifier($0.chart) == ObjectIdentifier(type) }, sourceLocation: sourceLocation)
        #expect(entry.samples.count >= 2, sourceLocation: sourceLocation)
        for (i, sample) in entry.samples.enumerated() {
            let (r, doc) = render(sample.chart, size: sample.size, language: sample.language)
            #expect(r.problems.isEmpty, "\(kind) sample \(i) '\(sample.caption)': \(r.problems)", sourceLocation: sourceLocation)
            expectInside(r, sourceLocation: sourceLocation)
            if let dir = ProcessInfo.processInfo.environment["A4P_TABLES_DUMP"] {
                let png = try RendererRegistry.standard.renderer(named: "png", options: RenderOptions(scale: 2)).render(doc)
                try Data(png[0].bytes).write(to: URL(fileURLWithPath: "\(dir)/\(kind)-\(i).png"))
            }
        }
    }
}

@Suite("Trend table")
struct TrendTableTests {
    static func tpp(_ labels: [String] = ["Engineering", "Medical", "C4ISR", "Total"],
                    columns: [String] = ["Activities", "Participants", "Women"], medical: ChartValue = 87) -> TrendTable {
        TrendTable(name: "TPP table", labelHeader: "Area", columns: [.init(columns[0]), .init(columns[1]), .init(columns[2], format: .percent())],
                   rows: [
                    .init(labels[0], [.trend(7, previous: 6), .trend(146, previous: 110), .trend(9, previous: 5)]),
                    .init(labels[1], [.trend(4, previous: 8), .trend(medical, previous: 85), .trend(15, previous: 37)]),
                    .init(labels[2], [.value(12), .value(.number(914, .approximately)), .trend(9, previous: 12)]),
                    .init(labels[3], [.trend(23, previous: 19), .trend(367, previous: 306), .trend(19, previous: 22)], isTotal: true),
                   ])
    }

    @Test("trends computed, numbers end-aligned, inside its box; matches its reference")
    func basic() throws {
        let (r, doc) = ChartHarness.render(Self.tpp(), size: Size(300, 90))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let texts = ChartHarness.texts(r).joined()
        #expect(texts.contains("7 (↑ from 6)"))
        #expect(texts.contains("9% (↓ from 12%)"))
        #expect(texts.contains("≈914"), "qualifier kept")
        // End-aligned: the right edges of a column's cells coincide.
        let a = try #require(ChartHarness.tableRun(r, " from 6)")), b = try #require(ChartHarness.tableRun(r, "12"))
        #expect(abs(a.bounds.maxX - b.bounds.maxX) < 0.5)
        try ChartHarness.expectMatchesReference(doc, "trend-table-basic")
    }

    @Test("an unknown value is '..' (not reported), a stated none '–', never 0; the key names what is used")
    func missing() throws {
        let table = Self.tpp(medical: .absent())
        let (r, _) = ChartHarness.render(table, size: Size(300, 90))
        #expect(r.problems.isEmpty, "\(r.problems)")
        let texts = ChartHarness.texts(r)
        #expect(texts.contains(".."))
        #expect(table.symbolKey(language: "en") == ".. not reported")
        let none = Self.tpp(medical: .absent(state: .none))
        #expect(ChartHarness.texts(ChartHarness.render(none, size: Size(300, 90)).0).contains("–"))
        #expect(none.symbolKey(language: "fr") == "– aucun")
        #expect(!texts.contains { $0.hasPrefix("0") })
        #expect(!texts.joined().contains("from 85"), "no trend from an absent value")
    }

    @Test("long labels wrap to two lines then end with …")
    func longLabels() throws {
        let long = "Uniformed personnel trained through specialised in-mission courses run by the Triangular Partnership Programme"
        let (r, doc) = ChartHarness.render(Self.tpp([long, "Medical", "C4ISR", "Total"]), size: Size(300, 100))
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let runs = ChartHarness.tableRuns(r).filter { long.contains($0.text.replacingOccurrences(of: "…", with: "").trimmingCharacters(in: .whitespaces)) && $0.text.count > 3 }
        #expect(runs.count == 2, "\(runs.map(\.text))")
        #expect(runs.last?.text.hasSuffix("…") == true)
        try ChartHarness.expectMatchesReference(doc, "trend-table-long")
    }

    @Test("right to left: first column on the right, numbers shaped left to right")
    func arabic() throws {
        let t = Self.tpp(["الهندسة", "الطب", "القيادة والسيطرة", "المجموع"], columns: ["الأنشطة", "المشاركون", "النساء"])
        let (r, doc) = ChartHarness.render(t, size: Size(300, 120), language: "ar")
        #expect(r.problems.isEmpty, "\(r.problems)")
        ChartHarness.expectInside(r)
        let label = try #require(ChartHarness.tableRun(r, "الهندسة"))
        let value = try #require(ChartHarness.tableRun(r, "146"))
        let women = try #require(ChartHarness.tableRun(r, "النساء"))
        #expect(label.bounds.minX > value.bounds.maxX, "label column right of the values")
        #expect(women.bounds.maxX < value.bounds.minX, "last column at the left")
        #expect(ChartHarness.texts(r).joined().contains("≈914"))
        #expect(r.altText?.contains("7 (↑ من 6)") == true, "trend in Arabic words, digits left to right")
        try ChartHarness.expectMatchesReference(doc, "trend-table-arabic")
    }

    @Test("too small a box is reported, naming the chart")
    func tooSmall() {
        let (r, _) = ChartHarness.render(Self.tpp(), size: Size(300, 40))
        #expect(r.problems.contains { $0.chart == "TPP table" && $0.message.contains("height") }, "\(r.problems)")
        ChartHarness.expectInside(r)
        let (r2, _) = ChartHarness.render(Self.tpp(), size: Size(120, 90))
        #expect(r2.problems.contains { $0.chart == "TPP table" && $0.message.contains("width") }, "\(r2.problems)")
    }

    @Test("gallery samples fit")
    func gallery() throws { try ChartHarness.expectGallerySamples(TrendTable.self) }
}
