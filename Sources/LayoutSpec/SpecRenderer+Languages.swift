import A4PIndicators
import A4PText
import Foundation

/// `same-in-every-language`: the optional blocks of a template item are chosen once for all its
/// languages. Each language's layout gives way on its own (a Russian title taking two lines leaves
/// less room), so MINUSMA's slide showed three different card sets in English, Russian and Chinese.
extension SpecRenderer {
    /// The optional blocks (`when-no-room: hide`) left out in every language: first each one any
    /// language's layout leaves out (the output's own language and every one with a translation table,
    /// English included); then, in the spec's order, each of those is given back when every language
    /// has room for it beside the blocks kept (MINUSMA's Mandate card, once its Counter-EO card is out).
    /// Each trial has its own log and fallbacks, so nothing it reports reaches the output. The trials
    /// of one language share a memo (`memoised`, as an output's copy-fitting and balancing trials do):
    /// giving a block back changes where blocks go, not what a block is at its width, and the later
    /// trials laid the same slide out again from scratch, 3 of the 9 layouts of UNISFA's slide (README,
    /// eighth round).
    static func withheldExtras(_ spec: Spec, context: TextContext, translations: Translations, dataset: Dataset,
                               engine: TextEngine, notCurrent: NotCurrent, memoised: (layout: Bool, charts: Bool) = (true, true)) -> Set<SourcePosition> {
        var memos: [String: LayoutMemo] = [:]
        func builder(_ language: String, _ held: Set<SourcePosition>) -> PageBuilder {
            var trialTranslations = translations
            trialTranslations.fallbacks = TranslationFallbacks()
            var trialContext = context
            trialContext.language = language
            trialContext.translations = trialTranslations
            var page = PageBuilder(spec: spec, dataset: dataset, engine: engine, context: trialContext, log: DiagnosticLog())
            page.notCurrent = notCurrent
            page.withheld = held
            if memoised.layout {
                let memo = memos[language] ?? LayoutMemo()
                memos[language] = memo
                page.memo = memo
            }
            page.memo.charts.isOn = memoised.charts
            return page
        }
        // Blocks with nothing to show (`when-empty: hide`) are out in every language anyway.
        var probe = builder(context.language, [])
        let optional = spec.blocks.filter { $0.string("when-no-room") == "hide" && !probe.isEmptyHidden($0) }.map(\.position)
        guard !optional.isEmpty else { return [] }
        let languages = Set(translations.languages + ["en", context.language]).sorted()
        func leftOut(_ language: String, _ held: Set<SourcePosition>) -> Set<SourcePosition> {
            var page = builder(language, held)
            _ = page.build()
            return Set(optional.filter { !page.placed.contains($0) })
        }
        var withheld = languages.reduce(into: Set<SourcePosition>()) { $0.formUnion(leftOut($1, [])) }
        for block in optional where withheld.contains(block) {
            let trial = withheld.subtracting([block])
            if languages.allSatisfy({ leftOut($0, trial).isSubset(of: trial) }) { withheld = trial }
        }
        return withheld
    }
}

/// The withheld blocks of each template item, by item: an export renders each slide in six
/// languages, in parallel, and the six trials are the same for all of them: made once per item,
/// also when two languages' jobs reach the item at the same time (`OnceMap`).
final class WithheldCache: @unchecked Sendable {
    private let items = OnceMap<String, Set<SourcePosition>>()

    func value(for key: String, _ make: () -> Set<SourcePosition>) -> Set<SourcePosition> {
        items.value(for: key, make: make)
    }
}
