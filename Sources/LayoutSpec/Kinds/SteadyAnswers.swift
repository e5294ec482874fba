import A4PCharts
import A4PIndicators

/// A table of words (yes/no, an agreement's name) whose every row reads the same in every period
/// column is one sentence, the periods leading: in the indicator's words where the translations hold
/// them (`indicator.<id>.steady.*`: "2022 overview, Cycle 4, 2023 and Cycle 6: targets met for
/// individually deployed personnel and formed police units; not for military contingents."), else
/// each answer naming its rows ("Cycle 4, Cycle 5 — SOMA: MINURSO; Neither: UNMIK."). A grid that
/// repeats each answer in every column says one fact four times (issue 14, form from data). Only for
/// period columns without groups; `form: table` keeps the table.
enum SteadyAnswers {
    static func sentence(_ table: TrendTable, _ b: ChartBinding) -> Statement? {
        guard b.block.string("form") != "table", (b.block.string("columns") ?? "periods") == "periods",
              b.block.string("rows") != "periods", b.block.string("groups") == nil,
              table.columns.count >= 2, !table.rows.isEmpty else { return nil }
        var answers: [(answer: String, rows: [String])] = []
        for row in table.rows {
            guard row.cells.count == table.columns.count, case .text(let first) = row.cells[0],
                  row.cells.allSatisfy({ if case .text(let t) = $0 { t == first } else { false } }) else { return nil }
            if let i = answers.firstIndex(where: { $0.answer == first }) { answers[i].rows.append(row.label) }
            else { answers.append((first, [row.label])) }
        }
        let language = b.text.language
        // Every column of the table: its span where it has one ("Cycles 4–6", "2022 overview – Cycle 6").
        let ids = b.binder.periods(b.block, indicator: b.indicator.id).map(\.id)
        let span = ids.count == table.columns.count && b.block.node["column-labels"] == nil
            ? PeriodSpan(dataset: b.dataset, text: b.text).span(ids, all: ids) : nil
        let titles = table.columns.map(\.title)
        if let said = inWords(answers, periods: span ?? AnswerSentences.joined(titles, b.text), b) { return Statement(name: b.name, text: said) }
        let periods = span ?? titles.joined(separator: Words.listSeparator(language))
        let chinese = language.hasPrefix("zh")
        let said = answers.map { $0.answer + (chinese ? "：" : ": ") + midSentence($0.rows).joined(separator: Words.listSeparator(language)) }
        return Statement(name: b.name, text: periods + (chinese ? "——" : " — ")
                         + said.joined(separator: Words.listSeparator(language, strong: true)) + (chinese ? "。" : "."))
    }

    /// Yes/no answers in the indicator's own words (`indicator.<id>.steady.yes` etc., `AnswerSentences`):
    /// "2022 overview, Cycle 4, 2023 and Cycle 6: targets met for individually deployed personnel and
    /// formed police units; not for military contingents." Nil when the tables hold no such words or
    /// an answer is not yes or no.
    static func inWords(_ answers: [(answer: String, rows: [String])], periods: String, _ b: ChartBinding) -> String? {
        guard let t = AnswerSentences.templates(b.indicator.id, b.text, prefix: "steady") else { return nil }
        let (yes, no) = (Words.yesNo(true, b.text.language).lowercased(), Words.yesNo(false, b.text.language).lowercased())
        guard answers.allSatisfy({ [yes, no].contains($0.answer.lowercased()) }) else { return nil }
        // Lowered (or not) all together, as `midSentence` decides for the whole list.
        let all = answers.flatMap(\.rows)
        let said = Dictionary(zip(all, midSentence(all)), uniquingKeysWith: { first, _ in first })
        func rows(_ word: String) -> [String] { answers.filter { $0.answer.lowercased() == word }.flatMap(\.rows).map { said[$0] ?? $0 } }
        return AnswerSentences.sentence(t, period: periods, yes: rows(yes), no: rows(no), b.text)
    }

    /// Labels continuing a sentence: a capital that only starts each ("Formed police units") is
    /// lowered, unless one label has capitals of its own ("UNMIK", "Needs Significant Improvement"),
    /// which keeps them all as they are rather than mix the two.
    static func midSentence(_ labels: [String]) -> [String] {
        guard labels.allSatisfy({ !$0.dropFirst().contains(where: \.isUppercase) }) else { return labels }
        return labels.map { $0.prefix(1).lowercased() + $0.dropFirst() }
    }
}
