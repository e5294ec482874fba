import TestSupport
import A4PScene
import A4PText
import Foundation
import Testing

@Suite("PDF metadata, links, destinations, outline")
struct PDFFeatureTests {
    static func document() -> Document {
        let engine = Fixtures.engine
        var page1 = Page(size: Size(595, 842))
        page1.nodes = engine.line("Go to the fact sheet", style: TextStyle(size: 12)).runs(at: Point(40, 60)).map(Node.text)
        page1.nodes.append(.link(Link(rect: Rect(x: 40, y: 48, width: 120, height: 16), target: .destination("unmiss"))))
        page1.nodes.append(.link(Link(rect: Rect(x: 40, y: 80, width: 120, height: 16),
                                      target: .uri("https://peacekeeping.un.org/en/action-for-peacekeeping-a4p"))))
        page1.nodes.append(.anchor(Anchor(name: "overview", point: Point(0, 0))))
        var page2 = Page(size: Size(960, 540))
        page2.nodes = [.anchor(Anchor(name: "unmiss", point: Point(0, 0)))]
            + engine.line("UNMISS", style: TextStyle(size: 20)).runs(at: Point(40, 60)).map(Node.text)
        let metadata = DocumentMetadata(title: "A4P+ fact sheet", subject: "UNMISS, cycle 6", author: "DPO",
                                        keywords: ["A4P+", "UNMISS"])
        let outline = [OutlineItem(title: "Overview", destination: "overview", children: [
            OutlineItem(title: "UNMISS — Soudan du Sud", destination: "unmiss")])]
        return Document(pages: [page1, page2], metadata: metadata, outline: outline)
    }

    func writePDF() throws -> URL {
        let bytes = try #require(try Fixtures.render(Self.document(), "pdf").first)
        let url = try TempDir.make().appendingPathComponent("features.pdf")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("metadata: title, subject, author, creator, keywords and a fixed creation date")
    func metadata() throws {
        let out = try ExternalTool.run("pdfinfo", [try writePDF().path]).stdout
        var info: [String: String] = [:]
        for line in out.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #expect(info["Title"] == "A4P+ fact sheet")
        #expect(info["Subject"] == "UNMISS, cycle 6")
        #expect(info["Author"] == "DPO")
        #expect(info["Creator"] == "A4P Charts")
        #expect(info["Keywords"] == "A4P+, UNMISS")
        #expect(info["Pages"] == "2")
        #expect(info["Tagged"] == "yes")
        #expect(info["CreationDate"] == "Sat Jan  1 00:00:00 2000 UTC", "fixed creation date")
    }

    @Test("named destinations, internal and external links")
    func linksAndDestinations() throws {
        let url = try writePDF()
        let dests = try ExternalTool.run("pdfinfo", ["-dests", url.path]).stdout
        #expect(dests.contains("\"unmiss\""))
        #expect(dests.contains("\"overview\""))
        let raw = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(raw.contains("/URI (https://peacekeeping.un.org/en/action-for-peacekeeping-a4p)"))
        #expect(raw.contains("/Dest (unmiss)"))
        #expect(try ExternalTool.run("qpdf", ["--check", url.path]).status == 0)
    }

    @Test("the outline keeps its nesting and non-Latin titles")
    func outline() throws {
        let url = try writePDF()
        let json = try ExternalTool.run("qpdf", ["--json", "--json-key=outlines", url.path])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"title\": \"Overview\""))
        #expect(json.stdout.contains("UNMISS — Soudan du Sud"))
    }
}

@Suite("PDF: page-covering fills")
struct PDFBackgroundTests {
    @Test("a fill covering the whole page (a background) keeps the text drawn after it and a valid file")
    func fullPageBackground() throws {
        let engine = Fixtures.engine
        var page = Page(size: Size(640, 400))
        page.nodes = [.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: 640, height: 400)), fill: Color(hexString: "#F2F2F2")))]
            + engine.line("Background behind this line", style: TextStyle(size: 12)).runs(at: Point(40, 60)).map(Node.text)
        let bytes = try #require(try Fixtures.render(Document(pages: [page, page]), "pdf").first)
        let url = try TempDir.make().appendingPathComponent("background.pdf")
        try Data(bytes).write(to: url)
        #expect(try ExternalTool.run("qpdf", ["--check", url.path]).status == 0)
        let text = try ExternalTool.run("pdftotext", [url.path, "-"]).stdout
        #expect(text.components(separatedBy: "Background behind this line").count == 3, "\(text)")
    }
}
