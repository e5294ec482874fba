import A4PCharts
import A4PIndicators

/// Missions at their locations, with call-outs from a text indicator or written per mission.
enum MapKind: ChartKind {
    static let tag = "map"
    static let summary = "Missions at their locations, with call-outs from a text indicator such as P1.04"
    static let schemaTitle = "Missions on a map; a text indicator (e.g. P1.04 highlights) or `callout` fills each call-out"
    static let chartTypes: [any Chart.Type] = [MissionMap.self]
    static let properties = [
        PropertySchema("callout", .string(), "Call-out text written per mission, e.g. \"{mission.mandate} · {mission.agreement}\""),
        PropertySchema("callout-lines", .integer(min: 1, max: 8), default: "4",
                       "Lines of call-out text at most (fewer when the columns are full); a card cut with \"…\" gets room here rather than smaller type"),
        BlockKinds.themeOverride,
    ]

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder) = (b.block, b.binder)
        let p = binder.period(block, indicator: b.indicator.id, mission: nil)
        let template = block.string("callout")
        let places = binder.missions(block).map { m -> MissionMap.Place in
            var callout: String?
            if let p { _ = b.observation(m.id, p.id) }  // what the map shows per mission, for its source line
            if let template {
                // A call-out written in the spec, filled in per mission ({mission.mandate}, …).
                var each = b.text
                each.mission = m
                callout = each.expand(template, at: block.position, log: &log)
            } else if let p, let o = b.observation(m.id, p.id), case .text(let t) = o.value {
                // Quoted from the data: in the page's language, the project's translation (with the colophon).
                let shown = binder.translation(of: o, english: t)
                callout = shown.text
                if shown.translated { b.translated = true }
            }
            return MissionMap.Place(m.id, latitude: m.latitude, longitude: m.longitude, callout: callout,
                                    status: m.status == .closed ? .closed : .active)
        }
        // A spec whose text floor leaves a long call-out more lines than four asks for them (the overview's UNDOF card).
        return MissionMap(name: b.name, places: places, calloutMaxLines: block.number("callout-lines").map { Int($0) } ?? 4)
    }
}
