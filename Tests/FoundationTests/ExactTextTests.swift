@testable import A4PText
import Testing

/// The text engine's caches key texts by their bytes (`ExactText`) and keep ICU's word interiors:
/// what they answer must be what working it out again gives.
@Suite("Exact text keys and kept word interiors")
struct ExactTextTests {
    @Test("texts are equal keys exactly when their bytes are: canonically equivalent spellings stay apart")
    func bytesDecide() {
        let composed = "Sécurité", decomposed = "Se\u{301}curite\u{301}"
        #expect(composed == decomposed)
        #expect(ExactText(composed) != ExactText(decomposed))
        #expect(ExactText(composed) == ExactText(String(decoding: Array(composed.utf8), as: UTF8.self)))
        #expect(ExactText(composed).hashValue == ExactText("Sé" + "curité").hashValue)
        #expect(ExactText("") == ExactText("") && ExactText("") != ExactText(" "))
        var kept: [ExactText: Int] = [ExactText(composed): 1]
        kept[ExactText(decomposed)] = 2
        #expect(kept.count == 2 && kept[ExactText("Sécurité")] == 1)
    }

    @Test("a Chinese text's word interiors are found once, and are ICU's")
    func interiorsKept() {
        let engine = Fixtures.engine
        let text = "联合国维持和平行动中的妇女参与率有所提高。"
        let fresh = ChineseWords.insideWords(Array(text.utf8))
        #expect(!fresh.isEmpty)
        #expect(engine.wordInteriors(text, language: "zh") == fresh)
        #expect(engine.wordInteriors(text, language: "zh") == fresh)
        let cache = ShapeCache()
        var found = 0
        for _ in 0..<3 { #expect(cache.wordInteriors(text) { found += 1; return fresh } == fresh) }
        #expect(found == 1)
        #expect(engine.wordInteriors(text, language: "en").isEmpty)
    }
}
