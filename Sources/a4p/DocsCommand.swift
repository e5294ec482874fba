import A4PCairoRenderers
import A4PLayoutSpec
import A4PRender
import A4PScene
import A4PText
import ArgumentParser
import Foundation

/// `a4p docs` (hidden; `scripts/doc-pictures` runs it): regenerates the pages of docs/ that show
/// pictures, so they cannot drift from the code: `chart-kinds.md` with a picture of every block kind
/// the registry has, each drawn from its snippet `docs/kinds/<type>.yaml`, and the generated parts of
/// `tutorial.md` (the spec `a4p init` writes, and its page before and after the tutorial's edit).
/// A test runs it into a temporary folder and compares the pages with the checked-in ones.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs", abstract: "Regenerate docs/chart-kinds.md, its pictures and the generated parts of docs/tutorial.md.",
        shouldDisplay: false)

    @Option(help: "The docs folder to read: kinds/*.yaml and tutorial.md.") var docs: String = "docs"
    @Option(help: "Where to write the pages and pictures (default: the docs folder itself).") var out: String?

    func run() throws {
        A4P.logging
        let source = URL(fileURLWithPath: docs), target = URL(fileURLWithPath: out ?? docs)
        let engine = try TextEngine.bundled()
        var session = SpecSession()
        var status: Int32 = 0
        var sections: [DocsPages.Kind] = []
        for kind in KindCatalogue.kinds {
            let relative = "kinds/\(kind.tag).yaml"
            let path = source.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: path) else {
                printError("\(path): missing; every block kind needs a snippet to draw (copy a neighbour)")
                status = ExitStatus.noInput
                continue
            }
            guard let (_, outputs, hasErrors) = session.render(path, engine: engine, language: nil, status: &status),
                  !hasErrors, let first = outputs.first else { continue }
            let picture = "images/kinds/\(kind.tag).png"
            try write(first.document, scale: 2, to: target.appendingPathComponent(picture))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            sections.append(DocsPages.Kind(tag: kind.tag, summary: kind.summary, snippet: DocsPages.blocks(of: text), file: relative,
                                           picture: picture, width: Int(first.document.pages[0].size.width.rounded())))
        }
        if status != 0 { throw ExitCode(status) }
        try AtomicFile.write(Array(DocsPages.chartKinds(sections).utf8), to: target.appendingPathComponent("chart-kinds.md"))
        try tutorial(from: source, to: target, engine: engine)
        for name in ["chart-kinds.md", "tutorial.md"] { print(target.appendingPathComponent(name).relativePath) }
    }

    /// The tutorial's project as `a4p init` writes it, rendered before and after the tutorial's edit;
    /// the spec and the edit are written into tutorial.md between its `<!-- generated:… -->` markers.
    func tutorial(from source: URL, to target: URL, engine: TextEngine) throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("a4p-docs-\(getpid())")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: project) }
        try Data(ProjectScaffold.csv.utf8).write(to: project.appendingPathComponent(ProjectScaffold.dataFile))
        let spec = ProjectScaffold.spec(translations: false)
        for (name, text) in [("report", spec), ("report-edited", DocsPages.edited(spec))] {
            let path = project.appendingPathComponent(ProjectScaffold.specFile).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            var session = SpecSession(), status: Int32 = 0
            guard let (_, outputs, hasErrors) = session.render(path, engine: engine, language: nil, status: &status),
                  !hasErrors, let first = outputs.first else {
                printError("the tutorial's \(name) spec does not render; fix ProjectScaffold or DocsPages.edit")
                throw ExitCode(ExitStatus.dataError)
            }
            try write(first.document, scale: 1.5, to: target.appendingPathComponent("images/tutorial/\(name).png"))
        }
        let page = try String(contentsOf: source.appendingPathComponent("tutorial.md"), encoding: .utf8)
        let filled = DocsPages.fill(page, [
            // As `a4p init` writes it next to the copied tables; drawn above without them (English needs none).
            "scaffold-spec": "```yaml\n" + ProjectScaffold.spec(translations: true) + "```\n",
            "edit": "```yaml\n" + DocsPages.edit + "```\n",
        ])
        try AtomicFile.write(Array(filled.utf8), to: target.appendingPathComponent("tutorial.md"))
    }

    /// The first page of `document` as PNG at `scale` pixels per point, with the fixed creation date.
    func write(_ document: Document, scale: Double, to url: URL) throws {
        var first = document
        first.pages = Array(first.pages.prefix(1))
        first.metadata.creationDate = nil
        let bytes = try RendererRegistry.standard.renderer(named: "png", options: RenderOptions(scale: scale)).render(first)[0].bytes
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(bytes, to: url)
    }
}
