import Foundation
import TestSupport
import Testing

/// A publication of one priority page, in a project of its own with copies of the shipped specs, data
/// and translations (links would lead outside the project, which a4p refuses): small enough to export
/// in a fraction of a second.
enum SmallExport {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The one-page publication: priority 1 in English.
    static let onePage = "title: \"One page\"\nsets:\n  - folder: priorities\n    role: priority\n    specs: [publication/priorities/P1.yaml]\n    languages: [en]\n"

    /// A project of its own in a temporary folder (named after `name`): the repository's data,
    /// translations and publication specs, and `manifest` as its Specs/publication.yaml.
    static func project(_ name: String, manifest: String = onePage) throws -> (project: URL, manifest: URL) {
        let project = try TempDir.make(name)
        let fm = FileManager.default
        try fm.createDirectory(at: project.appendingPathComponent("Specs"), withIntermediateDirectories: true)
        for folder in ["Data", "Translations", "Specs/publication"] {
            try fm.copyItem(at: repository.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        let file = project.appendingPathComponent("Specs/publication.yaml")
        try manifest.write(to: file, atomically: true, encoding: .utf8)
        return (project, file)
    }

    static func run(formats: String, charts: Bool = false) throws -> (ExternalTool.Output, [String]) {
        let (project, manifest) = try project("a4p-small-export")
        let fm = FileManager.default
        let out = project.appendingPathComponent("out")
        let result = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", out.path, "--format", formats, "--scale", "1"] + (charts ? ["--charts"] : []))
        let files = (fm.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return fm.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        return (result, files.sorted())
    }
}

@Suite("a4p export --format: the formats asked for are the formats written")
struct ExportFormatTests {
    @Test("--format svg writes no PDF, not even the combined ones; thumbnails for index.html stay")
    func svgOnly() throws {
        let (result, files) = try SmallExport.run(formats: "svg", charts: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files.filter { !$0.hasPrefix("charts/") } == [".a4p-record.json", "index.html", "manifest.json", "priorities/priority-P1-1.svg", "priorities/priority-P1-2.svg",
                          "thumbnails/priorities-priority-P1.png"], "\(files)")
        // The chart assets come in the formats asked for too: SVG, with their figures and alt text.
        let charts = Set(files.filter { $0.hasPrefix("charts/priority-P1/") }.map { ($0 as NSString).pathExtension })
        #expect(charts == ["svg", "csv", "txt"], "\(charts)")
    }

    @Test("--format pdf writes the combined PDF too")
    func pdf() throws {
        let (result, files) = try SmallExport.run(formats: "pdf")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files.contains("combined/a4p-publication.pdf") && files.contains("priorities/priority-P1.pdf"), "\(files)")
    }
}
