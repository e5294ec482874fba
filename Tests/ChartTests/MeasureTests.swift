import A4PCharts
import A4PScene
import A4PText
import Testing

/// `size(for:in:)`: every kind measures itself without rendering, and the measure holds when the
/// chart is then drawn at that height (issue 13, "measure, then place").
@Suite("Measure")
struct MeasureTests {
    /// Every gallery sample with the name of its chart type.
    static let samples: [(kind: String, sample: GallerySample)] = GalleryEntry.all.flatMap { e in e.samples.map { (e.kind, $0) } }

    static let hanging: Set<String> = ["TrendTable", "CheckMatrix", "DotRating", "ImpactMatrix", "ScaleStrip"]

    /// The box a page would give the chart: not at the origin, as under a title.
    static func box(width: Double, height: Double) -> Rect { Rect(x: 10, y: 37.3, width: width, height: height) }

    static func bottom(_ r: ChartRendering) -> Double? { r.nodes.compactMap(\.bounds).map(\.maxY).max() }

    @Test("every kind of the gallery draws without problems at its measured height")
    func everyKindFits() {
        var kinds = Set<String>()
        for (kind, s) in Self.samples {
            let context = ChartHarness.context(s.language)
            let size = s.chart.size(for: s.size.width, in: context)
            #expect(size.problems.isEmpty, "\(kind) '\(s.caption)': \(size.problems)")
            #expect(size.height.isFinite && size.height > 0, "\(kind) '\(s.caption)'")
            let r = s.chart.render(in: Self.box(width: s.size.width, height: size.height), context: context)
            #expect(r.problems.isEmpty, "\(kind) '\(s.caption)' at \(size.height) pt: \(r.problems)")
            ChartHarness.expectInside(r)
            kinds.insert(kind)
        }
        #expect(kinds.count == Set(GalleryEntry.all.map(\.kind)).count, "a gallery kind without samples")
    }

    @Test("tables, matrices, ratings and strips end within 14 pt of their measured box")
    func hangingKindsAreTight() {
        for (kind, s) in Self.samples where Self.hanging.contains(kind) {
            let context = ChartHarness.context(s.language)
            let size = s.chart.size(for: s.size.width, in: context)
            let box = Self.box(width: s.size.width, height: size.height)
            let r = s.chart.render(in: box, context: context)
            let bottom = Self.bottom(r) ?? box.minY
            #expect(bottom <= box.maxY + 0.05 && box.maxY - bottom <= 14, "\(kind) '\(s.caption)': content ends at \(bottom), box at \(box.maxY)")
        }
    }

    /// The height the page builder found before the measure phase: a generous render, then renders
    /// at the content's bottom plus 2, 4, 8 or 14 pt until one drew without problems.
    static func shrunkHeight(_ chart: any Chart, width: Double, generous: Double, context: ChartContext) -> Double {
        let box = Self.box(width: width, height: max(10, generous))
        let rendering = chart.render(in: box, context: context)
        if rendering.problems.isEmpty, let bottom = Self.bottom(rendering), bottom < box.maxY - 1 {
            for margin in [2.0, 4, 8, 14] where bottom - box.y + margin < box.height {
                var tight = box
                tight.height = bottom - box.y + margin
                if chart.render(in: tight, context: context).problems.isEmpty { return tight.height }
            }
        }
        return generous
    }

    /// The generous heights the page builder started from.
    static func generous(_ chart: any Chart) -> Double? {
        switch chart {
        case let c as TrendTable: Double(c.rows.count + 2) * 34 + 16
        case let c as CheckMatrix: Double(c.rows.count + 3) * 28 + 16
        case let c as DotRating: Double(c.rows.count + 3) * 28 + 16
        case let c as ImpactMatrix: Double(c.rows.count + 3) * 34 + 16
        case is ScaleStrip: 120
        default: nil
        }
    }

