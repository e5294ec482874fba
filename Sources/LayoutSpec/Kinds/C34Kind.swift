import A4PCharts
import A4PIndicators

/// The Secretariat's answers to the Special Committee's recommendations (the C-34 matrix,
/// A/79/553/Add.1): how many paragraphs got which answer, the answers by section, or the first
/// substantive answer of each section. Read from `Data/c34-recommendations.csv`, not from indicators.
enum C34Kind: BlockKind {
    static let tag = "c34-matrix"
    static let summary = "The C-34 recommendations matrix: answers by kind, by report section, or each section's first substantive answer"
    static let schemaTitle = "The C-34 follow-up"
    static let chartTypes: [any Chart.Type] = [BigNumbers.self, BarChart.self, Statement.self]
    static let properties = [
        PropertySchema("show", .string(allowed: ["answers", "sections", "updates"]), default: "answers",
                       "answers: paragraphs per kind of answer as big numbers; sections: the answers of each report section as stacked bars; updates: each section's first substantive answer the matrix gives whole, quoted whole"),
        BlockKinds.themeOverride,
    ]

    /// The matrix's eight statuses in four groups a reader can tell apart.
    /// `key` names the group's label in the translation tables (`c34.answer.<key>`).
    static let groups: [(label: String, key: String, statuses: Set<C34Status>)] = [
        ("Substantive update", "substantive", [.substantive]),
        ("Ongoing or in the 2023 repository", "ongoing", [.ongoingSee2023, .see2023]),
        ("Briefing to be provided", "briefing", [.briefing, .memberStatesBriefing]),
        ("Taken note, for Member States or no update requested", "noted", [.takenNote, .memberStates, .noUpdateRequested]),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        let matrix = page.dataset.c34
        guard !matrix.recommendations.isEmpty else {
            page.log.error(block.position, rule: "empty-binding", "c34-matrix block '\(block.name)': the dataset has no C-34 recommendations")
            return .empty
        }
        let name = block.title.map { page.expand($0, block.position) } ?? "C-34 recommendations"
        // Words in the page's language: the groups (`c34.answer.<key>`), the report's section titles
        // (`c34.section.<id>`) and the matrix's answers, quoted in the project's translation
        // (`text.c34.<paragraph>`, with its `.original`, as texts of the data).
        let context = page.context
        func word(_ key: String, _ english: String) -> String {
            context.language == "en" ? english : context.translations.label(key, language: context.language) ?? english
        }
        var translated = false
        func answer(_ r: C34Recommendation) -> String {
            let key = "text.c34.\(r.paragraph)"
            guard context.language != "en" else { return r.summary }
            if let t = context.translations.lookup(key, language: context.language),
               (context.translations.lookup(key + ".original", language: context.language) ?? r.summary) == r.summary {
                translated = true
                return t
            }
            context.translations.fallbacks.record(key, printed: "en")
            return r.summary
        }
        let chart: any Chart
        switch block.string("show") ?? "answers" {
        case "sections":
            let sections = matrix.sections
            let series = groups.enumerated().map { i, g in
                ChartSeries(name: word("c34.answer.\(g.key)", g.label), values: sections.map { s in
                    .number(Double(matrix.recommendations.filter { $0.section == s.id && g.statuses.contains($0.status) }.count))
                }, slot: i)
            }
            let bars = BarChart(name: name, categories: sections.map { "\($0.id) · \(word("c34.section.\($0.id)", $0.title))" }, series: series,
                                orientation: .horizontal, layout: .stacked, format: .number())
            // Long section titles wrap onto a second line (the block's height gives each band room) rather
            // than being cut: "II · Conduct of peacekeepers and peacekeeping operations" is read whole.
            chart = bars
        case "updates":
            let lines = matrix.sections.compactMap { s -> String? in
                guard let r = matrix.recommendations.first(where: { $0.section == s.id && $0.status == .substantive && isWhole($0.summary) })
                else { return nil }
                return "¶\(r.paragraph) · \(s.id) \(word("c34.section.\(s.id)", s.title)): \(answer(r))"
            }
            chart = Statement(name: name, text: lines.joined(separator: "\n"))
        default:
            chart = BigNumbers(name: name, items: groups.map { g in
                BigNumbers.Item(word("c34.answer.\(g.key)", g.label), .number(Double(matrix.recommendations.filter { g.statuses.contains($0.status) }.count)))
            })
        }
        // The source line names the matrix the figures come from.
        var sourced = block
        if sourced.source == nil, let id = matrix.recommendations.first?.source, let report = page.dataset.source(id)?.report {
            sourced.source = report
        }
        let t = page.theme(for: block)
        let size = chart.size(for: width, in: page.chartContext(t))
        return page.draw(chart, sourced, width: width, height: block.height ?? size.height, heroBaseline: size.heroBaseline, theme: t, title: true,
                         colophon: translated ? page.translationColophon : nil)
    }

    /// Whether the matrix gives the answer whole: a sentence ending in a full stop, not cut ("...") by the
    /// matrix's 240-character column nor stopped at a list's ";". A quote is never cut (issue 14), so a
    /// section whose substantive answers are all cut quotes its first whole one, or none.
    static func isWhole(_ text: String) -> Bool {
        text.hasSuffix(".") && !text.hasSuffix("...")
    }
}
