import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Testing

/// Column balancing (issue 14): a row of two stacks whose spec puts most of its text in one leaves
/// the other column empty over a fifth of the page (UNMOGIP's page 1: a third). With the page's
/// `balance-columns`, the layout engine moves the long stack's last child to the end of the short
/// one when that lowers the page's largest column void and breaks nothing.
@Suite("Column balancing: a stack's last child moves to the short column")
struct ColumnBalanceTests {
    static func text(_ sentence: String, _ count: Int) -> String { String(repeating: sentence, count: count) }

    /// A lead across the page, a row of two stacks (Kept, Middle and Tail on the left, Short on the
    /// right), and a foot across the page that fills it: as written, the left stack is some 250 pt
    /// taller than the right; `middle`, `tail` and `foot` sentences.
    static func yaml(balance: Bool?, middle: Int, tail: Int, foot: Int) -> String {
        """
        data: DATA
        page: {size: A4\(balance.map { ", balance-columns: \($0)" } ?? "")}
        blocks:
          - {type: text, title: Lead, text: "\(text("Peacekeeping figures in the reporting period. ", 6))"}
          - type: stack
            span: 6
            blocks:
              - {type: text, title: Kept, text: One line.}
              - {type: text, title: Middle, text: "\(text("Missions reported their figures for the cycle. ", middle))"}
              - {type: text, title: Tail, text: "\(text("Missions reported their figures for the cycle. ", tail))"}
          - type: stack
            span: 6
            blocks:
              - {type: text, title: Short, text: "Missions reported their figures for the cycle, in full."}
          - {type: text, title: Foot, text: "\(text("Peacekeeping figures in the reporting period. ", foot))"}
        """
    }

    /// The sheet laid out; by default one whose columns differ by over a fifth of the page.
    static func sheet(balance: Bool?, middle: Int = 12, tail: Int = 6, foot: Int = 90) throws -> (pages: [Page], errors: [Diagnostic]) {
        let (out, log) = try Papercut.render(yaml(balance: balance, middle: middle, tail: tail, foot: foot))
        return (try #require(out.first).document.pages, log.sorted.filter { $0.severity == .error })
    }

    /// Where a run with `text` starts on the page (groups' translations applied), nil when absent.
    static func origin(of text: String, in nodes: [Node], _ dx: Double = 0, _ dy: Double = 0) -> Point? {
        for node in nodes {
            switch node {
            case .text(let run) where run.text == text: return Point(run.origin.x + dx, run.origin.y + dy)
            case .group(let g):
                if let p = origin(of: text, in: g.children, dx + g.transform.tx, dy + g.transform.ty) { return p }
            default: continue
            }
        }
        return nil
    }

    static func void(_ pages: [Page]) -> Double { pages.map(\.columnVoidShare).max() ?? 0 }
    static func band(_ pages: [Page]) -> Double { pages.map { $0.largestBlankBand / $0.size.height }.max() ?? 0 }

    @Test("laid out as written, the right column stays empty under Short over more than a fifth of the page")
    func asWrittenTheVoidStays() throws {
        let (pages, errors) = try Self.sheet(balance: nil)
        #expect(errors.isEmpty, "\(errors)")
        #expect(pages.count == 1)
        #expect(Self.void(pages) > Page.columnVoidLimit, "\(Self.void(pages))")
        let tail = try #require(Self.origin(of: "Tail", in: pages[0].nodes))
        #expect(tail.x < pages[0].size.width / 2, "Tail starts the left column's last block: \(tail)")
    }

    @Test("balance-columns moves Tail, heading and text, to the end of the short stack: the void is within the limit, one page, no band, no error")
    func balancingMovesTheTail() throws {
        let (pages, errors) = try Self.sheet(balance: true)
        #expect(errors.isEmpty, "\(errors)")
        #expect(pages.count == 1)
        #expect(Self.void(pages) <= Page.columnVoidLimit, "\(Self.void(pages))")
        #expect(Self.band(pages) <= Page.blankBandLimit, "\(Self.band(pages))")
        let page = pages[0]
        let (tail, short, middle) = (try #require(Self.origin(of: "Tail", in: page.nodes)),
                                     try #require(Self.origin(of: "Short", in: page.nodes)),
                                     try #require(Self.origin(of: "Middle", in: page.nodes)))
        // Under Short in the right column, and still above its own text (the block moved whole).
        #expect(tail.x > page.size.width / 2 && tail.y > short.y, "Tail \(tail), Short \(short)")
        #expect(middle.x < page.size.width / 2, "Middle stays in the left column: \(middle)")
        #expect(Papercut.texts(page.nodes).contains { $0.hasPrefix("Missions reported") })
    }

    @Test("the same spec lays out the same pages on every run")
    func deterministic() throws {
        let first = try Self.sheet(balance: true).pages, second = try Self.sheet(balance: true).pages
        #expect(first == second)
    }

    @Test("a sheet within the limit is not changed by balance-columns")
    func balancedSheetsStay() throws {
        // Short Middle and Tail: the columns differ by less than a fifth of the page.
        let plain = try Self.sheet(balance: false, middle: 4, tail: 1, foot: 118).pages
        let balancing = try Self.sheet(balance: true, middle: 4, tail: 1, foot: 118).pages
        #expect(plain.count == 1)
        #expect(Self.void(plain) <= Page.columnVoidLimit, "\(Self.void(plain))")
        #expect(plain == balancing)
    }
}
