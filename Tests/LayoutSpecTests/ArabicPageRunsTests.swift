import A4PScene
@testable import A4PLayoutSpec
import Testing

/// Review 5 read P6's Arabic heading "حملة #PeaceBegins، الدورة 4" as "PeaceBegins#". Its glyphs say
/// otherwise (checked at 300 dpi on the shipped export, and here): the chart title is laid out by the
/// same text engine as the label beside it, and its "#" is drawn in the Latin run, left of the "P".
/// This holds every Arabic priority page to that: a sign that leads a Latin run or a number ("#",
/// ">", "≈") is never drawn as a right-to-left run of its own, which is how a flipped one looks.
@Suite("Arabic priority pages and overview: signs stay in their Latin runs, headings and titles too")
struct ArabicPageRunsTests {
    static func runs(_ priority: String) throws -> [GlyphRun] {
        let (outputs, log) = try ShippedSpecs.render(priority == "overview" ? "Specs/publication/overview.yaml"
                                                     : "Specs/publication/priorities/\(priority).yaml", language: "ar")
        #expect(!log.hasErrors, "\(priority): \(log.sorted.prefix(3))")
        let output = try #require(outputs.first)
        func walk(_ nodes: [Node]) -> [GlyphRun] {
            nodes.flatMap { node -> [GlyphRun] in
                switch node {
                case .text(let run): [run]
                case .group(let g): walk(g.children)
                default: []
                }
            }
        }
        return output.document.pages.flatMap { walk($0.nodes) }
    }

    static func plain(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) && !$0.properties.isWhitespace }))
    }

    @Test("P6: the campaign's heading and its label both draw '#PeaceBegins' as one left-to-right run")
    func peaceBegins() throws {
        let latin = try Self.runs("P6").filter { !$0.isRightToLeft && Self.plain($0.text).contains("PeaceBegins") }
        #expect(latin.count >= 2, "\(latin.map(\.text))")
        for run in latin { #expect(Self.plain(run.text).hasPrefix("#PeaceBegins"), "'\(run.text)'") }
    }

    @Test("no leading sign ends a right-to-left run", arguments: ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "overview"])
    func signsStay(_ priority: String) throws {
        // ("+" and "−" are left out: the Arabic name of A4P+ ends in a "+" of the Arabic text, and a
        // minus between two numbers is the Arabic sentence's.)
        let signs = Set("#><≥≤≈~±".unicodeScalars)
        for run in try Self.runs(priority) where run.isRightToLeft {
            let s = Self.plain(run.text)
            // A flipped sign is drawn with the Arabic before it ("حملة #" then "PeaceBegins"): the run
            // ends in it, where a run of Arabic never ends.
            #expect(s.unicodeScalars.last.map { !signs.contains($0) } ?? true, "\(priority): '\(run.text)' drawn right to left")
        }
    }
}
