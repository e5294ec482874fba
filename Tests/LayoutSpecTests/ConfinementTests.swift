import Foundation
import TestSupport
import Testing

/// A project in a temporary folder (`proj/` with `Specs/`), and beside it a folder `elsewhere/` that
/// no spec may reach: a translation table with a secret, a copy of the dataset, an image, a victim file.
private struct Sandbox {
    let root: URL
    var project: URL { root.appendingPathComponent("proj") }
    var specs: URL { project.appendingPathComponent("Specs") }
    var elsewhere: URL { root.appendingPathComponent("elsewhere") }
    let fm = FileManager.default

    init() throws {
        root = try TempDir.make("a4p-confine")
        try fm.createDirectory(at: specs, withIntermediateDirectories: true)
        try fm.createDirectory(at: elsewhere.appendingPathComponent("T"), withIntermediateDirectories: true)
        try "heading: \"TOP SECRET\"\n".write(to: elsewhere.appendingPathComponent("T/en.yaml"), atomically: true, encoding: .utf8)
        try fm.copyItem(at: URL(fileURLWithPath: ShippedSpecs.path("Data")), to: elsewhere.appendingPathComponent("D"))
        try fm.copyItem(at: URL(fileURLWithPath: ShippedSpecs.path("Specs/assets/a4p-badge.png")), to: elsewhere.appendingPathComponent("badge.png"))
        try Data("precious".utf8).write(to: elsewhere.appendingPathComponent("report.pdf"))
    }

    /// Writes `Specs/<name>` with a page and `body`; returns its path.
    func spec(_ name: String, _ body: String) throws -> String {
        let url = specs.appendingPathComponent(name)
        try ("title: t\npage: {size: A4}\n" + body).write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func link(_ name: String, to target: URL) throws {
        try fm.createSymbolicLink(atPath: specs.appendingPathComponent(name).path, withDestinationPath: target.path)
    }

    var victimIntact: Bool { (try? Data(contentsOf: elsewhere.appendingPathComponent("report.pdf"))) == Data("precious".utf8) }
}

@Suite("Confinement: what a spec or manifest names stays in the project or the output folder")
struct ConfinementTests {
    /// `validate` and `render` both refuse, with the position, and render writes nothing.
    private func refused(_ box: Sandbox, _ spec: String, _ expected: String) throws {
        let validate = try A4PBinary.run(["validate", spec])
        #expect(validate.status == 65)
        #expect(validate.stderr.contains(expected), "\(validate.stderr)")
        let out = box.root.appendingPathComponent("out")
        let render = try A4PBinary.run(["render", spec, "--format", "pdf", "--out", out.path])
        #expect(render.status == 65)
        #expect(!box.fm.fileExists(atPath: out.path))
    }

    @Test("data: and translations: leading out of the project, relative or absolute, are errors at their position")
    func dataAndTranslations() throws {
        let box = try Sandbox()
        let data = try box.spec("d.yaml", "data: ../../elsewhere/D\nblocks:\n  - type: heading\n    text: hi\n")
        try refused(box, data, "d.yaml:3:7: error: data: '../../elsewhere/D' leads outside the project")
        let abs = try box.spec("a.yaml", "data: \(box.elsewhere.path)/D\nblocks:\n  - type: heading\n    text: hi\n")
        try refused(box, abs, "a.yaml:3:7: error: data: '\(box.elsewhere.path)/D' leads outside the project")
        let tr = try box.spec("t.yaml", "translations: ../../elsewhere/T\nblocks:\n  - type: heading\n    text: \"{t:heading}\"\n")
        try refused(box, tr, "t.yaml:3:15: error: translations: '../../elsewhere/T' leads outside the project")
        // A folder inside the project whose table is a link out.
        try box.fm.createDirectory(at: box.specs.appendingPathComponent("T"), withIntermediateDirectories: true)
        try box.fm.createSymbolicLink(atPath: box.specs.appendingPathComponent("T/fr.yaml").path,
                                      withDestinationPath: box.elsewhere.appendingPathComponent("T/en.yaml").path)
        let linked = try box.spec("l.yaml", "translations: T\nblocks:\n  - type: heading\n    text: hi\n")
        try refused(box, linked, "l.yaml:3:15: error: translations: 'T': fr.yaml is a link leading outside the project")
    }

