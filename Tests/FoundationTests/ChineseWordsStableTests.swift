@testable import A4PText
import Testing

/// ICU reads the text at every step of its word iterator: the segmenter once handed it a pointer that
/// was valid for `ubrk_open` only, so the words came from freed memory and a UNMISS paragraph broke
/// "新超 / 声设备" in one export and "新 / 超声设备" in the next. A debug build keeps the array alive to
/// the end of its scope and never showed it; the release export did (two runs: 7–9 Chinese documents
/// differed).
@Suite("Chinese words: the same text, the same words, every time")
struct ChineseWordsStableTests {
    @Test("segmenting one paragraph 200 times, with other texts in between, gives one answer that keeps 超声 whole")
    func stable() {
        let text = "故障设备为超声设备；新一批轮换人员带来了一台功能齐全的新超声设备。地位协定事件的影响。"
        let utf8 = Array(text.utf8)
        let first = ChineseWords.insideWords(utf8)
        // The offset between 超 and 声 of the second 超声 (each ideograph is three UTF-8 bytes).
        let chao = Array("新超".utf8).count
        let second = text.utf8.count - Array("超声设备。地位协定事件的影响。".utf8).count
        #expect(first.contains(second + 3), "超声 split: \(first.sorted())")
        #expect(chao == 6)
        for i in 0..<200 {
            // Other texts of other lengths segmented between, so freed buffers are reused.
            _ = ChineseWords.insideWords(Array(String(repeating: "维持和平行动", count: 1 + i % 7).utf8))
            #expect(ChineseWords.insideWords(utf8) == first, "run \(i)")
        }
    }
}
