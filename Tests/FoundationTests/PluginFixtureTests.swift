import Foundation
import Testing
import TestSupport

/// Both SwiftPM plugins, used the way another package uses them: `Tests/Fixtures/PluginUser` depends on
/// this checkout by path, renders its spec at build time through A4PRenderSpecs and runs `swift package a4p`.
/// The fixture is built in a temporary copy with its own `--scratch-path`, so it never waits on the
/// `.build` lock of the `swift test` that runs this and writes nothing into the checkout. One debug
/// build of one spec; the copy and its build folder are removed afterwards.
@Suite("SwiftPM plugins in a package that depends on A4PCharts")
struct PluginFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let env = URL(fileURLWithPath: "/usr/bin/env")

    /// A copy of the fixture whose path dependency names this checkout.
    static func copyFixture(into temp: URL) throws -> URL {
        let package = temp.appendingPathComponent("PluginUser")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/Fixtures/PluginUser"), to: package)
        let manifest = package.appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try #require(text.contains(#"path: "../../..""#))
        try text.replacingOccurrences(of: #"path: "../../..""#, with: "path: \"\(root.path)\"")
            .write(to: manifest, atomically: true, encoding: .utf8)
        return package
    }

    @Test("build-tool plugin: fleet.a4p.yaml becomes a PDF among Report's resources; command plugin: a4p render and validate")
    func pluginsInADependentPackage() throws {
        let temp = try TempDir.make("a4p-plugin-user")
        defer { try? FileManager.default.removeItem(at: temp) }
        let package = try Self.copyFixture(into: temp), scratch = temp.appendingPathComponent("scratch")
        // The command plugin declares that it writes (export, render); off a terminal SwiftPM cannot ask, so every call says yes.
        let swiftPM = ["swift", "package", "--scratch-path", scratch.path, "--allow-writing-to-package-directory"]

        let build = try TimedProcess.run(Self.env, ["swift", "build", "--scratch-path", scratch.path, "--product", "Report"],
                                         in: package, timeout: 1200)
        try #require(build.status == 0, "swift build: \(build.stderr.suffix(3000)) \(build.stdout.suffix(3000))")
        // The executable finds the PDF through Bundle.module: a resource of its target, not a stray file.
        let run = try ExternalTool.run(scratch.appendingPathComponent("debug/Report").path, [])
        #expect(run.status == 0, "\(run.stderr)")
        let path = try #require(run.stdout.split(separator: " ").first.map(String.init))
        #expect(path.hasSuffix("/fleet.a4p.pdf"))
        let check = try ExternalTool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let text = try ExternalTool.run("pdftotext", [path, "-"]).stdout
        #expect(text.contains("Vehicles per sector") && text.contains("Sector North"), "\(text)")

        let render = try TimedProcess.run(Self.env, swiftPM + ["a4p", "render",
                                                               "Sources/Report/fleet.a4p.yaml", "--format", "pdf", "--out", "Rendered"],
                                          in: package, timeout: 600)
        #expect(render.status == 0, "\(render.stderr.suffix(3000))")
        let pdf = package.appendingPathComponent("Rendered/fleet.a4p.pdf")
        #expect(try ExternalTool.run("qpdf", ["--check", pdf.path]).status == 0)
        let validate = try TimedProcess.run(Self.env, swiftPM + ["a4p", "validate", "Sources/Report/fleet.a4p.yaml"], in: package, timeout: 600)
        #expect(validate.status == 0, "\(validate.stderr.suffix(3000))")
        // A missing spec: the plugin fails, carrying a4p's exit status for missing input.
        let missing = try TimedProcess.run(Self.env, swiftPM + ["a4p", "validate", "Sources/Report/missing.a4p.yaml"], in: package, timeout: 600)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("status 66"), "\(missing.stderr.suffix(2000))")
    }
}
