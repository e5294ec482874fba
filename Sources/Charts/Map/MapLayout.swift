import A4PScene
import A4PText
import Foundation

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
        best.rerouteThroughDots(drawn: drawn, padY: style.padY)
        best.nameDots(map: map, drawn: drawn, mapFrame: mapFrame, style: style, engine: engine)
        return best
    }

    /// A leader that still runs through another place's dot once the columns are chosen (UNMISS's
    /// over CAR's on the Arabic overview, its box in the left column) leaves its box lower down the
    /// edge, at the box's middle or foot, where that line passes no dot; the others stay as they are.
    mutating func rerouteThroughDots(drawn: [Int], padY: Double) {
        for (k, leader) in leaders.enumerated() {
            guard leader.points.count == 3, let dot = dots[leader.place],
                  let box = boxes.first(where: { $0.place == leader.place })?.rect else { continue }
            let (edge, stub) = (leader.points[0].x, leader.points[1].x)
            let candidates = [leader.points[0].y, box.minY + box.height / 2, box.maxY - padY]
            let y = leaderHeight(place: leader.place, dot: dot, stubX: stub, drawn: drawn, candidates: candidates)
            if y != leader.points[0].y { leaders[k].points = [Point(edge, y), Point(stub, y), dot] }
        }
    }

    /// Places (with repeats) whose leader line runs through another place's dot or crosses another
    /// leader away from the dots. Dots that touch their own dot are not counted: nothing can part them.
    func conflicts(drawn: [Int]) -> [Int] {
        let r = MissionMap.dotRadius
        var out: [Int] = []
        for l in leaders {
            guard let own = dots[l.place], l.points.count >= 2 else { continue }
            out += Array(repeating: l.place, count: dotsPassed(by: l.place, from: l.points[l.points.count - 2], to: own, drawn: drawn))
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

    /// The first of `candidates` (heights on a box's edge) whose line from the stub to `dot` passes no
    /// other place's dot (as `conflicts` measures it); the first when every one does.
    func leaderHeight(place: Int, dot: Point, stubX: Double, drawn: [Int], candidates: [Double]) -> Double {
        candidates.first { dotsPassed(by: place, from: Point(stubX, $0), to: dot, drawn: drawn) == 0 } ?? candidates[0]
    }

    /// How many other places' dots the line from `a` to `place`'s dot `b` runs through; dots touching
    /// its own are not counted (nothing can part them).
    func dotsPassed(by place: Int, from a: Point, to b: Point, drawn: [Int]) -> Int {
        let r = MissionMap.dotRadius
        return drawn.filter { i in
            guard i != place, let d = dots[i], distance(d, b) > 2 * r + 1 else { return false }
            return distance(d, segment: a, b) < r + 1.5
        }.count
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
        // Lines of text per call-out: a full column shortens its longest call-out by a line at a time,
        // so short call-outs and the other column keep all of theirs.
        let natural = Dictionary(uniqueKeysWithValues: entries.map { i in
            (i, hasText(i) ? engine.paragraph(places[i].callout!, style: style.text, width: style.textWidth).lines.count : 0)
        })
        var lines = Dictionary(uniqueKeysWithValues: entries.map { ($0, min(map.calloutMaxLines, natural[$0]!)) })
        var side: [Int: Side] = [:]
        var heights: [Int: (total: Double, title: Double)] = [:]
        while true {
            side = Dictionary(uniqueKeysWithValues: entries.map {
                ($0, overrides[$0] ?? (places[$0].location!.longitude < middle ? Side.left : Side.right))
            })
            heights = Dictionary(uniqueKeysWithValues: entries.map { ($0, height($0, lines: lines[$0]!)) })
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
            let longest = [Side.left, .right].filter { need($0) > available }.compactMap { s in
                entries.filter { side[$0] == s && lines[$0]! > 2 }.max { lines[$0]! < lines[$1]! }
            }
            if !longest.isEmpty {
                for i in longest { lines[i]! -= 1 }
                continue
            }
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
                layout.boxes.append(Box(place: i, rect: rect, text: hasText(i) ? places[i].callout : nil, lines: lines[i]!,
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
