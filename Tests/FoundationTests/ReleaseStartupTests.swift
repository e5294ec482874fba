import Foundation
import TestSupport
import Testing

/// Issue 18, start-up. The release `a4p` links libstdc++ (which the static Foundation's ICU needs) from its
/// static archive, through the lld linker script `Sources/C/StaticCXX/libstdc++.so` that Package.swift's
/// release link searches first: loading the shared libstdc++ had cost ld.so 1,720 symbol look-ups at every
/// start (its own relocations), three quarters of the loader's time in a one-chart run. And the executable
/// defines the standard library's two argv functions (`Sources/C/Argv`), so the static runtime's constructor
/// that read /proc/self/maps to find argv is not linked.
@Suite("Release start-up: static libstdc++, argv without /proc/self/maps")
struct ReleaseStartupTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The release build's binary, when one was built in this package (`swift build -c release`).
    static let release = root.appendingPathComponent(".build/release/a4p")
    /// A release binary built no earlier than the debug binary under test: an older one may predate the
    /// sources being tested (a merge rebuilt only debug), and its checks would test another revision.
    static var releaseBuilt: Bool {
        guard FileManager.default.isExecutableFile(atPath: release.path),
              let built = (try? FileManager.default.attributesOfItem(atPath: release.path))?[.modificationDate] as? Date,
              let debug = (try? FileManager.default.attributesOfItem(atPath: A4PBinary.url.path))?[.modificationDate] as? Date
        else { return false }
        return built >= debug
    }

    @Test("the linker script names the static archive, the C compiler finds that archive, and Package.swift passes its folder")
    func script() throws {
        let folder = Self.root.appendingPathComponent("Sources/C/StaticCXX")
        let text = try String(contentsOf: folder.appendingPathComponent("libstdc++.so"), encoding: .utf8)
        #expect(text.contains("INPUT(-l:libstdc++.a)"), "\(text)")
        let archive = try ExternalTool.run("cc", ["-print-file-name=libstdc++.a"])
        let path = archive.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(archive.status == 0 && path.hasPrefix("/") && FileManager.default.fileExists(atPath: path),
                "libstdc++.a not found (Debian: libstdc++-12-dev): \(archive.stdout)")
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("\"-L\", staticCXXFolder") && manifest.contains("/Sources/C/StaticCXX\""))
    }

    @Test("the release binary names no libstdc++, a page without SVG images loads none, and the every-block page renders as in debug",
          .enabled(if: releaseBuilt))
    func releaseBinary() throws {
        let readelf = try ExternalTool.run("readelf", ["-d", Self.release.path])
        #expect(readelf.status == 0 && readelf.stdout.contains("(NEEDED)") && readelf.stdout.contains("libcairo"))
        #expect(!readelf.stdout.contains("libstdc++"), "\(readelf.stdout)")
        let env = ProcessInfo.processInfo.environment.merging(["LD_DEBUG": "libs"]) { $1 }
        // A page without an SVG image loads no libstdc++ (librsvg, opened for SVG images only, brings the system's).
        let specimenDir = try TempDir.make("a4p-static-cxx-specimen")
        defer { try? FileManager.default.removeItem(at: specimenDir) }
        let specimen = try ExternalTool.run(Self.release.path, ["specimen", "--format", "pdf", "--out", specimenDir.path, "--quiet"],
                                            environment: env)
        #expect(specimen.status == 0 && specimen.stderr.contains("libcairo"), "\(specimen.stderr.suffix(2_000))")
        #expect(!specimen.stderr.contains("libstdc++"), "the release binary loaded libstdc++")
        let dir = try TempDir.make("a4p-static-cxx")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The every-block page's charts format their figures through ICU (the C++ code the static archive serves).
        var pdfs: [Data] = []
        for (binary, name) in [(Self.release.path, "release"), (A4PBinary.url.path, "debug")] {
            let out = dir.appendingPathComponent(name)
            let run = try ExternalTool.run(binary, ["render", "Specs/examples/every-block.yaml", "--format", "pdf", "--out", out.path],
                                           environment: env, currentDirectory: Self.root)
            #expect(run.status == 0, "\(name): \(run.stderr.suffix(2_000))")
            #expect(run.stderr.contains("libcairo"), "LD_DEBUG reports the libraries loaded")
            let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".pdf") }.sorted()
            #expect(files.count == 1, "\(files)")
            pdfs.append(try Data(contentsOf: out.appendingPathComponent(files.first ?? "none.pdf")))
        }
        #expect(pdfs[0] == pdfs[1], "release and debug specimens differ")
    }

    /// Arguments as `CommandLine.arguments` gives them, through the executable's argv functions: spaces,
    /// UTF-8 and an empty argument reach ArgumentParser intact, in debug and (when built) release.
    @Test("arguments with spaces, UTF-8 and empty strings reach the commands intact")
    func argumentsIntact() throws {
        let dir = try TempDir.make("a4p-argv")
        defer { try? FileManager.default.removeItem(at: dir) }
        let odd = dir.appendingPathComponent("a spec ñ 和 ع.yaml")
        try "version: [\n".write(to: odd, atomically: true, encoding: .utf8)
        let binaries = [A4PBinary.url.path] + (Self.releaseBuilt ? [Self.release.path] : [])
        for binary in binaries {
            let run = try ExternalTool.run(binary, ["validate", odd.path])
            #expect(run.status != 0 && (run.stdout + run.stderr).contains("a spec ñ 和 ع.yaml"), "\(binary): \(run.stderr)")
            let empty = try ExternalTool.run(binary, ["render", "", "--format", "pdf"])
            #expect(empty.status != 0 && !empty.stderr.contains("Missing expected argument"), "\(binary): \(empty.stderr)")
            let help = try ExternalTool.run(binary, ["bench", "--help"])
            #expect(help.status == 0 && help.stdout.contains("USAGE: a4p bench"), "\(binary)")
        }
    }

    @Test("the release binary has no argv grabber (the constructor that read /proc/self/maps)", .enabled(if: releaseBuilt))
    func noMapsRead() throws {
        let symbols = try ExternalTool.run("nm", [Self.release.path])
        #expect(symbols.status == 0 && symbols.stdout.contains("_swift_stdlib_getUnsafeArgvArgc"))
        #expect(!symbols.stdout.contains("argvGrabber"), "libswiftCore's CommandLine object was linked")
        // The grabber parsed each line of /proc/self/maps with sscanf("%p-%p"): no such string is left in the binary.
        let strings = try ExternalTool.run("strings", ["-a", Self.release.path])
        #expect(strings.status == 0 && !strings.stdout.split(separator: "\n").contains("%p-%p"),
                "the grabber's format string is in the binary")
        let version = try ExternalTool.run(Self.release.path, ["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }
}
