import A4PScene
import A4PText
import Foundation

/// Missions as dots on a map of the countries around them, with call-out boxes (a short text per
/// mission) in columns at the left and right edges of the map, joined to their dots by leader
/// lines. Places without a call-out get their name beside the dot. No title: the block around the
/// map gives it.
///
/// Layout rule: the region (given, or all places plus a margin) is fitted between the call-out
/// columns; the land runs on under the columns to the box's edges. A call-out goes to the column
/// on its mission's side of the region's middle meridian, boxes keep the north-to-south order of
/// their dots and are spread apart (never overlapping, never over a dot); a full column hands its
/// innermost call-out to the other one, then shortens its longest call-out a line at a time (down
/// to two), and what still does not fit is reported by name.
///
/// Right-to-left rule: call-out text is set right to left and each box's accent rule moves to its
/// right edge. Geography is never mirrored: west stays on the left, and a call-out stays on the
/// side of the map its mission lies on.
public struct MissionMap: Chart {
    public struct Place: Hashable, Sendable {
        public enum Status: Hashable, Sendable {
            case active
            /// Drawn as a hollow dot, "(closed)" after its name.
            case closed
        }
        public var label: String
        public var latitude: Double?
        public var longitude: Double?
        /// A short text; "\n" starts a new line.
        public var callout: String?
        public var status: Status
        public init(_ label: String, latitude: Double?, longitude: Double?, callout: String? = nil, status: Status = .active) {
            self.label = label; self.latitude = latitude; self.longitude = longitude
            self.callout = callout; self.status = status
        }
        /// nil when a coordinate is missing or off the globe.
        public var location: GeoPoint? {
            guard let latitude, let longitude else { return nil }
            let g = GeoPoint(longitude: longitude, latitude: latitude)
            return g.isValid ? g : nil
        }
    }

    public var name: String
    public var places: [Place]
    /// The area that must be shown; by default all places with a margin.
    public var region: GeoBox?
    public var projection: MapProjection.Kind
    /// Lines of call-out text at most (fewer when the columns are full).
    public var calloutMaxLines: Int

    public init(name: String, places: [Place], region: GeoBox? = nil, projection: MapProjection.Kind = .mercator,
                calloutMaxLines: Int = 4) {
        self.name = name; self.places = places; self.region = region
        self.projection = projection; self.calloutMaxLines = max(1, calloutMaxLines)
    }

