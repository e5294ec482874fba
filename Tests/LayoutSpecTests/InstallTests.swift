import Foundation
import TestSupport
import Testing

/// README "Runs anywhere": the binary installed into a prefix renders from a folder outside the
/// checkout with its own Fonts/, Data/ and Translations/, and never reads the checkout's.
@Suite("Runs anywhere: scripts/install --prefix", .serialized)
struct InstallTests {
    let fm = FileManager.default

    @Test("installed: specimen, a fact sheet, a4p init and render outside the checkout; without share/a4p/Fonts it fails, not falls back to the checkout")
    func installed() throws {
        let tmp = try TempDir.make("a4p-install")
        let prefix = tmp.appendingPathComponent("prefix"), work = tmp.appendingPathComponent("work")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        let install = try ExternalTool.run("/bin/sh", [ShippedSpecs.path("scripts/install"), "--prefix", prefix.path, "--binary", A4PBinary.url.path])
        #expect(install.status == 0, "\(install.stderr)")
        let a4p = prefix.appendingPathComponent("bin/a4p").path
        // No A4P_FONTS/A4P_DATA from the test's environment: the prefix alone must do.
        var env = ProcessInfo.processInfo.environment
        env["A4P_FONTS"] = nil; env["A4P_DATA"] = nil
        func run(_ args: [String]) throws -> ExternalTool.Output { try ExternalTool.run(a4p, args, environment: env, currentDirectory: work) }

        let specimen = try run(["specimen", "--format", "pdf", "--out", "s"])
        #expect(specimen.status == 0, "\(specimen.stderr)")
        #expect(fm.fileExists(atPath: work.appendingPathComponent("s/specimen.pdf").path))
        let sheet = prefix.appendingPathComponent("share/a4p/Specs/publication/missions/factsheet.yaml").path
        let render = try run(["render", sheet, "--only", "UNMISS", "--lang", "fr", "--format", "pdf", "--out", "f"])
        #expect(render.status == 0, "\(render.stderr)")
        let text = normalisedExtraction(try ExternalTool.run("pdftotext", [work.appendingPathComponent("f/factsheet-UNMISS-fr.pdf").path, "-"]).stdout)
        #expect(text.contains("UNMISS"))
        #expect(try run(["data", "check"]).status == 0)
        #expect(try run(["init", "mine"]).status == 0)
        #expect(fm.fileExists(atPath: work.appendingPathComponent("mine/Translations/fr.yaml").path))
        let own = try ExternalTool.run(a4p, ["render", "report.yaml", "--format", "pdf"], environment: env,
                                       currentDirectory: work.appendingPathComponent("mine"))
        #expect(own.status == 0, "\(own.stderr)")

        // The checkout is still there, but an installed binary must not reach for it.
        try fm.removeItem(at: prefix.appendingPathComponent("share/a4p/Fonts"))
        let broken = try run(["specimen", "--format", "pdf", "--out", "s2"])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("no .ttf or .otf font files here"), "\(broken.stderr)")
    }
}
