import Foundation
import Testing
import TestSupport

/// One source of truth for the version: `A4PVersion.current` (Sources/a4p/Version.swift), SemVer,
/// printed by `a4p --version`, and equal to the release tag when the commit carries one.
@Suite("Version: one constant, SemVer, printed by a4p --version")
struct VersionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// SemVer 2.0's core plus optional pre-release and build parts (semver.org's regular expression, shortened).
    static var semVer: some RegexComponent { #/(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?/# }

    /// The string literal of `static let current = "…"` in Version.swift.
    static func constant() throws -> String {
        let source = try String(contentsOf: root.appendingPathComponent("Sources/a4p/Version.swift"), encoding: .utf8)
        let match = try #require(source.firstMatch(of: #/static let current = "([^"]*)"/#))
        return String(match.1)
    }

    @Test("the constant is SemVer and a4p --version prints exactly it")
    func versionFlag() throws {
        let version = try Self.constant()
        #expect(version.wholeMatch(of: Self.semVer) != nil, "\(version) is not MAJOR.MINOR.PATCH")
        let run = try A4PBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == version)
    }

    @Test("a commit tagged vX.Y.Z sets the constant to X.Y.Z")
    func tagMatches() throws {
        let describe = try ExternalTool.run("git", ["-C", Self.root.path, "tag", "--points-at", "HEAD", "--list", "v*"])
        let tags = describe.stdout.split(separator: "\n").map(String.init)
        let version = try Self.constant()
        for tag in tags where tag.dropFirst().wholeMatch(of: Self.semVer) != nil {
            #expect(tag == "v" + version, "tag \(tag) but Version.swift says \(version)")
        }
        // The parser the check relies on: a tag name with pre-release and build parts is SemVer, "1.2" is not.
        #expect("1.0.0-rc.1+build.5".wholeMatch(of: Self.semVer) != nil)
        #expect("1.2".wholeMatch(of: Self.semVer) == nil && "01.2.3".wholeMatch(of: Self.semVer) == nil)
    }
}