    @Test("image paths through a linked file, a linked folder, or absolute, are errors at the path")
    func images() throws {
        let box = try Sandbox()
        try box.link("badge.png", to: box.elsewhere.appendingPathComponent("badge.png"))
        try box.link("assets", to: box.elsewhere)
        let spec = try box.spec("i.yaml", """
            blocks:
              - type: image
                path: badge.png
                alt: a
              - type: image
                path: assets/badge.png
                alt: b
              - type: image
                path: \(box.elsewhere.path)/badge.png
                alt: c

            """)
        let run = try A4PBinary.run(["validate", spec])
        #expect(run.status == 65)
        for (line, path) in [(5, "badge.png"), (8, "assets/badge.png"), (11, "\(box.elsewhere.path)/badge.png")] {
            #expect(run.stderr.contains("i.yaml:\(line):11: error: image path '\(path)' leads outside the project"), "\(run.stderr)")
        }
        // The same image copied into the project is fine.
        try box.fm.copyItem(at: box.elsewhere.appendingPathComponent("badge.png"), to: box.specs.appendingPathComponent("own.png"))
        let ok = try box.spec("ok.yaml", "blocks:\n  - type: image\n    path: own.png\n    alt: a\n")
        let valid = try A4PBinary.run(["validate", ok])
        #expect(valid.status == 0, "\(valid.stderr)")
    }

    @Test("output: leading out of the output folder is an error at its position, and the file there stays")
    func output() throws {
        let box = try Sandbox()
        let spec = try box.spec("o.yaml", "output: \"../../../elsewhere/report\"\nblocks:\n  - type: heading\n    text: hi\n")
        try refused(box, spec, "o.yaml:3:9: error: output: '../../../elsewhere/report' leads outside the output folder")
        let abs = try box.spec("p.yaml", "output: \"\(box.elsewhere.path)/report\"\nblocks:\n  - type: heading\n    text: hi\n")
        try refused(box, abs, "p.yaml:3:9: error: output: '\(box.elsewhere.path)/report' leads outside the output folder")
        #expect(box.victimIntact)
        // A subfolder of the output folder is fine.
        let sub = try box.spec("s.yaml", "output: \"sheets/report\"\nblocks:\n  - type: heading\n    text: hi\n")
        let out = box.root.appendingPathComponent("out")
        let run = try A4PBinary.run(["render", sub, "--format", "pdf", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(box.fm.fileExists(atPath: out.appendingPathComponent("sheets/report.pdf").path))
    }

    @Test("publication.yaml: a folder out of the output folder and specs out of the project are errors; nothing is written")
    func manifest() throws {
        let box = try Sandbox()
        _ = try box.spec("ok.yaml", "blocks:\n  - type: heading\n    text: hi\n")
        try box.fm.copyItem(at: box.specs.appendingPathComponent("ok.yaml"), to: box.elsewhere.appendingPathComponent("far.yaml"))
        let manifest = box.specs.appendingPathComponent("publication.yaml")
        try """
            title: x
            sets:
              - folder: ../../elsewhere
                role: overview
                specs: [ok.yaml]
                languages: [en]
              - folder: fine
                role: overview
                specs: [../../elsewhere/far.yaml]
                languages: [en]

            """.write(to: manifest, atomically: true, encoding: .utf8)
        let out = box.root.appendingPathComponent("out")
        let run = try A4PBinary.run(["export", "--manifest", manifest.path, "--out", out.path, "--format", "pdf"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("publication.yaml:3:13: error: folder: '../../elsewhere' leads outside the output folder"), "\(run.stderr)")
        #expect(run.stderr.contains("publication.yaml:9:13: error: specs: '../../elsewhere/far.yaml' leads outside the project"), "\(run.stderr)")
        #expect(!box.fm.fileExists(atPath: out.path))
        #expect(box.victimIntact)
        #expect(try box.fm.contentsOfDirectory(atPath: box.elsewhere.path).sorted() == ["D", "T", "badge.png", "far.yaml", "report.pdf"])
    }
}
