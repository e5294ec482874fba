import A4PIndicators

/// A yes/no figure whose seed sentence says more than yes or no, printed in the seed's words: UNMISS
/// was "developing" its MDMH working group in cycle 4 (seed 000), which a list printed as "no";
/// UNMOGIP, listed among the missions with an SRSG-approved plan, has no SRSG and a compact "in lieu"
/// (000 fn 2), which a list printed as a bare "yes" (review 7). The words are
/// `indicator.<id>.answer.<MISSION>.<period>` in the translation tables; the data keeps its yes/no,
/// which the priority pages' matrices and counts read.
extension DataBinder {
    /// The figure's own words in the page's language, nil where the tables hold none in English.
    func answerInWords(_ o: Observation) -> String? {
        guard case .boolean = o.value else { return nil }
        guard let key = text.translations.firstWritten(["indicator.\(o.indicator).answer.\(o.mission).\(o.period)"]) else { return nil }
        return text.translations.label(key, language: text.language) ?? text.translations.lookup(key, language: "en")
    }

    /// A plain "yes": true, and no words of its own that qualify it.
    func isPlainYes(_ o: Observation) -> Bool {
        o.value == .boolean(true) && answerInWords(o) == nil
    }
}
