import Foundation
import TestSupport
import Testing

/// Issue 14 on the yes-lists (reviews r3, r4): a sentence naming the missions a report lists has no
/// line under it calling the others "left out"; P6 says its mural count once and heads no two blocks
/// of a page alike. Read in the exported set as a reader reads it.
@Suite("a4p export: yes-lists say what the reports list, once")
struct YesListTests {
    /// A block of text as poppler finds it on a page, in points from the top left.
    struct TextBlock {
        var x0: Double, y0: Double, x1: Double, y1: Double
        var lines: [String]
        var text: String { lines.joined(separator: " ") }
    }

    /// The lead of the line naming what a chart leaves out (`Words` "nothing-reported-for"), as
    /// pdftotext extracts it. Arabic is left out: poppler's block output gives its words in visual order.
    static let leftOut = ["Left out, not in the reports", "Omis, absent des rapports", "Omitido, no figura en los informes",
                          "Не показано, нет в отчётах", "报告未涉及，未列出"]
    static let sourceWords = ["Source", "Fuente", "Источник", "来源", "المصدر"]
    /// A sentence naming missions after its lead: "Cycle 5: MINUSCA, …", "Cycle 6 — yes: UNMISS".
    static let namesMissions = #"[:：]\s*(MINU[A-Z]+|MONUSCO|UN[A-Z]{3,})"#

