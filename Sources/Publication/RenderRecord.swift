import A4PRender
import Foundation

/// What the previous export rendered, kept in the output folder as `.a4p-record.json`: for every rendering
/// job (a document in one format, a thumbnail, a chart asset, a combined PDF) the digest of its inputs and
/// the files it gave, each with its SHA-256.
///
/// A job is reused only when its input digest is the one recorded and every file it gave is still in the
/// output folder with the recorded hash; otherwise it is rendered. So the record can only save work, never
/// change a byte: a damaged, foreign or hand-edited record, or a file changed on disk, costs a rendering.
/// The record is written with every export (`--force` too), listed in no manifest, and replaced as one
/// with the rest of the folder (`OutputFolder`), so it always describes the files beside it.
public struct RenderRecord: Codable, Equatable, Sendable {
    /// Name of the record in the output folder.
    public static let fileName = ".a4p-record.json"
    /// Records of another layout are ignored; bump it when the digest or the layout changes.
    static let currentFormat = "a4p render record 1"

    public struct File: Codable, Equatable, Sendable {
        public var path: String
        /// The page it shows (PNG, SVG), nil for a whole document (PDF).
        public var page: Int?
        public var sha256: String
    }

    public struct Job: Codable, Equatable, Sendable {
        public var input: String
        public var files: [File]
    }

    public var format: String
    public var jobs: [String: Job]

    public init(jobs: [String: Job] = [:]) { format = Self.currentFormat; self.jobs = jobs }

    /// The record in `folder`, or an empty one when there is none or it cannot be trusted as a whole
    /// (not a regular file, over 64 MiB, not JSON of this layout): an empty record renders everything.
    public static func load(from folder: URL) -> RenderRecord {
        let path = folder.appendingPathComponent(fileName).path
        guard let data = regularFile(path, limit: 64 << 20),
              let record = try? JSONDecoder().decode(RenderRecord.self, from: data),
              record.format == currentFormat else { return RenderRecord() }
        return record
    }

    /// The record as written: sorted keys, so the same export always gives the same bytes.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [10]
    }

    /// The files of job `key` read back from `folder` when its inputs are still `input` and every file
    /// holds the bytes recorded; nil (render it) otherwise. `sha256` is the export's own file digest.
    func reuse(_ key: String, input: String, from folder: URL, sha256: ([UInt8]) -> String) -> [RenderedFile]? {
        guard let job = jobs[key], job.input == input, !job.files.isEmpty else { return nil }
        var out: [RenderedFile] = []
        for file in job.files {
            // Paths come from a file anyone could edit: only plain relative paths inside the folder.
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
                  let data = Self.regularFile(folder.appendingPathComponent(file.path).path, limit: 1 << 30) else { return nil }
            let bytes = [UInt8](data)
            guard sha256(bytes) == file.sha256 else { return nil }
            out.append(RenderedFile(pageIndex: file.page, bytes: bytes))
        }
        return out
    }

    /// The contents of a regular file (never through a link) of at most `limit` bytes.
    static func regularFile(_ path: String, limit: Int) -> Data? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular, (attributes[.size] as? Int ?? .max) <= limit else { return nil }
        return FileManager.default.contents(atPath: path)
    }
}

/// How many renderings an export did and how many it took from the record, for the summary.
public struct RenderCount: Equatable, Sendable {
    /// Documents (outputs of the set) with at least one format rendered, as "folder/name", sorted.
    public var renderedDocuments: [String] = []
    public var documents = 0
    /// Combined PDFs made again, and all of them.
    public var renderedCombined = 0
    public var combined = 0
    public init() {}

    /// "rendered 2 of 233 documents (missions/MINUSCA-en, missions/MINUSCA-fr), reused 231; 2 of 8 combined PDFs made again".
    public var summary: String {
        let shown = renderedDocuments.prefix(8).joined(separator: ", ") + (renderedDocuments.count > 8 ? ", …" : "")
        var s = "rendered \(renderedDocuments.count) of \(documents) documents"
        if !renderedDocuments.isEmpty && renderedDocuments.count < documents { s += " (\(shown))" }
        s += ", reused \(documents - renderedDocuments.count)"
        if combined > 0 { s += "; \(renderedCombined) of \(combined) combined PDFs made again" }
        return s
    }
}