    @Test("the hanging kinds measure the height the trial renders used to find, at several widths")
    func hangingKindsMatchTheShrinkLoop() {
        for (kind, s) in Self.samples where Self.hanging.contains(kind) {
            let generous = Self.generous(s.chart)!
            for language in [s.language, "ar", "zh"] {
                let context = ChartHarness.context(language)
                for width in [s.size.width, s.size.width * 0.6, s.size.width * 1.4, 150] {
                    let measured = s.chart.size(for: width, in: context).height
                    let shrunk = Self.shrunkHeight(s.chart, width: width, generous: generous, context: context)
                    #expect(abs(measured - shrunk) < 1e-9, "\(kind) '\(s.caption)' \(language) at \(width) pt: measured \(measured), trial renders \(shrunk)")
                }
            }
        }
    }

    @Test("a width too narrow for a table at any height is a problem of its measure, as of its rendering")
    func narrowWidthsAreProblems() {
        for (kind, s) in Self.samples where Self.hanging.contains(kind) || kind == "TextBox" {
            let context = ChartHarness.context(s.language)
            for width in [20.0, 45, 70] {
                let size = s.chart.size(for: width, in: context)
                if width == 20 { #expect(!size.problems.isEmpty, "\(kind) '\(s.caption)' fits 20 pt") }
                let r = s.chart.render(in: Self.box(width: width, height: size.height), context: context)
                #expect(size.problems == r.problems, "\(kind) '\(s.caption)' at \(width) pt: measured \(size.problems), drawn \(r.problems)")
            }
        }
    }

    /// The run of the biggest type the rendering draws, the topmost of equals: the hero number.
    static func heroRun(_ r: ChartRendering) -> GlyphRun? {
        r.nodes.compactMap { node -> GlyphRun? in if case .text(let run) = node { run } else { nil } }
            .max { ($0.size, -$0.origin.y) < ($1.size, -$1.origin.y) }
    }

    @Test("a KPI tile's or waffle's hero baseline is where its big number is drawn")
    func heroBaseline() throws {
        var tiles = Self.samples.filter { $0.kind == "KPITile" || $0.kind == "Waffle" }
            .map { ($0.sample.chart, $0.sample.size.width, $0.sample.language) }
        tiles += [
            (KPITile(value: 72, caption: "of missions applied gender analysis", format: .percent(), ringTotal: 100), 120, "en"),
            (KPITile(value: 1_234_567, caption: String(repeating: "very long caption words ", count: 8), previous: 1_000_000), 90, "fr"),
            (KPITile(value: 7, caption: "بعثات لديها استراتيجية سياسية", previous: 6), 180, "ar"),
        ]
        for (chart, width, language) in tiles {
            let context = ChartHarness.context(language)
            let size = chart.size(for: width, in: context)
            let hero = try #require(size.heroBaseline, "\(chart.name) has no hero baseline")
            let box = Self.box(width: width, height: size.height)
            let run = try #require(Self.heroRun(chart.render(in: box, context: context)))
            #expect(abs(run.origin.y - box.minY - hero) < 1e-9, "\(chart.name): drawn at \(run.origin.y - box.minY), measured \(hero)")
        }
        let table = try #require(Self.samples.first { $0.kind == "TrendTable" }?.sample)
        #expect(table.chart.size(for: table.size.width, in: ChartHarness.context()).heroBaseline == nil)
    }

    @Test("a text box measures its paragraphs without the bold markers, as plain text")
    func textBoxMeasuresPlainText() {
        let context = ChartHarness.context()
        let bold = TextBox(heading: "Highlights", paragraphs: ["**MINUSCA** and **UNMISS** reported new strategies.", "• A bullet"])
        let plain = TextBox(heading: "Highlights", paragraphs: ["MINUSCA and UNMISS reported new strategies.", "• A bullet"])
        #expect(bold.size(for: 200, in: context).height == plain.size(for: 200, in: context).height)
        let engine = ChartHarness.engine, theme = context.theme
        let expected = engine.paragraph("MINUSCA and UNMISS reported new strategies.", style: theme.style(.body), width: 172).height + 6
            + engine.paragraph("• A bullet", style: theme.style(.body), width: 172).height + 6 + 40
        #expect(abs(plain.size(for: 200, in: context).height - expected) < 1e-9)
    }
}
