import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file of an output set: a path relative to the output folder, and its bytes.
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
}

/// An output folder (`--out`) that a4p writes all or nothing.
///
/// `commit` builds the whole new folder as a sibling, `.<name>.a4p-staging-<pid>`, on the same
/// filesystem: every entry of the current folder is hard-linked into it (same bytes, no copy) except
/// the files this run writes and those `previouslyOwned` names; then the new files are written and
/// fsynced, the folders fsynced, and the staging folder is exchanged with the output folder in one
/// `renameat2(RENAME_EXCHANGE)` (see `FolderSwap`). The old tree, now at the staging name, is removed.
/// A kill at any instant leaves the output folder old or new, never a mix; what it leaves beside it
/// (a staging folder) is removed by the next commit, under the lock. Files a4p did not write (a
/// README, notes) are kept, and so are a4p's own files of other commands (a `render` into the folder
/// of an export), unless `previouslyOwned` hands them back.
public struct OutputFolder: Sendable {
    public var url: URL
    public init(_ url: URL) { self.url = url }

    /// Writes `files` as one change of the folder. `previouslyOwned` gets the current folder (when
    /// there is one) and returns relative paths of files the previous run wrote that this run
    /// replaces as a set (e.g. every file of the previous `manifest.json`); they are not kept.
    public func commit(_ files: [OutputFile], previouslyOwned: (URL) -> Set<String> = { _ in [] }) throws {
        try Self.checkPaths(files.map(\.path))
        let target = try OutputTarget.resolve(url)
        do {
            let lock = try OutputLock(path: target.sibling("lock"), folder: url.path)
            target.removeStale()
            let signals = CommitSignals()
            let result = Result {
                var staging = OutputStaging(target: target, files: files)
                try staging.run(previouslyOwned: previouslyOwned, interrupted: { signals.received })
            }
            _ = consume lock
            if case .failure = result { target.removeCreatedParents() }
            signals.end(note: "a4p: interrupted; \(url.path) is " + (result.isSuccess ? "complete (the new output)" : "as it was before"))
            try result.get()
        } catch {
            target.removeCreatedParents()
            throw error
        }
    }

    /// Output paths stay inside the folder: relative, no `.` or `..` parts, each written once.
    static func checkPaths(_ paths: [String]) throws {
        var seen = Set<String>()
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) || path.contains("\0") {
                throw RenderError("'\(path)': an output path must stay inside the output folder (relative, no '..')")
            }
            if !seen.insert(path).inserted { throw RenderError("'\(path)': two outputs would be written to the same file") }
        }
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
