import A4PScene

extension GalleryEntry {
    /// Tables, matrices, ratings, funnel, waffle, sparkline, scale strip, text box.
    static var tables: [GalleryEntry] {
        [trendTable, checkMatrix, dotRating, impactMatrix, funnel, waffle, sparkline, scaleStrip, textBox]
    }

    fileprivate static let half = 255.0
    fileprivate static let full = 523.0

    // MARK: Trend table (TPP and PKI Academy tables, seed 001)

    fileprivate static var trendTable: GalleryEntry {
        func tpp(_ labels: [String], header: String, columns: [String], medicalParticipants: ChartValue = 87) -> TrendTable {
            TrendTable(labelHeader: header, columns: [
                .init(columns[0]), .init(columns[1]), .init(columns[2], format: .percent()),
            ], rows: [
                .init(labels[0], [.trend(7, previous: 6), .trend(146, previous: 110), .trend(9, previous: 5)]),
                .init(labels[1], [.trend(4, previous: 8), .trend(medicalParticipants, previous: 85), .trend(15, previous: 37)]),
                .init(labels[2], [.trend(12, previous: 5), .trend(134, previous: 119), .trend(34, previous: 26)]),
                .init(labels[3], [.trend(23, previous: 19), .trend(367, previous: 306), .trend(19, previous: 22)], isTotal: true),
            ])
        }
        let english = tpp(["Engineering", "Medical", "C4ISR", "Total"], header: "Training area",
                          columns: ["Training activities", "Participants", "Women"])
        return GalleryEntry(TrendTable.self, summary: "Data table with trends against the previous cycle: \"7 (↑ from 6)\"",
                            samples: [
            GallerySample(caption: "Triangular Partnership Programme trainings, cycle 6 vs 5", chart: english, size: Size(full, 96)),
            GallerySample(caption: "PKI Academy, long labels and row groups", chart: TrendTable(
                labelHeader: "Personnel", columns: [.init("Trained this cycle")], rows: [
                    .init("Uniformed personnel trained through specialised in-mission courses", [.trend(85, previous: 29)], group: "Participants"),
                    .init("Civilian personnel, including national staff and United Nations Volunteers", [.trend(46, previous: 15)], group: "Participants"),
                    .init("Total", [.trend(131, previous: 44)], group: "Participants", isTotal: true),
                    .init("Share of women", [.trend(.number(53), previous: 20)], group: "Women"),
                    .init("Trainings offered", [.trend(6, previous: 4)], group: "Courses"),
                ]), size: Size(half, 175)),
            GallerySample(caption: "Arabic", chart: tpp(["الهندسة", "الطب", "القيادة والسيطرة", "المجموع"], header: "مجال التدريب",
                                                        columns: ["أنشطة التدريب", "المشاركون", "النساء"]),
                          size: Size(full, 124), language: "ar"),
            GallerySample(caption: "Missing value: medical participants not reported",
                          chart: tpp(["Engineering", "Medical", "C4ISR", "Total"], header: "Training area",
                                     columns: ["Training activities", "Participants", "Women"], medicalParticipants: .absent()),
                          size: Size(full, 96)),
        ])
    }

    // MARK: Check matrix (CPAS per mission × cycle, seed 001)

    fileprivate static func cpas(_ names: [String], header: String, columns: [String], untsoC6: CheckMatrix.Mark = .no) -> CheckMatrix {
        let marks: [[CheckMatrix.Mark]] = [[.yes, .yes, .yes], [.yes, .yes, .yes], [.yes, .yes, .yes], [.yes, .no, .no],
                                           [.yes, .yes, .yes], [.yes, .yes, .no], [.yes, .yes, untsoC6]]
        return CheckMatrix(labelHeader: header, columns: columns,
                           rows: zip(names, marks).map { CheckMatrix.Row($0, $1) })
    }

