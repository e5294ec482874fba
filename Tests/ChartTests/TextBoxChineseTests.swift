@testable import A4PCharts
import TestSupport
import A4PText
import Testing

/// A highlight box breaks its own lines (bold spans): in Chinese it keeps dictionary words whole as
/// body text does (issue 14: "：和" / "平进程" on MINUSCA's slide).
@Suite("Text box: Chinese words whole")
struct TextBoxChineseTests {
    let engine = ChartHarness.engine

    @Test("a measure that ends inside '和平' wraps before the word, in plain and in bold text")
    func wordWhole() {
        let zh = TextStyle(size: 10, language: "zh"), bold = TextStyle(size: 10, weight: .bold, language: "zh")
        for text in ["依照多年期政治战略执行新任务：和平进程权力下放、国家权力、选举。",
                     "依照多年期政治战略执行新任务：**和平进程**权力下放、国家权力、选举。"] {
            let width = engine.width(of: "依照多年期政治战略执行新任务：和", style: zh) + 0.5
            let lines = TextBox.lines(text, regular: zh, bold: bold, width: width, engine: engine).lines
                .map { $0.segments.map(\.text).joined() }
            #expect(lines.count >= 2)
            #expect(!lines.contains { $0.hasSuffix("和") }, "\(lines)")
            #expect(lines.joined() == text.replacingOccurrences(of: "**", with: ""))
        }
        // English text boxes are untouched: the engine names no unbreakable place.
        #expect(engine.wordInteriors("和平进程", language: "en").isEmpty)
    }
}
