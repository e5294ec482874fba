import Foundation
import Yams

/// `Specs/publication.yaml`: which specs make the publication set, in which languages, into which
/// folder of `Output/`. Read with Yams' decoder; a mistake names the key and the line.
public struct PublicationManifest: Decodable, Sendable {
    public struct Set: Decodable, Sendable {
        /// Folder under the output folder ("priorities", "missions", "slides", "overview"); relative,
        /// no `..` (checked with its position by `ManifestPathCheck`).
        public var folder: String
        /// Spec paths relative to the manifest; a trailing `*.yaml` takes every spec of a folder. They
        /// must lead inside the manifest's project, symlinks followed (see `Confinement`).
        public var specs: [String]
        /// Languages to render; `all` means every language with a translation table.
        public var languages: [String]
        /// What the outputs are, for the combined PDF's outline: priority, mission, slide, overview.
        public var role: String
    }
    /// May use {period}, {period.lower}, {period.short}: the publication's cycle.
    public var title: String
    /// The publication's reporting cycle: a cycle id, or `latest` / absent for the newest cycle
    /// with data. Specs' `latest`, `previous`, `latest-N` and every page header follow it.
    public var cycle: String?
    /// Per cycle, indicators its report does not give although the cycle before did, checked by hand:
    /// the export does not list the blocks that show their older figure. A new cycle starts with none.
    public var knownGaps: [String: [String]]?
    public var sets: [Set]

    enum CodingKeys: String, CodingKey {
        case title, cycle, sets
        case knownGaps = "known-gaps"
    }

    public static func load(_ url: URL) throws -> PublicationManifest {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try YAMLDecoder().decode(PublicationManifest.self, from: text)
    }

    /// The spec files a set names, sorted, relative paths resolved against `base`.
    public static func expand(_ patterns: [String], base: URL) -> [URL] {
        var out: [URL] = []
        for pattern in patterns {
            if pattern.hasSuffix("*.yaml") {
                let dir = base.appendingPathComponent(String(pattern.dropLast("*.yaml".count)))
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
                    .filter { $0.hasSuffix(".yaml") }.sorted()
                out += names.map { dir.appendingPathComponent($0) }
            } else {
                out.append(base.appendingPathComponent(pattern))
            }
        }
        return out
    }
}
