import Foundation
import TestSupport
import Testing

/// docs/chart-kinds.md and docs/tutorial.md are generated in part (`a4p docs`, run by scripts/doc-pictures):
/// regenerated into a temporary folder, they must equal the checked-in pages, name every block kind
/// the registry has, and link only to files that exist.
@Suite("docs: the block kinds page and the tutorial match the code")
struct DocsDriftTests {
    static let docs = ShippedSpecs.root.appendingPathComponent("docs")

    /// The pages as `a4p docs` writes them now, into a folder of their own.
    static let fresh: Result<URL, Error> = Result {
        let out = try TempDir.make("a4p-docs")
        let run = try A4PBinary.run(["docs", "--docs", docs.path, "--out", out.path], in: ShippedSpecs.root)
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: run.stderr]) }
        return out
    }

    @Test("the checked-in pages are what a4p docs writes (run scripts/doc-pictures after changing a kind, a snippet or a4p init)")
    func noDrift() throws {
        let out = try Self.fresh.get()
        for page in ["chart-kinds.md", "tutorial.md"] {
            let now = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            let checkedIn = try String(contentsOf: Self.docs.appendingPathComponent(page), encoding: .utf8)
            #expect(now == checkedIn, "docs/\(page) is stale: run scripts/doc-pictures")
        }
        // The pictures: the same size as the checked-in ones (a kind whose snippet changed size shows here too).
        let pictures = try FileManager.default.subpathsOfDirectory(atPath: out.appendingPathComponent("images").path).filter { $0.hasSuffix(".png") }
        #expect(pictures.count == 28, "\(pictures)")
        for p in pictures {
            let a = try Data(contentsOf: out.appendingPathComponent("images/\(p)")), b = try Data(contentsOf: Self.docs.appendingPathComponent("images/\(p)"))
            #expect(a[16..<24] == b[16..<24], "docs/images/\(p): another width or height than a4p docs draws now")
        }
    }

    @Test("the kinds page has a section and a picture for every kind `a4p charts` lists, and nothing else")
    func everyKind() throws {
        let listed = try A4PBinary.run(["charts"]).stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(listed.count >= 26)
        let page = try String(contentsOf: Self.docs.appendingPathComponent("chart-kinds.md"), encoding: .utf8)
        let sections = page.matches(of: /\n## `([a-z0-9-]+)`\n/).map { String($0.1) }
        #expect(sections == listed)
        // Each section pictures its kind and shows a snippet that uses it.
        let bodies = page.components(separatedBy: "\n## `").dropFirst()
        for (tag, body) in zip(listed, bodies) {
            #expect(body.contains("<img src=\"images/kinds/\(tag).png\""), "\(tag) has no picture")
            #expect(body.contains("```yaml\n") && body.contains("\nblocks:\n") && body.contains("- type: \(tag)\n"), "\(tag)'s snippet does not use it")
        }
    }

    @Test("every link and picture of the two pages exists, and every snippet is a valid spec")
    func linksAndSnippets() throws {
        for page in ["chart-kinds.md", "tutorial.md"] {
            let text = try String(contentsOf: Self.docs.appendingPathComponent(page), encoding: .utf8)
            let targets = text.matches(of: /(?:src="|\]\()([^")#]+)[")#]/).map { String($0.1) }.filter { !$0.contains("://") && !$0.contains("…") }
            #expect(targets.count >= 3, "\(page)")
            for t in targets {
                #expect(FileManager.default.fileExists(atPath: Self.docs.appendingPathComponent(t).path), "\(page) links to \(t), which does not exist")
            }
        }
        let snippets = try FileManager.default.contentsOfDirectory(atPath: Self.docs.appendingPathComponent("kinds").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Self.docs.appendingPathComponent("kinds/\($0)").path }
        let validate = try A4PBinary.run(["validate"] + snippets, in: ShippedSpecs.root)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.split(separator: "\n").count == snippets.count)
    }
}
