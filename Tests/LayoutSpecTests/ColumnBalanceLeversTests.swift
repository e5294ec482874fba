import A4PIndicators
@testable import A4PLayoutSpec
import A4PScene
import Testing

/// Column balancing's second round (brief colbal2, issue 14): the levers on a page's modules
/// (join, feather, narrow), the search that joins levers to the lowest few moves, and the fact
/// sheets they bring within the page review's column-void limit.
@Suite("Column balancing: module levers and the search over them")
struct ColumnBalanceLeversTests {
    static let spec = "Specs/publication/missions/factsheet.yaml"

    static func sheets(_ language: String, only: String? = nil) throws -> [SpecOutput] {
        let (outputs, log) = try ShippedSpecs.render(spec, language: language == "en" ? nil : language, only: only)
        #expect(!log.hasErrors, "\(log.sorted)")
        return outputs
    }

    @Test("a lever joined to a move keeps the move's own levers and adds its page levers")
    func joinedLevers() {
        let move = ColumnBalance(from: 1, count: 2, flips: [3], yielding: [1, 0])
        let joined = move.joined(ColumnBalance(feather: true)).joined(ColumnBalance(narrow: true))
        #expect(joined.from == 1 && joined.count == 2 && joined.flips == [3] && joined.yielding == [1, 0])
        #expect(joined.feather && joined.narrow && !joined.join)
        // A page lever stays once joined: a later stack move does not take it away.
        let later = joined.joined(ColumnBalance(from: 0, count: 1))
        #expect(later.feather && later.narrow && later.from == 0 && later.count == 1)
        #expect(joined != move && ColumnBalance(join: true) != ColumnBalance.none)
    }

    @Test("a spec node's scalar is replaced by key, at its position; other keys and other nodes stay")
    func settingAKey() throws {
        let node = try SpecNode.parse("type: figure-list\ncolumns: 2\ntitle: More", file: "t.yaml").get()
        let one = node.setting("columns", to: "1")
        #expect(one["columns"]?.int == 1)
        #expect(one["columns"]?.position == node["columns"]?.position)
        #expect(one["title"]?.string == "More" && one["type"]?.string == "figure-list")
        #expect(node["columns"]?.int == 2, "the original node is a value: unchanged")
        #expect(node.setting("span", to: "6")["span"] == nil, "no such key: nothing added")
    }

    @Test("English, French and Spanish fact sheets: no page with a column empty over the limit, no sheet over two pages",
          arguments: ["en", "fr", "es"])
    func westernSheetsWithinTheLimit(language: String) throws {
        let outputs = try Self.sheets(language)
        #expect(outputs.count == 12)
        for output in outputs {
            let voids = output.document.pages.map(\.columnVoidShare)
            #expect(voids.allSatisfy { $0 <= Page.columnVoidLimit }, "\(output.name): \(voids)")
            #expect(output.document.pages.count <= 2, "\(output.name)")
        }
    }

    /// Where every text run starts on the page (groups' translations applied).
    static func origins(_ nodes: [Node], _ dx: Double = 0, _ dy: Double = 0) -> [Point] {
        nodes.flatMap { node -> [Point] in
            switch node {
            case .text(let run): [Point(run.origin.x + dx, run.origin.y + dy)]
            case .group(let g): origins(g.children, dx + g.transform.tx, dy + g.transform.ty)
            default: []
            }
        }
    }

    @Test("UNISFA: its one other reported figure is set in one column (the narrow lever), its source line wrapping at half the width")
    func oneFigureInOneColumn() throws {
        let output = try #require(try Self.sheets("en", only: "UNISFA").first)
        // On the page that has room for it: page 2, or page 1's foot since its SOFA tile says that
        // incidents under validation are left out (review 10).
        let page = try #require(output.document.pages.first { ColumnBalanceTests.origin(of: "Other reported figures", in: $0.nodes) != nil })
        let title = try #require(ColumnBalanceTests.origin(of: "Other reported figures", in: page.nodes))
        let label = try #require(ColumnBalanceTests.origin(of: "Military units", in: page.nodes))
        #expect(abs(label.x - title.x) < 1, "one column, flush with its title: \(title) \(label)")
        // Across both columns, the module's source line is one line (its list of two columns leaves
        // the right one empty); in one column of half the width, it wraps: two lines flush with the title.
        let lines = Self.origins(page.nodes).filter { abs($0.x - title.x) < 1 && $0.y > label.y + 1 && $0.y < label.y + 40 }
        #expect(lines.count == 2, "source lines under the figure: \(lines)")
        #expect(output.document.pages.map(\.columnVoidShare).allSatisfy { $0 <= Page.columnVoidLimit })
    }
}