    static func groups(_ pattern: String, _ text: String, dotAll: Bool = false) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: dotAll ? [.dotMatchesLineSeparators] : []) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    /// Direction marks and isolates out, so that the words compare as typed.
    static func plain(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !(0x200E...0x200F).contains($0.value)
            && !(0x202A...0x202E).contains($0.value) && !(0x2066...0x2069).contains($0.value) }))
    }

    /// Each page's text blocks (`pdftotext -bbox-layout`).
    static func pages(_ pdf: URL) throws -> [[TextBlock]] {
        let xml = try ExternalTool.run("pdftotext", ["-bbox-layout", pdf.path, "-"]).stdout
        return xml.components(separatedBy: "<page ").dropFirst().map { page in
            groups(#"<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</block>"#, page, dotAll: true).map { g in
                let lines = groups(#"<line[^>]*>(.*?)</line>"#, g[5], dotAll: true).map { line in
                    plain(groups(#"<word[^>]*>([^<]*)</word>"#, line[1]).map { $0[1] }.joined(separator: " "))
                }
                return TextBlock(x0: Double(g[1]) ?? 0, y0: Double(g[2]) ?? 0, x1: Double(g[3]) ?? 0, y1: Double(g[4]) ?? 0, lines: lines)
            }
        }
    }

    /// What stands above each "left out" line in its column, up to the chart it belongs to: the lines
    /// before it in its block, then the blocks above it that overlap it, through its source lines.
    static func aboveLeftOut(_ blocks: [TextBlock]) -> [(line: String, above: String)] {
        var found: [(String, String)] = []
        for block in blocks {
            for (i, line) in block.lines.enumerated() where leftOut.contains(where: line.contains) {
                var text = block.lines[..<i].joined(separator: " ")
                let over = blocks.filter { $0.y1 <= block.y0 + 1 && $0.x0 < block.x1 && block.x0 < $0.x1 && $0.y0 != block.y0 }
                for other in over.sorted(by: { $0.y1 > $1.y1 }) {
                    text = other.text + " " + text
                    let isSource = sourceWords.contains(where: other.text.hasPrefix) || other.text.contains("|")
                    if !isSource { break }
                }
                found.append((line, text))
            }
        }
        return found
    }

    @Test("no 'left out' line under a sentence naming missions, anywhere in the set (five languages)")
    func noLeftOutUnderYesList() throws {
        let candidates = TruthfulFiguresTests.texts.filter { _, text in Self.leftOut.contains(where: Self.plain(text).contains) }
        for (name, _) in candidates {
            for (page, blocks) in try Self.pages(Export.first.dir.appendingPathComponent(name)).enumerated() {
                for (line, above) in Self.aboveLeftOut(blocks) {
                    #expect(above.range(of: Self.namesMissions, options: .regularExpression) == nil,
                            "\(name) p\(page + 1): '\(line)' under '\(above.suffix(160))'")
                }
            }
        }
    }

    @Test("P6: the mural count once: the hero and the list of its missions, not the lead (six languages)")
    func p6MuralsOnce() throws {
        // The campaign's word in each language: the hero's caption and the list's title name it; the lead does not.
        let words = ["priorities/priority-P6.pdf": "mural", "priorities/priority-P6-fr.pdf": "fresques",
                     "priorities/priority-P6-es.pdf": "murales", "priorities/priority-P6-ru.pdf": "роспис",
                     "priorities/priority-P6-zh.pdf": "壁画", "priorities/priority-P6-ar.pdf": "جدار"]
        for (suffix, word) in words {
            let text = Self.plain(try TruthfulFiguresTests.english(suffix)).lowercased()
            #expect(text.components(separatedBy: word).count - 1 == 2, "\(suffix): '\(word)' in the hero's caption and the list's title only")
        }
        let en = PrioritiesOnceTests.flat(try TruthfulFiguresTests.english("priorities/priority-P6.pdf"))
        let lead = try #require(en.components(separatedBy: "OUTREACH AND MEDIA").first)
        #expect(!lead.contains("five missions") && !lead.contains("mural"), "\(lead)")
        #expect(en.contains("Cycle 6: MINUSCA, MONUSCO, UNFICYP, UNISFA, UNMIK."), "the missions, named once, under the hero")
    }

    @Test("P6: the sentiment list is headed once, by its block's title: no '(cont.)' atop a column (six languages)")
    func p6NoContinuedHeading() throws {
        // `Words` "continued" in the six languages.
        let continued = ["(cont.)", "(suite)", "(продолж.)", "（续）", "(تابع)"]
        let all = PrioritiesOnceTests.docs("priority-P6")
        #expect(all.count == 6)
        for (name, text) in all {
            #expect(!continued.contains(where: Self.plain(text).contains), "\(name)")
        }
    }

    /// The block titles of each page: bold ink text between the body and the page title's sizes
    /// (`pdftohtml -xml`), a title wrapped over lines joined again.
    static func headings(_ pdf: URL) throws -> [[String]] {
        let xml = try ExternalTool.run("pdftohtml", ["-xml", "-i", "-stdout", pdf.path]).stdout
        var fonts: [String: (size: Double, color: String)] = [:]
        for g in groups(#"<fontspec id="(\d+)" size="([\d.]+)" family="[^"]*" color="(#\w+)"/>"#, xml) { fonts[g[1]] = (Double(g[2]) ?? 0, g[3]) }
        return xml.components(separatedBy: "<page ").dropFirst().map { page in
            var found: [(top: Int, left: Int, right: Int, font: String, text: String)] = []
            for g in groups(#"<text top="(\d+)" left="(\d+)" width="(\d+)" height="(\d+)" font="(\d+)"><b>(.*?)</b></text>"#, page) {
                guard let f = fonts[g[5]], f.color == "#1a1a1a", (12...22).contains(f.size), let top = Int(g[1]),
                      let left = Int(g[2]), let width = Int(g[3]), let height = Int(g[4]) else { continue }
                let text = g[6].replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                if let last = found.last, last.top == top, left >= last.right, left - last.right <= 12 {
                    // A piece of the same line (poppler breaks a line at a ligature or a narrow space).
                    found[found.count - 1] = (top, last.left, left + width, last.font, last.text + (left - last.right > 2 ? " " : "") + text)
                } else if let last = found.last, last.font == g[5], last.left == left, top > last.top, Double(top - last.top) <= Double(height) * 1.6 {
                    found[found.count - 1] = (top, left, max(last.right, left + width), last.font, last.text + " " + text)
                } else {
                    found.append((top, left, left + width, g[5], text))
                }
            }
            return found.map(\.text).filter { $0.filter(\.isLetter).count >= 4 }
        }
    }

    @Test("P1, P5 and P6: no two blocks of a page headed alike, a qualifier in brackets aside (en, fr, es)")
    func headingsUnique() throws {
        for doc in ["priority-P1", "priority-P5", "priority-P6"] {
            for suffix in ["", "-fr", "-es"] {
                let pdf = Export.first.dir.appendingPathComponent("priorities/\(doc)\(suffix).pdf")
                let pages = try Self.headings(pdf)
                #expect(pages.count == 2 && pages.allSatisfy { !$0.isEmpty }, "\(doc)\(suffix): \(pages)")
                for (n, titles) in pages.enumerated() {
                    // "Impact on the mandate (survey, May 2023)" and "Impact on the mandate (2022 overview)" are one heading twice.
                    let cores = titles.map { String($0.split(whereSeparator: { $0 == "(" || $0 == "（" }).first ?? "").trimmingCharacters(in: .whitespaces) }
                    let twice = Set(cores.filter { c in cores.filter { $0 == c }.count > 1 })
                    #expect(twice.isEmpty, "\(doc)\(suffix) p\(n + 1): \(twice.sorted()) among \(titles)")
                }
            }
        }
    }
}
