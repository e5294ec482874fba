import A4PScene

// Sample data from the seed reports (shared/seeds): 002 = 5th progress report (cycle 5),
// 000 = 4th (cycle 4), 001 = 6th (cycle 6). Mission names in Arabic for the right-to-left variants.
extension GalleryEntry {
    /// KPI tiles, bars, lines, donuts.
    static var quantities: [GalleryEntry] {
        let half = Size(255, 150)
        // P7.03, seed 002 (cycle 5): new SOFA/SOMA incidents in the last six months; UNDOF and UNFICYP
        // reported "none", so they are zero, not absent. P7.04 total: UNIFIL and UNISFA "under validation".
        let missions = ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMISS"]
        let newIncidents: [ChartValue] = [0, 10, 27, 0, 0, 43, 1, 125]
        let arabicMissions = ["مينورسو", "مينوسكا", "مونوسكو", "أندوف", "أنفيسيب", "يونيفيل", "يونيسفا", "أنميس"]
        let totals: [ChartValue] = [2, 174, 29, .absent(reason: "under validation"), .absent(reason: "under validation"), 585]
        return [
            GalleryEntry(KPITile.self, summary: "Big number with caption, computed trend against the previous period, optional ring", samples: [
                GallerySample(caption: "Political strategies, cycle 6 against cycle 5 (001)",
                              chart: KPITile(value: 7, caption: "missions with an articulated political strategy", previous: 6),
                              size: Size(160, 90)),
                GallerySample(caption: "Ring: share of crimes investigated (001)",
                              chart: KPITile(value: 49, caption: "of crimes against peacekeepers investigated", format: .percent(),
                                             ringTotal: 100), size: Size(200, 90)),
                GallerySample(caption: "Arabic", chart: KPITile(value: 7, caption: "بعثات لديها استراتيجية سياسية", previous: 6),
                              size: Size(160, 90), language: "ar"),
                GallerySample(caption: "Missing value (chart image lost)",
                              chart: KPITile(value: .absent(reason: "lost chart"), caption: "military unit evaluations, cycle 6"),
                              size: Size(160, 90)),
            ]),
            GalleryEntry(BarChart.self, summary: "Horizontal or vertical bars, values inside or outside by fit, zero baseline", samples: [
                GallerySample(caption: "New SOFA/SOMA incidents, last six months (002)",
                              chart: BarChart(name: "New SOFA/SOMA incidents", categories: missions, values: newIncidents),
                              size: Size(255, 170)),
                GallerySample(caption: "Arabic: bars grow from the right",
                              chart: BarChart(name: "حوادث جديدة", categories: arabicMissions, values: newIncidents),
                              size: Size(255, 170), language: "ar"),
                GallerySample(caption: "Missing values: totals under validation (002)",
                              chart: BarChart(name: "Total SOFA/SOMA incidents",
                                              categories: ["MINURSO", "MINUSCA", "MONUSCO", "UNIFIL", "UNISFA", "UNMISS"],
                                              values: totals), size: half),
                GallerySample(caption: "Long labels wrap; vertical columns: TPP trainees by area, cycle 6 (001)",
                              chart: BarChart(name: "TPP trainees", categories: [
                                  "Triangular Partnership Programme: engineering", "Triangular Partnership Programme: medical",
                                  "Triangular Partnership Programme: C4ISR"],
                                              values: [146, 87, 134], orientation: .vertical), size: half),
            ]),
            GalleryEntry(BarChart.self, summary: "Series side by side, e.g. cycle against cycle, with a legend", samples: [
                GallerySample(caption: "PKI Academy trainees by cycle (000, 002, 001)",
                              chart: BarChart(name: "PKI Academy trainees", categories: ["Uniformed", "Civilian"], series: [
                                  .init(name: "Cycle 4", values: [44, 43]), .init(name: "Cycle 5", values: [29, 15]),
                                  .init(name: "Cycle 6", values: [85, 46])], orientation: .vertical), size: half),
                GallerySample(caption: "Arabic",
                              chart: BarChart(name: "المتدربون", categories: ["نظاميون", "مدنيون"], series: [
                                  .init(name: "الدورة ٤", values: [44, 43]), .init(name: "الدورة ٥", values: [29, 15]),
                                  .init(name: "الدورة ٦", values: [85, 46])]), size: half, language: "ar"),
            ]),
            GalleryEntry(BarChart.self, summary: "Stacked and 100 % stacked bars, incl. rating distributions", samples: [
                GallerySample(caption: "PKI Academy trainees, uniformed and civilian, by cycle (000, 002, 001)",
                              chart: BarChart(name: "PKI Academy trainees", categories: ["Cycle 4", "Cycle 5", "Cycle 6"], series: [
                                  .init(name: "Uniformed", values: [44, 29, 85]), .init(name: "Civilian", values: [43, 15, 46])],
                                              orientation: .vertical, layout: .stacked, categoriesAreTime: true), size: half),
                GallerySample(caption: "The same as shares of each cycle's total (100 % stacked)",
                              chart: BarChart(name: "PKI Academy trainees, shares", categories: ["Cycle 4", "Cycle 5", "Cycle 6"],
                                              series: [.init(name: "Uniformed", values: [44, 29, 85]),
                                                       .init(name: "Civilian", values: [43, 15, 46])],
                                              layout: .percentStacked), size: half),
            ]),
            GalleryEntry(LineChart.self, summary: "Lines over cycles or years, dashed target lines, direct end labels, gaps for missing values", samples: [
                GallerySample(caption: "Women heads and deputy heads of mission (000, 002, 001)",
                              chart: LineChart(name: "Women in senior leadership", periods: ["Cycle 4", "Cycle 5", "Cycle 6"],
                                               series: [.init(name: "Women", values: [29, 37, 37])],
                                               targets: [.init(label: "Parity", value: 50)], format: .percent(), domain: 0...60),
                              size: half),
                GallerySample(caption: "Trainees by programme and cycle (000, 002, 001): labels spread apart",
                              chart: LineChart(name: "Trainees", periods: ["Cycle 4", "Cycle 5", "Cycle 6"], series: [
                                  .init(name: "TPP", values: [143, 306, 367]), .init(name: "PKI Academy", values: [87, 44, 131])
                                  ]), size: half),
                GallerySample(caption: "Arabic: time still runs left to right",
                              chart: LineChart(name: "النساء في القيادة العليا", periods: ["الدورة ٤", "الدورة ٥", "الدورة ٦"],
                                               series: [.init(name: "النساء", values: [29, 37, 37])],
                                               targets: [.init(label: "التكافؤ", value: 50)], format: .percent(), domain: 0...60),
                              size: half, language: "ar"),
                GallerySample(caption: "Missing value: FPU evaluations, cycle 6 chart lost (000, 002, 001)",
                              chart: LineChart(name: "FPU evaluations", periods: ["Cycle 4", "Cycle 5", "Cycle 6"],
                                               series: [.init(name: "Evaluations", values: [51, 54, .absent(reason: "chart lost")])]),
                              size: half),
            ]),
            GalleryEntry(DonutChart.self, summary: "Parts of a whole with a labelled list: \"136 (48%)\"; labels never collide", samples: [
                GallerySample(caption: "Status-of-forces arrangements of the 11 missions (001)",
                              chart: DonutChart(name: "Agreements", slices: [
                                  .init(label: "Status-of-forces agreement (SOFA)", value: 6),
                                  .init(label: "Status-of-mission agreement (SOMA)", value: 1),
                                  .init(label: "Other arrangements", value: 4)], centerText: "11"), size: half),
                GallerySample(caption: "Arabic",
                              chart: DonutChart(name: "الاتفاقات", slices: [
                                  .init(label: "اتفاق مركز القوات", value: 6), .init(label: "اتفاق مركز البعثة", value: 1),
                                  .init(label: "ترتيبات أخرى", value: 4)], centerText: "11"), size: half, language: "ar"),
                GallerySample(caption: "PKI Academy trainees, cycle 6 (001), with a part not reported",
                              chart: DonutChart(name: "PKI Academy", slices: [
                                  .init(label: "Uniformed", value: 85), .init(label: "Civilian", value: 46),
                                  .init(label: "Other", value: .absent(reason: "not reported"))]), size: half),
            ]),
        ]
    }
}
