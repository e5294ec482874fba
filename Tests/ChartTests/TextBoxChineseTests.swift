@testable import A4PCharts
import TestSupport
@testable import A4PText
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

    @Test("a text box's paragraph that would end on '任务。' alone takes words down, in as many lines")
    func shortLastLine() {
        let zh = TextStyle(size: 10, language: "zh"), bold = TextStyle(size: 10, weight: .bold, language: "zh")
        let text = "与联合国黎巴嫩特别协调员办公室合作敦促降级，并与人道协调厅和联合国国家工作队合作开展人道主义任务。"
        // A measure that holds all but "任务。": greedy lines leave it alone on the second line.
        let width = engine.width(of: "与联合国黎巴嫩特别协调员办公室合作敦促降级，并与人道协调厅和联合国国家工作队合作开展人道主义", style: zh) + 0.5
        let lines = TextBox.lines(text, regular: zh, bold: bold, width: width, engine: engine).lines
            .map { $0.segments.map(\.text).joined() }
        #expect(lines.joined() == text)
        #expect(lines.count == 2, "\(lines)")
        let last = lines.last ?? ""
        #expect(last.unicodeScalars.filter(ChineseWords.isHan).count > ShortLastLine.shortChinese, "\(lines)")
    }
}