    fileprivate static var checkMatrix: GalleryEntry {
        let missions = ["MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNIFIL", "UNMIK", "UNTSO"]
        return GalleryEntry(CheckMatrix.self, summary: "Rows × columns of yes / no / no-data marks, with a legend",
                            samples: [
            GallerySample(caption: "Missions conducting CPAS assessments per cycle",
                          chart: cpas(missions, header: "Mission", columns: ["C4", "C5", "C6"]), size: Size(half, 150)),
            GallerySample(caption: "Long labels and column headings", chart: CheckMatrix(
                labelHeader: "Mission plan element", columns: ["Approved by leadership", "Gender analysis", "Youth"], rows: [
                    .init("Mission concept approved at the highest level of mission leadership", [.yes, .yes, .no]),
                    .init("Joint analyses and situational awareness through JMACs and JOCs", [.yes, .no, .noData]),
                    .init("Thematic working groups", [.no, .yes, .yes]),
                ]), size: Size(half, 130)),
            GallerySample(caption: "Arabic", chart: cpas(["مينورسو", "مينوسكا", "مونوسكو", "أندوف", "يونيفيل", "أونميك", "أونتسو"],
                                                         header: "البعثة", columns: ["الدورة ٤", "الدورة ٥", "الدورة ٦"]),
                          size: Size(half, 205), language: "ar"),
            GallerySample(caption: "No data for UNTSO in cycle 6",
                          chart: cpas(missions, header: "Mission", columns: ["C4", "C5", "C6"], untsoC6: .noData), size: Size(half, 150)),
        ])
    }

    // MARK: Dot rating (coordination mechanisms, seed 000)

    fileprivate static let contributionLevels = ["No to little contribution", "A little contribution", "Medium contribution",
                                     "Significant contribution"]

    fileprivate static var dotRating: GalleryEntry {
        GalleryEntry(DotRating.self, summary: "Ratings on an n-point scale drawn as ●●○ with the level's name",
                     samples: [
            GallerySample(caption: "Contribution of coordination mechanisms with the host state", chart: DotRating(rows: [
                .init("Regular meetings with the Moroccan Coordinator", rating: 3, group: "MINURSO"),
                .init("Telephone contacts with the Frente Polisario Coordinator", rating: 2, group: "MINURSO"),
                .init("Force Commander correspondence with Frente Polisario", rating: 1, group: "MINURSO"),
                .init("Abyei Joint Oversight Committee (AJOC)", rating: 0, group: "UNISFA"),
                .init("Joint Political and Security Mechanism (JPSM)", rating: 2, group: "UNISFA"),
            ], levels: contributionLevels), size: Size(full, 142)),
            GallerySample(caption: "Long mechanism descriptions wrap, then end with …", chart: DotRating(rows: [
                .init("Strategic Review of the Political process to perform joint assessment of progress in the implementation of the APPR through the operationalization of the Joint Luanda Road Map", rating: 2, group: "MINUSCA"),
                .init("Government Coordination meeting for the operationalization of the national chronogram", rating: 2, group: "MINUSCA"),
            ]), size: Size(half, 96)),
            GallerySample(caption: "Arabic", chart: DotRating(rows: [
                .init("اجتماعات منتظمة مع المنسق المغربي", rating: 3, group: "مينورسو"),
                .init("اتصالات هاتفية مع منسق جبهة البوليساريو", rating: 2, group: "مينورسو"),
            ], levels: ["مساهمة ضئيلة", "مساهمة قليلة", "مساهمة متوسطة", "مساهمة كبيرة"]), size: Size(half, 110), language: "ar"),
            GallerySample(caption: "A rating not reported", chart: DotRating(rows: [
                .init("High-level coordination mechanism", rating: 3, group: "UNMISS"),
                .init("Meetings with RJMEC", rating: .absent(reason: "not reported"), group: "UNMISS"),
            ]), size: Size(half, 90)),
        ])
    }

    // MARK: Impact matrix (SOFA/SOMA incidents, seed 000)

    /// Cycle 5 levels as seed 002 prints them (▷▷ low, ▷▶ medium): MINUSCA M/M/M, MONUSCO L/L/M,
    /// UNDOF L/L/L; UNISFA's three glyphs did not survive extraction, so they are absent; UNMIK has
    /// no SOFA/SOMA.
    fileprivate static func sofa(_ names: [String], aspects: [String], note: String, missing: Bool = false) -> ImpactMatrix {
        ImpactMatrix(aspects: aspects, rows: [
            .init(names[0], [.medium, .medium, .medium]),
            .init(names[1], [.low, .low, .medium]),
            .init(names[2], [.low, .low, .low]),
            .init(names[3], [nil, nil, nil]),
            .init(names[4], [], note: note),
        ])
    }

