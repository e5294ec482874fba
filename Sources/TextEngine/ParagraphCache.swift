import Foundation

/// Paragraphs already set, by text (its bytes), style and width. Column balancing lays a fact sheet
/// out again for every move it tries (about 800 trial layouts in the export), and each trial set
/// the same paragraphs at the same widths and sizes again: `TextEngine.paragraph` was a quarter of
/// the balancing's CPU (perf), most of it hashing the same text for the typography, shape and
/// break caches and breaking it into lines again.
///
/// Setting a paragraph is a pure function of these three (the engine's fonts never change; the
/// missing-glyph report says each message once per engine, and said it when the paragraph was
/// first set), so a kept block is the block setting it again would give: the output is the same
/// bytes with or without this cache.
///
/// The key compares the text's UTF-8 bytes, not `String`'s canonical equivalence: two texts that
/// are equivalent but spelt with other code points shape differently, so they are kept apart, and
/// hashing bytes skips the normalisation `String` hashing does for every non-ASCII text.
final class ParagraphCache: @unchecked Sendable {
    struct Key: Hashable {
        let text: ExactText
        let style: TextStyle
        let width: Double?
    }

    /// Bounded as `ShapeCache` is: when full it is emptied and fills again with what is still set.
    static let capacity = 20_000

    private let blocks = KeptValues<Key, TextBlock>(capacity: ParagraphCache.capacity)

    /// The block kept for `key`, else `make()`'s, kept.
    func block(_ key: Key, make: () -> TextBlock) -> TextBlock { blocks.value(key, make: make) }

    /// (hits, misses) so far.
    var counts: (hits: Int, misses: Int) { blocks.counts }
}

/// A text compared and hashed by its UTF-8 bytes: equal keys are the same bytes, so whatever is kept
/// for one is what the other would make. `String`'s own equality is canonical equivalence, which
/// normalises non-ASCII text on every hash and comparison.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool {
        var (x, y) = (a.text, b.text)
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
