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
/// innermost call-out to the other one, then all call-outs lose a line, and what still does not
/// fit is reported by name.
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

        let style = BoxStyle(theme: theme, columnWidth: min(150, max(76, (box.width * 0.25).rounded())))
        var layout = MapLayout.make(map: self, drawn: drawn, region: region, mapFrame: mapFrame, style: style,
                                    titleOnly: [], engine: canvas.engine)
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
        var alt = "Map of \(drawn.count) \(drawn.count == 1 ? "place" : "places"). " + parts.joined(separator: "; ")
        if !unknown.isEmpty { alt += ". Location unknown: " + unknown.map { places[$0].label }.joined(separator: ", ") }
        return alt
    }
}

/// Sizes and styles of a call-out box.
struct BoxStyle {
    let columnWidth: Double
    let rule = 1.5
    let padX = 4.0
    let padY = 3.0
    let titleGap = 0.5
    let title: TextStyle
    let text: TextStyle
    /// Boxes keep this far from the map frame's edge and from each other.
    let inset: Double
    let gap: Double
    /// Between a column and the part of the map that holds the dots.
    let gutter: Double

    init(theme: Theme, columnWidth: Double) {
        self.columnWidth = columnWidth
        title = theme.style(.axis, color: theme.ink, weight: .bold)
        text = theme.style(.axis, color: theme.ink)
        inset = theme.unit
        gap = theme.unit
        gutter = theme.unit * 3
    }
    var textWidth: Double { columnWidth - rule - 2 * padX }
}

/// Where everything of a map goes: frames, projection, dots, boxes, leaders, names.
struct MapLayout {
    struct Box {
        var place: Int
        var rect: Rect
        var text: String?
        var lines: Int
        var titleHeight: Double
    }
    struct Leader { var place: Int; var points: [Point] }
    enum Side { case left, right }

    var innerFrame: Rect
    var projection: MapProjection
    var dots: [Int: Point] = [:]
    var boxes: [Box] = []
    var leaders: [Leader] = []
    var labels: [(Int, Rect)] = []
    var unlabelled: [Int] = []
    var problems: [String] = []

    var side: [Int: Side] = [:]

    /// The layout with the fewest leader lines running through other dots or across each other:
    /// starts from the longitude rule and moves a conflicting call-out to the other column while
    /// that helps.
    static func make(map: MissionMap, drawn: [Int], region: GeoBox, mapFrame: Rect, style: BoxStyle,
                     titleOnly: Set<Int>, engine: TextEngine) -> MapLayout {
        var overrides: [Int: Side] = [:]
        var best = columns(map: map, drawn: drawn, region: region, mapFrame: mapFrame, style: style,
                           titleOnly: titleOnly, overrides: overrides, engine: engine)
        var bestConflicts = best.conflicts(drawn: drawn)
        for _ in 0..<6 where !bestConflicts.isEmpty {
            var improved = false
            for c in Set(bestConflicts).sorted() {
                guard let s = best.side[c] else { continue }
                var o = overrides
                o[c] = s == .left ? .right : .left
                let candidate = columns(map: map, drawn: drawn, region: region, mapFrame: mapFrame, style: style,
                                        titleOnly: titleOnly, overrides: o, engine: engine)
                let cc = candidate.conflicts(drawn: drawn)
                if cc.count < bestConflicts.count && candidate.problems.count <= best.problems.count
                    && candidate.innerFrame.width > 20 {
                    best = candidate; bestConflicts = cc; overrides = o; improved = true
                    break
                }
            }
            if !improved { break }
        }
        best.nameDots(map: map, drawn: drawn, mapFrame: mapFrame, style: style, engine: engine)
        return best
    }

