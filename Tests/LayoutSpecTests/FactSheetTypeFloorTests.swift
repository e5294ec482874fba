import A4PLayoutSpec
import A4PScene
import Foundation
import Testing

/// Issue 14, the page review's type sizes on the shipped fact sheets: A4 body, label and table text
/// at least 8 pt (the spec's `text-floor`), whatever copy-fitting did. Only source lines (with the
/// notes under charts and the footer, at the theme's source size) and the header's reporting-period
/// line, set like a source line, are smaller, never under 6.5 pt.
@Suite("Fact sheets: no text under 8 pt but source lines")
struct FactSheetTypeFloorTests {
    static let languages = ["en", "fr", "es", "ru", "ar", "zh"]
    static let spec = "Specs/publication/missions/factsheet.yaml"

    /// Every text run of a page with its size and baseline as printed (groups' transforms applied).
    static func runs(_ nodes: [Node], _ t: Transform = .identity) -> [(text: String, size: Double, y: Double)] {
        nodes.flatMap { node -> [(text: String, size: Double, y: Double)] in
            switch node {
            case .group(let g): return runs(g.children, g.transform.concatenating(t))
            case .text(let r):
                let t = t
                return [(r.text, r.size * abs(t.d), t.apply(r.origin).y)]
            default: return []
            }
        }
    }

    /// The words that open the header's period line in `language` ("Reporting period", "Last reported").
    static func periodWords(_ language: String) throws -> [String] {
        let table = try String(contentsOfFile: ShippedSpecs.path("Translations/\(language).yaml"), encoding: .utf8)
        return table.split(separator: "\n").compactMap { line -> String? in
            for key in ["reporting-period", "last-reported"] where line.hasPrefix("\(key): \"") {
                return String(line.dropFirst(key.count + 3).dropLast())
            }
            return nil
        }
    }

    @Test("every run of every fact-sheet page is 8 pt or more, but source lines (6.5 pt or more)", arguments: languages)
    func eightPoint(language: String) throws {
        let (outputs, log) = try ShippedSpecs.render(Self.spec, language: language)
        #expect(!log.hasErrors, "\(log.sorted)")
        #expect(outputs.count == 12)
        let words = try Self.periodWords(language)
        #expect(words.count == 2)
        for output in outputs {
            for (i, page) in output.document.pages.enumerated() {
                let runs = Self.runs(page.nodes)
                #expect(!runs.isEmpty)
                // Source lines, notes under charts and the footer share the page's smallest size: the
                // theme's source size (6.5 pt, more on a sheet whose type grew).
                let source = runs.map(\.size).min() ?? 0
                #expect(source >= 6.5 - 0.005, "\(output.name) p\(i + 1): \(source) pt")
                // The period line under the title (page 1): every run on its baseline.
                let period = Set(runs.filter { r in words.contains { r.text.contains($0) } }.map { ($0.y * 10).rounded() })
                let small = runs.filter { $0.size < 7.995 && $0.size > source + 0.005 && !period.contains(($0.y * 10).rounded()) }
                #expect(small.isEmpty, "\(output.name) p\(i + 1): \(small.prefix(3).map { "\($0.size) pt \"\($0.text.prefix(30))\"" })")
            }
        }
    }
}
