import A4PCharts
import A4PIndicators

/// Yes/no answers said as a reader's sentence ("Cycle 6: MINUSCA had one; UNFICYP did not.")
/// rather than as the marks' data dump ("Cycle 6 — yes: MINUSCA; no: UNFICYP."), issue 14. The
/// words are the indicator's own, from the translation tables, so that each language builds its
/// sentence whole instead of English joined by punctuation:
///
///     indicator.<id>.answers.yes:    "{period}: {missions} had one."
///     indicator.<id>.answers.no:     "{period}: {missions} had none."
///     indicator.<id>.answers.yes-no: "{period}: {yes} had one; {no} did not."
///
/// An indicator without them (no English template) keeps the rules' older, neutral form.
enum AnswerSentences {
    /// An indicator's templates in one language; `form` picks one by the answers present.
    struct Templates {
        let key: String
        let text: TextContext

        /// The template for `form` ("yes", "no", "yes-no"). A language whose verb agrees with its
        /// subject gives number-specific forms, tried first: "yes.1" for one mission, "yes-no.1n" for
        /// one mission with a yes and several with a no ("n" for several).
        func template(_ form: String, counts: [Int]) -> String {
            let number = counts.map { $0 == 1 ? "1" : "n" }.joined()
            for k in ["\(key).\(form).\(number)", "\(key).\(form)"] {
                if let t = text.translations.lookup(k, language: text.language) { return t }
            }
            // Recorded as a fallback; the English the caller checked exists.
            return text.translations.label("\(key).\(form)", language: text.language)
                ?? text.translations.lookup("\(key).\(form)", language: "en") ?? ""
        }
    }

    /// The templates of `indicator` (`indicator.<id>.<prefix>.*`) in the page's language; nil when
    /// English lacks one of the three forms, and the rule keeps its neutral wording.
    static func templates(_ indicator: String, _ text: TextContext, prefix: String = "answers") -> Templates? {
        let key = "indicator.\(indicator).\(prefix)"
        guard ["yes", "no", "yes-no"].allSatisfy({ text.translations.lookup("\(key).\($0)", language: "en") != nil }) else { return nil }
        return Templates(key: key, text: text)
    }

    /// One sentence for one period (or set of periods): the template whose answers are present,
    /// its placeholders filled. Nil when neither list has an entry.
    static func sentence(_ t: Templates, period: String, yes: [String], no: [String], _ text: TextContext) -> String? {
        let (y, n) = (joined(yes, text), joined(no, text))
        let filled: String
        switch (yes.isEmpty, no.isEmpty) {
        case (false, false):
            filled = t.template("yes-no", counts: [yes.count, no.count]).replacingOccurrences(of: "{yes}", with: y)
                .replacingOccurrences(of: "{no}", with: n)
        case (false, true): filled = t.template("yes", counts: [yes.count]).replacingOccurrences(of: "{missions}", with: y)
        case (true, false): filled = t.template("no", counts: [no.count]).replacingOccurrences(of: "{missions}", with: n)
        case (true, true): return nil
        }
        return filled.replacingOccurrences(of: "{period}", with: period).replacingOccurrences(of: "{periods}", with: period)
    }

    /// Rows that were all none, said in the indicator's words (`indicator.<id>.none`, "{periods}: no
    /// evaluation was rated {rows}."), the rows joined with the language's "or" (`answers.or`); nil
    /// when English has no such template.
    static func none(_ indicator: String, periods: [String], rows: [String], _ text: TextContext) -> String? {
        let key = "indicator.\(indicator).none"
        guard let english = text.translations.lookup(key, language: "en") else { return nil }
        let template = text.translations.label(key, language: text.language) ?? english
        return template.replacingOccurrences(of: "{periods}", with: joined(periods, text))
            .replacingOccurrences(of: "{rows}", with: joined(rows, text, conjunction: "answers.or"))
    }

    /// Items as a reader lists them: "A, B and C" (the language's "and" from `answers.and`, or the
    /// `conjunction` key given, with its spaces; the list separator alone where a table lacks it).
    static func joined(_ items: [String], _ text: TextContext, conjunction: String = "answers.and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let separator = Words.listSeparator(text.language)
        guard let and = text.translations.label(conjunction, language: text.language)
                ?? text.translations.lookup(conjunction, language: "en") else { return items.joined(separator: separator) }
        return items.dropLast().joined(separator: separator) + and + items[items.count - 1]
    }
}