    fileprivate static var impactMatrix: GalleryEntry {
        let aspects = ["Movement of civilian personnel", "Movement of uniformed personnel", "Implementation of mandated tasks"]
        let missions = ["MINUSCA", "MONUSCO", "UNDOF", "UNISFA", "UNMIK"]
        return GalleryEntry(ImpactMatrix.self, summary: "Impact levels (▶▷▷ low … ▶▶▶ high) per row and aspect",
                            samples: [
            GallerySample(caption: "Impact of SOFA/SOMA incidents, cycle 5 (seed 002; UNISFA levels lost)",
                          chart: sofa(missions, aspects: aspects, note: "No SOFA/SOMA"), size: Size(half, 140)),
            GallerySample(caption: "Long row labels", chart: ImpactMatrix(aspects: ["Movement", "Mandated tasks"], rows: [
                .init("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", [.high, .medium]),
                .init("United Nations Interim Force in Lebanon", [.low, .noImpact]),
            ]), size: Size(half, 100)),
            GallerySample(caption: "Arabic", chart: sofa(["مينوسكا", "مونوسكو", "أندوف", "يونيسفا", "أونميك"],
                                                         aspects: ["تنقل الموظفين المدنيين", "تنقل الأفراد النظاميين", "تنفيذ المهام المكلف بها"],
                                                         note: "لا يوجد اتفاق مركز القوات"),
                          size: Size(half, 175), language: "ar"),
            GallerySample(caption: "Missing values: UNISFA levels lost in extraction (seed 002)",
                          chart: sofa(missions, aspects: aspects, note: "No SOFA/SOMA", missing: true), size: Size(half, 140)),
        ])
    }

    // MARK: Funnel (crimes against peacekeepers, seed 001)

    fileprivate static func crimes(_ labels: [String], tried: ChartValue = 146) -> Funnel {
        Funnel(stages: [
            // Seed 001, cycle 6: 246 detained, 146 brought to trial, 95 convicted. The number
            // identified is not printed (only "246 (73%) of those identified"), so it is no stage here.
            .init(labels[1], 246), .init(labels[2], tried), .init(labels[3], 95),
        ])
    }

    fileprivate static var funnel: GalleryEntry {
        let labels = ["Identified", "Detained", "Brought to trial", "Convicted"]
        return GalleryEntry(Funnel.self, summary: "Ordered stages as centred bars, with values and shares of the first stage",
                            samples: [
            GallerySample(caption: "Alleged perpetrators of crimes against peacekeepers", chart: crimes(labels), size: Size(half, 120)),
            GallerySample(caption: "Long stage labels", chart: crimes([
                "Alleged perpetrators identified by host state authorities", "Detained by host state authorities",
                "Brought before the courts of the host state", "Convicted by the courts of the host state"]),
                          size: Size(full, 130)),
            GallerySample(caption: "Arabic", chart: crimes(["تم تحديدهم", "احتُجزوا", "قُدّموا للمحاكمة", "أُدينوا"]),
                          size: Size(half, 120), language: "ar"),
            GallerySample(caption: "Trials not reported", chart: crimes(labels, tried: .absent()), size: Size(half, 120)),
        ])
    }

    // MARK: Waffle (29% women, seed 000)

    fileprivate static var waffle: GalleryEntry {
        GalleryEntry(Waffle.self, summary: "A 10×10 grid with n% filled, the share as a big number and a caption",
                     samples: [
            GallerySample(caption: "Women among SRSGs and DSRSGs", chart: Waffle(value: 29, caption: "of SRSGs and DSRSGs are women"),
                          size: Size(half, 90)),
            GallerySample(caption: "Two categories, long captions", chart: Waffle(
                value: 38, caption: "of non-uniformed heads and deputy heads of mission are women",
                second: .init(29, caption: "of special and deputy special representatives are women")), size: Size(half, 120)),
            GallerySample(caption: "Arabic", chart: Waffle(value: 29, caption: "من الممثلين الخاصين ونوابهم نساء"),
                          size: Size(half, 90), language: "ar"),
            GallerySample(caption: "Share not reported", chart: Waffle(value: .absent(), caption: "of trainees were women"),
                          size: Size(half, 90)),
        ])
    }

    // MARK: Sparkline (women in senior mission leadership per cycle, seed 001)

