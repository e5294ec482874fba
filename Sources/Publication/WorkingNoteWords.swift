import Foundation

/// Words of the data team's bookkeeping about its sources, printed on a page (issue 14's bar: no
/// working note): a line that says how a report counted, listed or ticked a figure ("the 4th report's
/// list of ten; the 6th report's table also ticks UNMIK", "which the 4th report counts among the
/// nine", "the 5 countries it names") is a note to the data team, not to a reader, whatever figure
/// it is about. The dataset's own notes are caught by their text (`PageLint`); these are caught by
/// their words, in English, where the set's notes are written first (translations follow them).
enum WorkingNoteWords {
    /// Each a phrase a reader's text has no use for: a report as the one counting, listing, ticking
    /// or naming, and "as counted in".
    static let patterns: [String] = [
        #"\breport's (list|table|count)\b"#,
        #"\breport (counts|lists|ticks)\b"#,
        #"\b(also )?ticks (UN[A-Z]+|MIN[A-Z]+|MON[A-Z]+)\b"#,
        #"\bcounts? (it )?among\b"#,
        #"\bthe \d+ [a-z]+ it names\b"#,
        #"\bas counted in\b"#,
    ]

    nonisolated(unsafe) static let expressions: [NSRegularExpression] = patterns.map { try! NSRegularExpression(pattern: $0) }

    /// The first working-note phrase in `text`, if any.
    static func first(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        for e in expressions {
            if let m = e.firstMatch(in: text, range: range), let r = Range(m.range, in: text) { return String(text[r]) }
        }
        return nil
    }
}
