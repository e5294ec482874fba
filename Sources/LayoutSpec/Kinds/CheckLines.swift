import A4PCharts
import A4PIndicators

/// A mission's checklist of one or two rows said as a line a row (review 7): a grid with a header
/// row and a legend of marks for two rows of three cycles is the wrong form on a slide (MONUSCO's,
/// UNIFIL's). Each line is the row's label and its answers, each with the periods it holds in:
/// "Mission has an SRSG-approved mission plan: yes (Cycle 4, Cycle 5)." A period no report answers
/// is in no clause: unknown is never "no". A row no report answers is said among the lines, in its
/// sentence ("No report names the mission as having an articulated political strategy."), not as a
/// note under the source. The lines stand a blank line apart, as a slide sets its points: the
/// grid's height goes to air between them, not to a band of white under the block.
enum CheckLines {
    /// The most rows a checklist says as lines (`form: auto`) rather than draws as a matrix.
    static let maxRows = 2

    /// The lines, or nil for more rows, a form given in the spec, or no reported mark.
    static func statement(_ rows: [CheckMatrix.Row], periods: [Period], _ b: inout ChartBinding) -> Statement? {
        guard (b.block.string("form") ?? "auto") == "auto", (1...maxRows).contains(rows.count) else { return nil }
        let language = b.text.language
        let chinese = language.hasPrefix("zh")
        let span = PeriodSpan(dataset: b.dataset, text: b.text)
        let all = periods.map(\.id)
        let answers: [(CheckMatrix.Mark, String)] = [
            (.yes, Words.yesNo(true, language)), (.no, Words.yesNo(false, language)),
            (.notApplicable, Words.absent(.notApplicable, language)),
        ]
        let lines = rows.compactMap { row -> String? in
            let clauses = answers.compactMap { mark, word -> String? in
                let held = periods.indices.filter { $0 < row.marks.count && row.marks[$0] == mark }.map { periods[$0].id }
                guard !held.isEmpty else { return nil }
                let said = span.said(held, all: all)
                return chinese ? "\(word)（\(said)）" : "\(word) (\(said))"
            }
            return clauses.isEmpty ? nil : Words.listSentence(row.label, clauses, language, strong: true)
        }
        guard !lines.isEmpty else { return nil }
        let unanswered = b.unreported.sentences
        b.unreported.sentences = []
        return Statement(name: b.name, text: (lines + unanswered).joined(separator: "\n\n"))
    }
}