    fileprivate static var sparkline: GalleryEntry {
        // Seeds 000, 002, 001 (cycles 4-6): women among heads and deputy heads of mission 29, 37, 37 %;
        // TPP trainees 143, 306, 367; FPU evaluations 51, 54 and the cycle 6 chart lost.
        let cycles = ["C4", "C5", "C6"]
        return GalleryEntry(Sparkline.self, summary: "A tiny line over periods, the last point marked and labelled",
                            samples: [
            GallerySample(caption: "Women heads and deputy heads of mission (%)",
                          chart: Sparkline(periods: cycles, values: [29, 37, 37], format: .percent()), size: Size(120, 40)),
            GallerySample(caption: "TPP trainees, long period names",
                          chart: Sparkline(periods: ["May-Oct 2023", "Nov 2023-Apr 2024", "May-Oct 2024"],
                                           values: [143, 306, 367]), size: Size(half, 50)),
            GallerySample(caption: "Arabic", chart: Sparkline(periods: ["الدورة ٤", "الدورة ٥", "الدورة ٦"],
                                                              values: [29, 37, 37], format: .percent()),
                          size: Size(120, 48), language: "ar"),
            GallerySample(caption: "FPU evaluations: cycle 6 chart lost, a gap, not a drop",
                          chart: Sparkline(periods: cycles, values: [51, 54, .absent(reason: "chart lost")]),
                          size: Size(120, 40)),
        ])
    }

    // MARK: Scale strip (collaboration across units, seeds 000/001)

    fileprivate static var scaleStrip: GalleryEntry {
        let scale = ["No collaboration", "Limited collaboration", "Moderate collaboration", "Strong collaboration"]
        return GalleryEntry(ScaleStrip.self, summary: "An ordered categorical scale with a selected category or counts",
                            samples: [
            GallerySample(caption: "Counts per level (illustrative: the seed 000 chart was lost)", chart: ScaleStrip(categories: scale, counts: [0, 1, 3, 8]),
                          size: Size(half, 46)),
            GallerySample(caption: "Selected level, long labels", chart: ScaleStrip(
                categories: ["No collaboration between units", "Limited and ad hoc collaboration",
                             "Moderate, regular collaboration", "Strong, systematic collaboration across all units"],
                selected: 3), size: Size(full, 48)),
            GallerySample(caption: "Arabic (illustrative counts)", chart: ScaleStrip(categories: ["لا تعاون", "تعاون محدود", "تعاون متوسط", "تعاون قوي"],
                                                               counts: [0, 1, 3, 8]), size: Size(half, 52), language: "ar"),
            GallerySample(caption: "One count not reported (illustrative)", chart: ScaleStrip(categories: scale, counts: [0, .absent(), 3, 8]),
                          size: Size(half, 46)),
        ])
    }

    // MARK: Text box (political highlights, seed 000)

    fileprivate static var textBox: GalleryEntry {
        GalleryEntry(TextBox.self, summary: "Highlight box: heading, paragraphs, bullets and bold mission names",
                     samples: [
            GallerySample(caption: "Mission political highlights", chart: TextBox(heading: "Political highlights", paragraphs: [
                "**UNISFA** continued to ensure that conditions are conducive for dialogue between the Misseriya and Ngok Dinka communities.",
                "• **MONUSCO** supported preparations for peaceful, inclusive and transparent elections.",
                "• **UNMISS** facilitated football tournaments for youths from conflicting communities.",
            ]), size: Size(half, 132)),
            GallerySample(caption: "Full width, long paragraph", chart: TextBox(heading: "Useful mechanisms for collaboration", paragraphs: [
                "Missions identified joint analyses and situational awareness through **JMACs** and **Joint Operational Centers (JOCs)**, joint programmatic activities, thematic working groups and joint assessment efforts, e.g. through **CPAS** impact assessments, as useful mechanisms for collaboration and integration across organizational units.",
            ]), size: Size(full, 80)),
            GallerySample(caption: "Arabic", chart: TextBox(heading: "أبرز التطورات السياسية", paragraphs: [
                "واصلت **يونيسفا** تهيئة الظروف المواتية للحوار بين مجتمعي المسيرية ودينكا نقوك.",
                "• دعمت **مونوسكو** التحضير لانتخابات سلمية وشاملة.",
            ]), size: Size(half, 100), language: "ar"),
        ])
    }
}
