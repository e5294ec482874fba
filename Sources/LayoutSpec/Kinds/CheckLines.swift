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
///
/// A cell the seed qualifies (`DataBinder.answerInWords`: UNMOGIP's plan in cycle 4 is "no SRSG",
/// MONUSCO's in cycle 5 "under development") is said in those words: a mark cannot carry them, so a
/// checklist holding one is said as lines up to `maxRowsWithWords` rows.
enum CheckLines {
    /// The most rows a checklist says as lines (`form: auto`) rather than draws as a matrix.
    static let maxRows = 2
    /// The most rows said as lines when a cell has words of its own.
    static let maxRowsWithWords = 3

    /// The lines, or nil for more rows, a form given in the spec, or no reported mark. `words` holds,
    /// by row label, each period's words where the seed qualifies the answer.
    static func statement(_ rows: [CheckMatrix.Row], periods: [Period], words: [String: [String?]] = [:],
                          _ b: inout ChartBinding) -> Statement? {
        let worded = rows.contains { row in words[row.label]?.contains { $0 != nil } ?? false }
        guard (b.block.string("form") ?? "auto") == "auto",
              (1...(worded ? maxRowsWithWords : maxRows)).contains(rows.count) else { return nil }
        let language = b.text.language
        let chinese = language.hasPrefix("zh")
        let span = PeriodSpan(dataset: b.dataset, text: b.text)
        let all = periods.map(\.id)
        let answers: [(CheckMatrix.Mark, String)] = [
            (.yes, Words.yesNo(true, language)), (.no, Words.yesNo(false, language)),
            (.notApplicable, Words.absent(.notApplicable, language)),
        ]
        let lines = rows.compactMap { row -> String? in
            let own = words[row.label] ?? []
            // Each period's answer in words: the seed's own where it has them, else the mark's.
            let said: [String?] = periods.indices.map { i in
                if i < own.count, let w = own[i] { return w }
                guard i < row.marks.count else { return nil }
                return answers.first { $0.0 == row.marks[i] }?.1
            }
            // Clauses in the marks' order (yes, no, not applicable), a worded answer in its mark's place.
            var order: [String] = []
            for (mark, _) in answers {
                for i in periods.indices where i < row.marks.count && row.marks[i] == mark {
                    if let w = said[i], !order.contains(w) { order.append(w) }
                }
            }
            let clauses = order.map { word -> String in
                let held = periods.indices.filter { said[$0] == word }.map { periods[$0].id }
                // The periods stay with their answer: no "(Cycle 5)." alone on a slide's last line.
                let when = span.said(held, all: all).replacingOccurrences(of: " ", with: "\u{00A0}")
                return chinese ? "\(word)\u{2060}（\(when)）" : "\(word)\u{00A0}(\(when))"
            }
            return clauses.isEmpty ? nil : Words.listSentence(row.label, clauses, language, strong: true)
        }
        guard !lines.isEmpty else { return nil }
        let unanswered = b.unreported.sentences
        b.unreported.sentences = []
        return Statement(name: b.name, text: (lines + unanswered).joined(separator: "\n\n"))
    }
}
