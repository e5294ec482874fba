import Foundation
import TestSupport
import Testing

/// `index.html` as a browser sees it: headless Chromium (Debian's `chromium`, from scripts/setup) opens
/// a small export from disk, applies filters given in the address, and the DOM it dumps says which cards
/// are hidden. A small project of its own (P1 in English and Arabic, the mission fact sheets in English
/// and French) keeps it to seconds.
@Suite("index.html in headless Chromium: filters, thumbnails, sizes, links", .serialized)
struct GalleryBrowserTests {
    /// One export shared by the tests of the suite.
    static let export: Result<URL, Error> = Result {
        let (project, manifest) = try SmallExport.project("a4p-gallery", manifest: """
            title: "Gallery test"
            sets:
              - {folder: priorities, role: priority, specs: [publication/priorities/P1.yaml], languages: [en, ar]}
              - {folder: missions, role: mission, specs: [publication/missions/factsheet.yaml], languages: [en, fr]}

            """)
        let out = project.appendingPathComponent("out")
        let result = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", out.path, "--format", "pdf,png", "--scale", "0.5"])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
        return out
    }

    /// The DOM after the page's script ran, for `index.html` with `suffix` (`#mission=…`) appended.
    static func dom(_ out: URL, _ suffix: String = "") throws -> String {
        let url = out.appendingPathComponent("index.html").absoluteString + suffix
        let run = try ExternalTool.run("chromium", ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
                                                    "--user-data-dir=\(out.deletingLastPathComponent().appendingPathComponent("chromium").path)",
                                                    "--virtual-time-budget=2000", "--dump-dom", url])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// Each card as (its attributes, hidden or not).
    static func cards(_ html: String) -> [(attributes: String, hidden: Bool)] {
        html.matches(of: /<figure([^>]*)>/).map { m in (String(m.1), m.1.contains(" hidden")) }
    }

    @Test("every card is visible and the filter bar hidden in the HTML itself (no script); the script shows the bar")
    func withoutScript() throws {
        let out = try Self.export.get()
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let cards = Self.cards(html)
        #expect(cards.count >= 10 && cards.allSatisfy { !$0.hidden }, "\(cards.count) cards")
        #expect(html.contains("<form id=\"filters\" hidden>"))
        let shown = try Self.dom(out)
        #expect(shown.contains("<form id=\"filters\">"), "the script shows the filter bar")
        #expect(Self.cards(shown).allSatisfy { !$0.hidden }, "no filter: every card shown")
    }

    @Test("#mission=…&language=fr hides every card of another mission or language, and says how many are shown")
    func missionAndLanguage() throws {
        let out = try Self.export.get()
        let shown = Self.cards(try Self.dom(out, "#mission=UNMISS&language=fr"))
        let visible = shown.filter { !$0.hidden }
        #expect(visible.count == 1, "\(visible.map(\.attributes))")
        #expect(visible.allSatisfy { $0.attributes.contains("data-mission=\"UNMISS\"") && $0.attributes.contains("data-language=\"fr\"") })
        #expect(shown.count > 10)
        let dom = try Self.dom(out, "?language=ar")
        let arabic = Self.cards(dom).filter { !$0.hidden }
        #expect(!arabic.isEmpty && arabic.allSatisfy { $0.attributes.contains("lang=\"ar\" dir=\"rtl\"") }, "\(arabic.map(\.attributes))")
        #expect(dom.contains("\(arabic.count) of \(shown.count) documents"))
        // The missions section has no Arabic card, so it is hidden as a whole.
        #expect(dom.contains("<section hidden=\"\"><h2>Missions</h2>"))
    }

    @Test("#priority=P1&format=png keeps the P1 pages only; the combined PDFs have no PNG")
    func priorityAndFormat() throws {
        let out = try Self.export.get()
        let visible = Self.cards(try Self.dom(out, "#priority=P1&format=png")).filter { !$0.hidden }
        #expect(visible.count == 2 && visible.allSatisfy { $0.attributes.contains("data-priority=\"P1\"") }, "\(visible.map(\.attributes))")
    }

    @Test("every href and src resolves to a file; thumbnails are at least 400 px wide (2× the 200 CSS px); combined PDFs have one; sizes are shown")
    func linksAndThumbnails() throws {
        let out = try Self.export.get()
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let refs = html.matches(of: /(?:href|src)="([^"]+)"/).map { String($0.1) }
        #expect(refs.count > 40)
        for r in refs { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(r).path), "\(r)") }
        let thumbnails = Set(html.matches(of: /src="(thumbnails\/[^"]+)"/).map { String($0.1) })
        #expect(!thumbnails.isEmpty)
        for t in thumbnails {
            let png = try Data(contentsOf: out.appendingPathComponent(t))
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width >= 400, "\(t) is \(width) px wide")
        }
        let combined = html.matches(of: /<figure[^>]*>(.*?)<\/figure>/).map { String($0.1) }.filter { $0.contains("href=\"combined/") }
        #expect(combined.count >= 2 && combined.allSatisfy { $0.contains("<img src=\"thumbnails/") }, "\(combined)")
        #expect(html.contains(/<a href="missions\/[^"]+\.pdf">PDF<\/a> <small>[0-9.]+ (KB|MB)<\/small>/))
    }
}
