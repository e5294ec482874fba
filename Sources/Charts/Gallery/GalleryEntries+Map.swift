import A4PScene

// Map with mission call-outs. Coordinates: reference HQ-city coordinates from Data/missions.csv
// (not from the seeds). Call-outs: seed 002 (5th progress report, cycle 5), "Highlights of
// missions' efforts over the past six months", condensed to at most 12 words each.
extension GalleryEntry {
    /// The map kind. The lead adds `+ maps` to `GalleryEntry.all` when merging.
    public static var maps: [GalleryEntry] {
        typealias P = MissionMap.Place
        let active: [P] = [
            P("MINURSO", latitude: 27.15, longitude: -13.2),
            P("MINUSCA", latitude: 4.37, longitude: 18.56,
              callout: "Strategic Review of the peace process established; local reconciliation mechanisms supported."),
            P("MONUSCO", latitude: -4.32, longitude: 15.31,
              callout: "Dialogue mechanism in Ituri, political strategy for South Kivu, Nairobi process support."),
            P("UNDOF", latitude: 33.1, longitude: 35.9,
              callout: "Engages Israel and Syria for maximum restraint; prevents escalation in the Golan."),
            P("UNFICYP", latitude: 35.17, longitude: 33.36,
              callout: "163 intercommunal or peacebuilding events, 41 with women's organizations and groups."),
            P("UNIFIL", latitude: 33.12, longitude: 35.14,
              callout: "No political mandate; liaison and de-escalation across the Blue Line increased."),
            P("UNISFA", latitude: 9.6, longitude: 28.43,
              callout: "Abyei final-status talks stalled; bilateral engagement with both Governments continues."),
            P("UNMIK", latitude: 42.66, longitude: 21.17,
              callout: "Trust-building Forum in Thessaloniki: 190 multi-ethnic participants, six working groups."),
            P("UNMISS", latitude: 4.85, longitude: 31.58,
              callout: "Supported R-ARCSS electoral and constitution-making processes, local peace agreements, mediators."),
            P("UNMOGIP", latitude: 34.08, longitude: 74.8),
            P("UNTSO", latitude: 31.77, longitude: 35.21),
        ]
        let minusma = P("MINUSMA", latitude: 12.64, longitude: -8.0, status: .closed)
        let arabic: [P] = [
            P("يونيفيل", latitude: 33.12, longitude: 35.14,
              callout: "لا ولاية سياسية؛ تعزيز الاتصال وخفض التصعيد على جانبي الخط الأزرق."),
            P("أنميس", latitude: 4.85, longitude: 31.58,
              callout: "دعم العمليتين الانتخابية والدستورية والمصالحة المحلية عبر الحوار."),
            P("مينوسكا", latitude: 4.37, longitude: 18.56,
              callout: "مراجعة استراتيجية لعملية السلام ودعم آليات المصالحة المحلية."),
            P("أندوف", latitude: 33.1, longitude: 35.9),
            P("مينورسو", latitude: 27.15, longitude: -13.2),
        ]
        return [
            GalleryEntry(MissionMap.self, summary: "Missions on a base map (Natural Earth) with call-out boxes joined by leader lines", samples: [
                GallerySample(caption: "Political highlights of the past six months, 11 active missions and MINUSMA (closed) (002)",
                              chart: MissionMap(name: "Political highlights", places: active + [minusma]),
                              size: Size(523, 300)),
                GallerySample(caption: "Arabic: call-outs set right to left, the map itself is not mirrored (002)",
                              chart: MissionMap(name: "أبرز الجهود السياسية", places: arabic),
                              size: Size(523, 240), language: "ar"),
            ]),
        ]
    }
}
