import A4PCharts
import A4PIndicators

/// Yes / no / not-reported marks: missions by periods of one yes/no indicator, or, given several
/// indicators, one mission's checklist (indicators by periods).
enum CheckMatrixKind: ChartKind {
    static let tag = "check-matrix"
    static let summary = "Yes / no / no-data marks of a yes-no indicator: missions (rows) by periods (columns)"
    static let schemaTitle = "Marks per mission and period"
    static let chartTypes: [any Chart.Type] = [CheckMatrix.self, Statement.self]
    static let properties = [
        BlockKinds.notReported,
        PropertySchema("form", .string(allowed: ["auto", "matrix", "list"]), default: "auto",
                       "auto: a matrix whose every mark is yes is said in one sentence naming the missions (\"Cycle 5: MINURSO, UNDOF.\"), without a line naming those with nothing reported; a matrix still more than a third \"not reported\" becomes a list of its figures, and a mission's checklist of one or two rows (three where the seed qualifies an answer in words, `indicator.<id>.answer.<MISSION>.<period>`) is a line a row, its answers each with their periods (\"Mission has an SRSG-approved mission plan: yes (Cycle 4, Cycle 5).\"); matrix: always marks as bound; list: always the list of its figures, each dated, whatever its share of gaps (one form on every sheet of a template)"),
        BlockKinds.themeOverride,
    ]

    static func showsSeries(_ block: BlockSpec) -> Bool { true }

    static func bind(_ b: inout ChartBinding, log: inout DiagnosticLog) -> (any Chart)? {
        let (block, binder, indicator, text) = (b.block, b.binder, b.indicator, b.text)
        let ps = binder.periods(block, indicator: indicator.id)
        if block.binding.indicators.count > 1 {
            // Several yes/no indicators (rows) of one mission by period (columns): a mission's checklist.
            let m = binder.missionID(block)
            var read: [Observation] = []
            var words: [String: [String?]] = [:]
            let indicators = block.binding.indicators.compactMap { b.dataset.indicator($0.0) }
            let labels = indicators.map { text.translations.label("indicator.\($0.id)", language: text.language) ?? $0.title }
            let rows = zip(indicators, labels).map { ind, label in
                let found = ps.map { b.dataset.observation(ObservationKey(indicator: ind.id, mission: m, period: $0.id)) }
                read += found.compactMap { $0 }
                words[label] = found.map { $0.flatMap(binder.answerInWords) }
                return CheckMatrix.Row(label, found.map(DataBinder.mark))
            }
            b.record(read)
            let shown = reported(rows, &b)
            // A checklist row nobody reported is said as the reader's fact where the translations hold
            // it in English ("The reports do not say whether the mission has …"; a missing translation
            // of it is reported), not named in the list of rows left out.
            // A mission's own sentence comes first where the reports say something near it: MONUSCO's
            // 5th report names "a political strategy for South-Kivu" (seed 002), which the general
            // "No report names the mission as having …" sat against (review 5).
            for (ind, label) in zip(indicators, labels) where b.unreported.rows.contains(label) {
                let key = text.translations.firstWritten(["indicator.\(ind.id).unreported.\(m)", "indicator.\(ind.id).unreported"])
                guard let key, let sentence = text.translations.label(key, language: text.language) else { continue }
                b.unreported.rows.removeAll { $0 == label }
                b.unreported.sentences.append(sentence)
            }
            let matrix = CheckMatrix(name: b.name, labelHeader: "", columns: ps.map(binder.shortLabel), rows: shown,
                                     legend: .standard(text.language))
            // One or two rows are said a line a row, not drawn as a grid (`CheckLines`).
            if let lines = CheckLines.statement(shown, periods: ps, words: words, &b) { return lines }
            return GapRules.apply(to: matrix, &b, showMission: false)
        }
        let covered = Set(b.dataset.observations(of: indicator.id).map(\.mission))
        let rows = binder.missions(block).filter { covered.contains($0.id) }.map { m in
            CheckMatrix.Row(m.id, ps.map { p in DataBinder.mark(b.observation(m.id, p.id)) })
        }
        let shown = reported(rows, &b)
        if let sentence = yesOnly(shown, columns: ps.map(binder.shortLabel), b) { return sentence }
        let matrix = CheckMatrix(name: b.name, labelHeader: text.translations.label("mission", language: text.language) ?? "Mission",
                                 columns: ps.map(binder.shortLabel), rows: shown, legend: .standard(text.language))
        return GapRules.apply(to: matrix, &b, showMission: true)
    }

    /// Every mark "yes": one sentence naming the missions instead of a matrix of ticks, led by the
    /// periods alone ("Cycle 5: MINURSO, UNDOF.", as a fact sheet's list). The block's title, or the
    /// key figure it stands under, says what they have; a "Yes" there read as a table's answer (issue 14).
    static func yesOnly(_ rows: [CheckMatrix.Row], columns: [String], _ b: ChartBinding) -> Statement? {
        guard b.block.string("form") != "matrix", rows.count >= 2,
              rows.allSatisfy({ $0.marks.allSatisfy { $0 == .yes } }) else { return nil }
        let lead = columns.joined(separator: Words.listSeparator(b.text.language))
        return Statement(name: b.name, text: Words.listSentence(lead, rows.map(\.label), b.text.language))
    }

    /// The rows with at least one reported mark; the others are named under the matrix.
    static func reported(_ rows: [CheckMatrix.Row], _ b: inout ChartBinding) -> [CheckMatrix.Row] {
        guard b.dropsUnreported else { return rows }
        let blank = rows.filter { $0.marks.allSatisfy { $0 == .noData } }
        guard blank.count < rows.count else { return rows }
        b.unreported.rows += blank.map(\.label)
        let dropped = Set(blank.map(\.label))
        // Rows are missions (by acronym) or indicators (by their printed title).
        b.omitted.formUnion(b.observations.filter { o in
            dropped.contains(o.mission) || dropped.contains(b.text.translations.lookup("indicator.\(o.indicator)", language: b.text.language)
                                                             ?? b.dataset.indicator(o.indicator)?.title ?? "")
        }.map(\.key))
        return rows.filter { !$0.marks.allSatisfy { $0 == .noData } }
    }
}
