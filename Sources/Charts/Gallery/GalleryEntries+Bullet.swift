import A4PScene

// Bullet chart samples. The figures are the project's data (Data/observations.csv), not invented:
// P3.21 UNMISS (004 ¶170): "More than 26 per cent (409) of uniformed women deployed to UNMISS have
// signed up for the network (against an initial target of 10 per cent)"; X.04 UNMISS (003): women in
// South Sudan's transitional bodies, no value printed ("under the 35% quota"), X.04a the 35% quota
// (004 ¶173). The UGPS deployment values and targets per personnel category (P3.14) are lost in every
// seed, so the target-range sample is marked illustrative.
extension GalleryEntry {
    static var bullet: [GalleryEntry] {
        typealias Row = BulletChart.Row
        func women(_ labels: [String], name: String) -> BulletChart {
            BulletChart(name: name, rows: [
                Row(labels[0], value: .number(26, .over), target: .value(10)),
                Row(labels[1], value: .absent(reason: "no value printed"), target: .value(35)),
            ], format: .percent(), maxValue: 100)
        }
        return [
            GalleryEntry(BulletChart.self, summary: "A value as a bar against a target tick or target range, with an optional qualitative band",
                         samples: [
                GallerySample(caption: "Women's participation against targets, UNMISS (004 ¶170, ¶173; 003): one value not printed",
                              chart: women(["Uniformed women in the pilot network", "Women in transitional bodies (quota)"],
                                           name: "Women's participation against targets"),
                              size: Size(255, 72)),
                GallerySample(caption: "Arabic: bars grow from the right, numbers stay left to right",
                              chart: women(["النساء النظاميات في الشبكة التجريبية", "النساء في الهيئات الانتقالية (الحصة)"],
                                           name: "مشاركة المرأة مقارنة بالأهداف"),
                              size: Size(255, 72), language: "ar"),
                GallerySample(caption: "Long labels wrap, up to three lines",
                              chart: women(["Uniformed women deployed to UNMISS who signed up for the pilot network for uniformed women peacekeepers",
                                            "Women in transitional decision-making bodies under the Revitalized Agreement on the Resolution of the Conflict in South Sudan"],
                                           name: "Women's participation against targets, long labels"),
                              size: Size(523, 92)),
                GallerySample(caption: "Target range and qualitative band, one target for all rows (illustrative: the UGPS series are lost in every seed)",
                              chart: BulletChart(name: "Target range (illustrative)", rows: [
                                  Row("Category A", value: 42, target: .range(40, 60), band: .init(0, 40, label: "Below range")),
                                  Row("Category B", value: 55, target: .range(40, 60), band: .init(0, 40, label: "Below range")),
                                  Row("Category C", value: .absent(), target: .range(40, 60), band: .init(0, 40, label: "Below range")),
                              ], format: .percent(), maxValue: 100),
                              size: Size(255, 100)),
            ]),
        ]
    }
}