    /// Places (with repeats) whose leader line runs through another place's dot or crosses another
    /// leader away from the dots. Dots that touch their own dot are not counted: nothing can part them.
    func conflicts(drawn: [Int]) -> [Int] {
        let r = MissionMap.dotRadius
        var out: [Int] = []
        for l in leaders {
            guard let own = dots[l.place], l.points.count >= 2 else { continue }
            let a = l.points[l.points.count - 2], b = l.points[l.points.count - 1]
            for i in drawn where i != l.place {
                guard let d = dots[i], distance(d, own) > 2 * r + 1 else { continue }
                if distance(d, segment: a, b) < r + 1.5 { out.append(l.place) }
            }
        }
        for (m, l) in leaders.enumerated() {
            for k in leaders.indices where k > m {
                let o = leaders[k]
                guard let p = intersection(l.points[l.points.count - 2], l.points.last!, o.points[o.points.count - 2], o.points.last!)
                else { continue }
                if distance(p, l.points.last!) > 2 * r + 2 && distance(p, o.points.last!) > 2 * r + 2 {
                    out += [l.place, o.place]
                }
            }
        }
        return out
    }

    static func columns(map: MissionMap, drawn: [Int], region: GeoBox, mapFrame: Rect, style: BoxStyle,
                        titleOnly: Set<Int>, overrides: [Int: Side], engine: TextEngine) -> MapLayout {
        let places = map.places
        let language = style.text.language
        func hasText(_ i: Int) -> Bool { !(places[i].callout ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        var entries = drawn.filter { hasText($0) || titleOnly.contains($0) }
        var problems: [String] = []

        func height(_ i: Int, lines: Int) -> (total: Double, title: Double) {
            var t = engine.paragraph(map.title(i, language), style: style.title, width: style.textWidth)
            t.lines = Array(t.lines.prefix(1))
            var h = 2 * style.padY + t.height
            if hasText(i) {
                var b = engine.paragraph(places[i].callout!, style: style.text, width: style.textWidth)
                if b.lines.count > lines { b.lines = Array(b.lines.prefix(lines)) }
                h += style.titleGap + b.height
            }
            return (h, t.height)
        }

        // Sides by longitude against the region's middle meridian (which projects to the middle of
        // the part of the map between the columns, whichever columns there are).
        let middle = region.center.longitude
        let available = mapFrame.height - 2 * style.inset
        var lines = map.calloutMaxLines
        var side: [Int: Side] = [:]
        var heights: [Int: (total: Double, title: Double)] = [:]
        while true {
            heights = Dictionary(uniqueKeysWithValues: entries.map { ($0, height($0, lines: lines)) })
            side = Dictionary(uniqueKeysWithValues: entries.map {
                ($0, overrides[$0] ?? (places[$0].location!.longitude < middle ? Side.left : Side.right))
            })
            func need(_ s: Side, plus extra: Double = 0) -> Double {
                let hs = entries.filter { side[$0] == s }.map { heights[$0]!.total }
                let n = hs.count + (extra > 0 ? 1 : 0)
                return hs.reduce(extra, +) + style.gap * Double(max(0, n - 1))
            }
            // A full column hands its innermost call-out (nearest the middle) to the other.
            for (from, to) in [(Side.left, Side.right), (.right, .left)] {
                while need(from) > available {
                    let candidates = entries.filter { side[$0] == from }
                        .sorted { abs(places[$0].location!.longitude - middle) < abs(places[$1].location!.longitude - middle) }
                    guard let c = candidates.first, need(to, plus: heights[c]!.total) <= available else { break }
                    side[c] = to
                }
            }
            if need(.left) <= available && need(.right) <= available { break }
            if lines > 2 { lines -= 1; continue }
            // Still too tall: the last call-out (in the order given) of an overfull column goes.
            let over: Side = need(.left) > available ? .left : .right
            guard let dropped = entries.last(where: { side[$0] == over }) else { break }
            problems.append("the call-out of '\(places[dropped].label)' does not fit in the \(over == .left ? "left" : "right") column "
                            + "(\(fmt(need(over))) pt needed, \(fmt(available)) pt available)")
            entries.removeAll { $0 == dropped }
        }

        let hasLeft = entries.contains { side[$0] == .left }, hasRight = entries.contains { side[$0] == .right }
        let reserve = style.inset + style.columnWidth + style.gutter
        var inner = mapFrame.insetBy(dx: style.inset, dy: style.inset)
        if hasLeft { inner.x += reserve - style.inset; inner.width -= reserve - style.inset }
        if hasRight { inner.width -= reserve - style.inset }
        inner.width = max(0, inner.width)
        var layout = MapLayout(innerFrame: inner, projection: MapProjection(map.projection, fitting: region, into: inner))
        layout.problems = problems
        layout.side = side
        guard inner.width > 20 else { return layout }
        for i in drawn { layout.dots[i] = layout.projection.point(places[i].location!) }

        // Columns: boxes spread top to bottom in the order of their dots.
        let range = (mapFrame.minY + style.inset)...(mapFrame.maxY - style.inset)
        for s in [Side.left, .right] {
            let column = entries.filter { side[$0] == s }
            let hs = column.map { heights[$0]!.total }
            guard let tops = CalloutSpread.tops(wanted: column.map { layout.dots[$0]!.y }, heights: hs, gap: style.gap, range: range)
            else { continue }
            let x = s == .left ? mapFrame.minX + style.inset : mapFrame.maxX - style.inset - style.columnWidth
            for (k, i) in column.enumerated() {
                let rect = Rect(x: x, y: tops[k], width: style.columnWidth, height: hs[k])
                layout.boxes.append(Box(place: i, rect: rect, text: hasText(i) ? places[i].callout : nil, lines: lines,
                                        titleHeight: heights[i]!.title))
                // Out of the box's map-facing edge at the title's height, a short stub, then to the dot.
                let edge = s == .left ? rect.maxX : rect.minX
                let stub = s == .left ? edge + style.gutter / 2 : edge - style.gutter / 2
                let y = rect.minY + style.padY + heights[i]!.title / 2
                layout.leaders.append(Leader(place: i, points: [Point(edge, y), Point(stub, y), layout.dots[i]!]))
            }
        }

        return layout
    }

    /// Names beside the dots of places without a box; those with no room are `unlabelled`.
    mutating func nameDots(map: MissionMap, drawn: [Int], mapFrame: Rect, style: BoxStyle, engine: TextEngine) {
        guard innerFrame.width > 20 else { return }
        let language = style.text.language
        var layout = self
        defer { self = layout }
        let boxed = Set(layout.boxes.map(\.place))
        let r = MissionMap.dotRadius + 0.75
        var avoid = layout.boxes.map { $0.rect.insetBy(dx: -1, dy: -1) }
            + drawn.map { let p = layout.dots[$0]!; return Rect(x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r) }
        let segments = layout.leaders.flatMap { l in zip(l.points, l.points.dropFirst()).map { ($0, $1) } }
        let labelFrame = mapFrame.insetBy(dx: 2, dy: 2)
        for i in drawn where !boxed.contains(i) {
            let line = engine.line(map.title(i, language), style: style.text)
            let size = Size(line.width, line.ascent + line.descent)
            if let rect = DotLabelPlacer.place(size: size, dot: layout.dots[i]!, radius: MissionMap.dotRadius, frame: labelFrame,
                                               avoid: avoid, segments: segments,
                                               rightToLeft: style.text.direction == .rightToLeft) {
                layout.labels.append((i, rect))
                avoid.append(rect.insetBy(dx: -1, dy: -0.5))
            } else {
                layout.unlabelled.append(i)
            }
        }
    }
}

func distance(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }

/// Distance from `p` to the segment a–b.
func distance(_ p: Point, segment a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x, dy = b.y - a.y
    let len2 = dx * dx + dy * dy
    guard len2 > 0 else { return distance(p, a) }
    let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
    return distance(p, Point(a.x + t * dx, a.y + t * dy))
}

/// Where segments a–b and c–d cross, if they do.
func intersection(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Point? {
    let r = Point(b.x - a.x, b.y - a.y), s = Point(d.x - c.x, d.y - c.y)
    let denom = r.x * s.y - r.y * s.x
    guard abs(denom) > 1e-9 else { return nil }
    let t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / denom
    let u = ((c.x - a.x) * r.y - (c.y - a.y) * r.x) / denom
    guard t >= 0, t <= 1, u >= 0, u <= 1 else { return nil }
    return Point(a.x + t * r.x, a.y + t * r.y)
}
