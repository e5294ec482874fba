import A4PIndicators
import Foundation
import TestSupport
import Testing

/// `a4p export --review`: every document ends with the fact-checker's appendix, which lists each
/// figure the document prints with its source and the report's own sentence.
@Suite("a4p export --review: the fact-checker's appendix")
struct ReviewAppendixTests {
    static let run: (dir: URL, status: Int32, stderr: String) = {
        let dir = try! TempDir.make("a4p-review")
        let out = try! A4PBinary.run(["export", "--review", "--format", "pdf", "--out", dir.path])
        return (dir, out.status, out.stderr)
    }()

    static func text(_ relative: String) throws -> String {
        normalisedExtraction(try ExternalTool.run("pdftotext", [run.dir.appendingPathComponent(relative).path, "-"]).stdout)
    }

    @Test("every document of the set gets the appendix; the default export has none")
    func everyDocument() throws {
        #expect(Self.run.status == 0, "\(Self.run.stderr)")
        let pdfs = Export.files("pdf", in: Self.run.dir).filter { !$0.path.contains("/combined/") }
        #expect(pdfs.count >= 50)
        for pdf in pdfs {
            let name = pdf.path.replacingOccurrences(of: Self.run.dir.path + "/", with: "")
            let text = try Self.text(name)
            // The appendix's title in each language of the set (the overview is printed in every language with a table).
            let titles = ["Review appendix", "Annexe de vérification", "ملحق المراجعة", "Anexo de verificación", "Приложение для проверки", "核查附件"]
            // The C-34 page counts the matrix's paragraphs (Data/c34-recommendations.csv, each with its
            // locator), not observations: the appendix, which lists observations, has nothing to list there.
            #expect(titles.contains { text.contains($0) } || name.hasPrefix("follow-up/"), "\(name) has no review appendix")
            let plain = try Export.text(name)
            #expect(!titles.contains { plain.contains($0) }, "\(name): the default export has an appendix")
        }
    }

    @Test("the appendix quotes the report's words beside the figure, with its seed line")
    func quotes() throws {
        let p4 = try Self.text("priorities/priority-P4.pdf")
        let quote = try #require(Export.dataset.quotes[ObservationKey(indicator: "P4.14", mission: "ALL", period: "C4")])
        #expect(quote.text.contains("243 (72%)"))
        #expect(p4.contains("243 (72%) of alleged perpetrators identified were detained"))
        #expect(p4.contains("000_a262f05c89647387.txt:\(quote.line)"))
        #expect(p4.contains("Scope: excluding MINUSMA"), "a scoped figure says what it counts")
    }

    @Test("the appendix lists as many figures as the document's pages print")
    func counts() throws {
        let text = try Self.text("missions/factsheet-UNMISS-en.pdf")
        let match = try #require(text.firstMatch(of: /(\d+) figures, in the order they first appear/))
        let n = Int(match.1)!
        #expect(n > 30)
        // One entry per figure: each starts with an indicator id and ends its first line with ': value'.
        let entries = text.matches(of: try Regex(#"\b(P\d|WPS|DT|X)\.\d+[a-z]? "#)).count
        #expect(entries >= n, "\(entries) entries for \(n) figures")
    }
}