    /// Drawing constants (points).
    static let dotRadius = 2.4
    static let landColor = Color(hex: 0xE1E1E1)

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "map '\(name)'")
        let theme = context.theme
        let language = theme.language

        // Places without coordinates are listed under the map, never put at 0°, 0°.
        let unknown = places.indices.filter { places[$0].location == nil }
        for i in unknown {
            canvas.report("'\(places[i].label)' has no coordinates: listed as location unknown, not placed on the map")
        }
        var drawn = places.indices.filter { places[$0].location != nil }
        if let region {
            for i in drawn where !region.contains(places[i].location!) {
                canvas.report("'\(places[i].label)' lies outside the map's region and is not shown")
            }
            drawn = drawn.filter { region.contains(places[$0].location!) }
        }
        let region = self.region ?? GeoBox.enclosing(drawn.map { places[$0].location! })?.padded()
            ?? GeoBox(west: -20, south: -35, east: 55, north: 38)

        var mapFrame = box
        let noteStyle = theme.style(.source)
        let footer = unknown.isEmpty ? nil
            : Words.locationUnknown(language) + ": " + unknown.map { places[$0].label }.joined(separator: ", ")
        if let footer {
            let h = canvas.paragraphHeight(footer, noteStyle, width: box.width, maxLines: 2)
            mapFrame.height -= h + theme.unit
        }

        let base: BaseMap?
        switch context.baseMap {
        case .success(let m): base = m
        case .failure(let e): base = nil; canvas.report(e.description)
        }

        // Call-out columns a quarter of the map, up to 20 ems of their text (150 pt at print size):
        // projected slides set larger text and keep about as many words to a line.
        // Columns whose call-outs would be cut short widen, up to 20 ems and 30 % of the map.
        let ems = (theme.sizes.axis * 20).rounded()
        let quarter = BoxStyle(theme: theme, columnWidth: min(ems, max(76, (box.width * 0.25).rounded())))
        var (layout, style) = MapLayout.widening(style: quarter, widest: min(ems, (box.width * 0.3).rounded()), engine: canvas.engine) { s in
            MapLayout.make(map: self, drawn: drawn, region: region, mapFrame: mapFrame, style: s, titleOnly: [], engine: canvas.engine)
        }
        if !layout.unlabelled.isEmpty {
            // Names with no room beside their dots go to the columns as title-only boxes.
            layout = MapLayout.make(map: self, drawn: drawn, region: region, mapFrame: mapFrame, style: style,
                                    titleOnly: Set(layout.unlabelled), engine: canvas.engine)
        }
        for p in layout.problems { canvas.report(p) }
        for i in layout.unlabelled { canvas.report("the name '\(places[i].label)' has no room beside its dot") }
        guard layout.innerFrame.width > 20, layout.innerFrame.height > 20 else {
            canvas.report("no room for the map beside its call-out columns (\(fmt(layout.innerFrame.width)) pt left)")
            return canvas.finish(altText: nil)
        }

        // Land, clipped to the map frame.
        if let base {
            let proj = layout.projection
            var shapes: [Node] = []
            for country in base.countries where proj.rect(country.bounds).intersects(mapFrame) {
                var path = Path()
                for ring in country.rings {
                    var last: Point?
                    for (k, g) in ring.enumerated() {
                        let p = proj.point(g)
                        if k == 0 { path.move(to: p) } else if let l = last, abs(l.x - p.x) + abs(l.y - p.y) < 0.15 {
                            continue
                        } else { path.line(to: p) }
                        last = p
                    }
                    path.close()
                }
                shapes.append(.shape(Shape(path: path, fill: Self.landColor,
                                           stroke: Stroke(color: .white, width: 0.5, join: .round))))
            }
            canvas.add(.group(Group(clip: .rect(mapFrame), children: shapes, name: "land")), what: "the land")
        }
        canvas.add(.shape(Shape(path: .rect(mapFrame.insetBy(dx: 0.25, dy: 0.25)), stroke: Stroke(color: theme.grid, width: 0.5))),
                   what: "the map frame")

        // Leader lines under the dots, then dots, names, boxes.
        for leader in layout.leaders {
            canvas.add(.shape(Shape(path: .polyline(leader.points), stroke: Stroke(color: theme.secondary, width: 0.5, join: .round))),
                       what: "the leader line of '\(places[leader.place].label)'")
        }
        for i in drawn {
            let p = layout.dots[i]!
            let closed = places[i].status == .closed
            canvas.add(.shape(Shape(path: .circle(center: p, radius: Self.dotRadius),
                                    fill: closed ? .white : theme.accent,
                                    stroke: Stroke(color: closed ? theme.secondary : .white, width: closed ? 1 : 0.75))),
                       what: "the dot of '\(places[i].label)'")
        }
        for (i, rect) in layout.labels {
            let closed = places[i].status == .closed
            let line = canvas.measure(title(i, language), theme.style(.axis, color: closed ? theme.secondary : theme.ink))
            canvas.place(line, at: Point(rect.minX, rect.minY), v: .top, what: "the name '\(places[i].label)'")
        }
        for b in layout.boxes { drawBox(b, style: style, canvas: &canvas) }
        if let footer {
            canvas.paragraph(footer, noteStyle, in: Rect(x: box.minX, y: mapFrame.maxY + theme.unit, width: box.width,
                                                         height: box.maxY - mapFrame.maxY - theme.unit), maxLines: 2)
        }
        return canvas.finish(altText: altText(drawn: drawn, unknown: unknown, layout: layout, language: language))
    }

    func title(_ i: Int, _ language: String) -> String {
        places[i].status == .closed ? "\(places[i].label) (\(Words.closed(language)))" : places[i].label
    }

    private func drawBox(_ b: MapLayout.Box, style: BoxStyle, canvas: inout Canvas) {
        let theme = canvas.theme
        let what = "the call-out of '\(places[b.place].label)'"
        canvas.add(.shape(Shape(path: .rect(b.rect.insetBy(dx: 0.25, dy: 0.25)), fill: .white,
                                stroke: Stroke(color: theme.grid, width: 0.5))), what: what)
        // The accent rule on the leading edge: left, or right on right-to-left pages.
        let ruleX = theme.isRightToLeft ? b.rect.maxX - style.rule : b.rect.minX
        canvas.fill(Rect(x: ruleX, y: b.rect.minY, width: style.rule, height: b.rect.height),
                    places[b.place].status == .closed ? theme.secondary : theme.accent)
        let textX = theme.isRightToLeft ? b.rect.minX + style.padX : b.rect.minX + style.rule + style.padX
        var y = b.rect.minY + style.padY
        let closed = places[b.place].status == .closed
        y += canvas.paragraph(title(b.place, theme.language), style.title.with(color: closed ? theme.secondary : theme.ink),
                              in: Rect(x: textX, y: y, width: style.textWidth, height: b.titleHeight), maxLines: 1)
        if let text = b.text {
            y += style.titleGap
            canvas.paragraph(text, style.text, in: Rect(x: textX, y: y, width: style.textWidth, height: b.rect.maxY - style.padY - y + 0.05),
                             maxLines: b.lines)
        }
    }

    private func altText(drawn: [Int], unknown: [Int], layout: MapLayout, language: String) -> String {
        var parts: [String] = []
        for i in drawn {
            let p = places[i], g = p.location!
            let ns = g.latitude >= 0 ? "N" : "S", ew = g.longitude >= 0 ? "E" : "W"
            var s = "\(title(i, language)) (\(fmt(abs(g.latitude)))° \(ns), \(fmt(abs(g.longitude)))° \(ew))"
            if let c = p.callout, !c.isEmpty, layout.boxes.contains(where: { $0.place == i && $0.text != nil }) {
                s += ": " + c.replacingOccurrences(of: "\n", with: " ")
            }
            parts.append(s)
        }
        var alt = (drawn.count == 1 ? Words.chart("alt-map-one", language) : Words.chart("alt-map", language, count: drawn.count)) + ". " + parts.joined(separator: "; ")
        if !unknown.isEmpty { alt += ". " + Words.word("location-unknown", language) + ": " + unknown.map { places[$0].label }.joined(separator: ", ") }
        return alt
    }
}
