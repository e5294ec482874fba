import Foundation

/// Lines already shaped, by text, style and direction. Chart pages set the same words again and
/// again (mission names, tick labels, legend entries, the source line): in a profile of the
/// benchmark workload shaping was a fifth of the instructions, most of it repeats. Shaping is a
/// pure function of these three (the fonts of an engine never change), so a kept result is the
/// result shaping would give: the output is the same bytes with or without the cache.
///
/// Behind the lines, the outlines (`ShapedOutline`): a text shaped in font units, by text, faces,
/// language and direction, for every size and colour. Copy-fitting sets the same words at up to
/// seven sizes; a size not seen yet costs a scaling, not a shaping.
///
/// Texts are keys by their UTF-8 bytes (`ExactText`), not by `String`'s canonical equivalence: that
/// hashing normalised every non-ASCII text and its equality compared them through normalisation
/// (perf: the most of the cache's own cost), and two equivalent texts spelt with other code
/// points shape differently, so they are kept apart.
final class ShapeCache: @unchecked Sendable {
    private struct Key: Hashable {
        let text: ExactText
        let style: TextStyle
        let direction: TextDirection
    }

    /// What an outline depends on: the faces (the style's weight picks the chain), the language
    /// HarfBuzz is told, the direction; not size, colour or line height.
    private struct OutlineKey: Hashable {
        let text: ExactText
        let faces: [ObjectIdentifier]
        let language: String
        let direction: TextDirection
    }

    /// Bounded so a long-running process (a4p watch, a large export) cannot grow it without limit:
    /// when full it is emptied and fills again with what is still being set.
    static let capacity = 20_000

    private let results = KeptValues<Key, Shaper.Result>(capacity: ShapeCache.capacity)
    private let outlines = KeptValues<OutlineKey, ShapedOutline>(capacity: ShapeCache.capacity)

    private struct BreaksKey: Hashable {
        let text: ExactText
        let language: String
    }
    private let breaks = KeptValues<BreaksKey, [(offset: Int, kind: LineBreaks.Kind)]>(capacity: ShapeCache.capacity)

    private let typeset = KeptValues<BreaksKey, String>(capacity: ShapeCache.capacity)

    /// `text` in its language's typography (`Typography.apply`), made once per text: every line and
    /// paragraph goes through it, and French pages rewrote the same words in every trial (a tenth of
    /// the layout phase). Languages whose typography changes nothing are not kept.
    func typography(_ text: String, language: String) -> String {
        guard Typography.changes(language) else { return text }
        return typeset.value(BreaksKey(text: ExactText(text), language: language)) {
            Typography.apply(text, language: language)
        }
    }

    /// The line-break opportunities of `text` (its bytes `utf8`) in `language`, found once: a
    /// paragraph set again at another size or width breaks at the same legal places (libunibreak
    /// was a tenth of the layout phase).
    func breaks(_ text: String, utf8: [UInt8], language: String) -> [(offset: Int, kind: LineBreaks.Kind)] {
        breaks.value(BreaksKey(text: ExactText(text), language: language)) {
            LineBreaks.opportunities(in: utf8, language: language)
        }
    }

    private let interiors = KeptValues<ExactText, Set<Int>>(capacity: ShapeCache.capacity)

    /// The byte offsets inside Chinese words of `text` (`ChineseWords.insideWords`, ICU's word
    /// segmentation), found once per text: a text box sets the same paragraph at each trial's size.
    func wordInteriors(_ text: String, find: () -> Set<Int>) -> Set<Int> {
        interiors.value(ExactText(text), make: find)
    }

    /// `shaper`'s result for `text`, shaped once per style and direction.
    func shape(_ text: String, with shaper: Shaper, direction: TextDirection) -> Shaper.Result {
        results.value(Key(text: ExactText(text), style: shaper.style, direction: direction)) {
            let outlineKey = OutlineKey(text: ExactText(text), faces: shaper.chain.map(ObjectIdentifier.init),
                                        language: shaper.style.language, direction: direction)
            return shaper.scaled(outlines.value(outlineKey) { shaper.outline(text, direction: direction) })
        }
    }
}
