import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The steps of one commit (see `OutputFolder`): stage, sync, swap, remove the old tree.
struct OutputStaging {
    let target: OutputTarget
    let files: [OutputFile]
    let staging: String
    /// Folders that new files need, relative ("missions", "thumbnails").
    private let neededFolders: Set<String>
    private let newPaths: Set<String>
    private var dropped: Set<String> = []

    init(target: OutputTarget, files: [OutputFile]) {
        self.target = target
        self.files = files
        staging = target.sibling("staging-\(getpid())")
        newPaths = Set(files.map(\.path))
        var folders = Set<String>()
        for f in files {
            var parts = f.path.split(separator: "/").dropLast()
            while !parts.isEmpty { folders.insert(parts.joined(separator: "/")); parts.removeLast() }
        }
        neededFolders = folders
    }

    /// Everything up to the swap can be abandoned (the staging folder is removed and the output
    /// folder was never touched); after it, the commit finishes whatever happens.
    mutating func run(previouslyOwned: (URL) -> Set<String>, interrupted: () -> Int32?) throws {
        let old = PosixFiles.kind(target.path) == .directory ? target.path : nil
        var swapped = false
        var hooks = CommitHooks()
        defer { if !swapped { PosixFiles.removeTree(staging) } }
        func step(_ what: String) throws -> Int32? {
            let fail = hooks.next(what)
            if let sig = interrupted() { throw RenderError("interrupted by signal \(sig); \(target.path) was left as it was") }
            return fail
        }
        _ = try step("create \(staging)")
        try PosixFiles.makeDirectory(staging, mode: old.flatMap(PosixFiles.status).map { $0.st_mode & 0o7777 } ?? 0o755)
        if let old {
            dropped = previouslyOwned(URL(fileURLWithPath: old))
            try carry(from: old, to: staging, relative: "", step: step)
        }
        for file in files {
            let fail = try step("write \(file.path)")
            try makeFolders(for: file.path)
            try PosixFiles.createFile(staging + "/" + file.path, bytes: file.bytes, fail: fail,
                                      name: "\(target.path)/\(file.path)", note: "; nothing was written, \(target.path) is as it was", sync: false)
        }
        // Every new file on disk before the swap, in one flush rather than an fsync each.
        try PosixFiles.syncFilesystem(staging, note: "; nothing was written, \(target.path) is as it was")
        for dir in folders(under: staging).reversed() {
            _ = try step("sync \(dir)")
            try PosixFiles.syncDirectory(dir)
        }
        _ = try step("swap \(staging) and \(target.path)")
        if let old {
            switch hooks.noExchange ? .unsupported : try FolderSwap.exchange(staging, old) {
            case .done:
                swapped = true
            case .unsupported:
                // Two renames: between them the output folder is missing, and the next commit's
                // `removeStale` puts the old one back.
                let aside = target.sibling("old-\(getpid())")
                guard rename(old, aside) == 0 else { throw RenderError("cannot move \(old) aside: \(PosixFiles.errnoText())") }
                hooks.next("fallback: old folder set aside")
                do { try FolderSwap.moveNew(staging, to: old) } catch {
                    rename(aside, old)
                    throw error
                }
                swapped = true
                hooks.next("fallback: remove \(aside)")
                PosixFiles.removeTree(aside)
                try? PosixFiles.syncDirectory(target.parent)
                return
            }
        } else {
            try FolderSwap.moveNew(staging, to: target.path)
            swapped = true
        }
        hooks.next("sync \(target.parent)")
        try? PosixFiles.syncDirectory(target.parent)
        // The staging name now holds the old tree; its files that were kept are links into the new one.
        hooks.next("remove the old tree")
        PosixFiles.removeTree(staging)
        hooks.next("done")
    }

    /// Hard-links every entry of `from` into `to` except new files, dropped files and old temporaries.
    private func carry(from: String, to: String, relative: String, step: (String) throws -> Int32?) throws {
        guard let names = PosixFiles.entries(from) else {
            throw RenderError("\(from): cannot read this folder to keep its files in the new output; fix its permissions or move it away")
        }
        for name in names {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let src = from + "/" + name, dst = to + "/" + name
            if PosixFiles.kind(src) == .directory {
                if newPaths.contains(rel) {
                    throw RenderError("\(target.path)/\(rel) is a folder; a4p would write a file there. Move it away or choose another --out")
                }
                try PosixFiles.makeDirectory(dst, mode: PosixFiles.status(src).map { $0.st_mode & 0o7777 } ?? 0o755)
                try carry(from: src, to: dst, relative: rel, step: step)
                // A folder that held only files this run takes back goes, unless this run writes into it.
                if PosixFiles.entries(dst)?.isEmpty == true, PosixFiles.entries(src)?.isEmpty == false, !neededFolders.contains(rel) {
                    rmdir(dst)
                }
                continue
            }
            if newPaths.contains(rel) || dropped.contains(rel) || Self.isOldTemporary(name) { continue }
            if neededFolders.contains(rel) {
                throw RenderError("\(target.path)/\(rel) is a file or a link; a4p needs a folder there. Move it away or choose another --out")
            }
            _ = try step("keep \(rel)")
            // linkat without AT_SYMLINK_FOLLOW links a symlink itself, never its target. A file we may
            // not link (another user's, under fs.protected_hardlinks) is copied instead.
            if linkat(AT_FDCWD, src, AT_FDCWD, dst, 0) != 0 {
                let code = errno
                guard code == EPERM || code == EMLINK, (try? PosixFiles.copy(src, to: dst)) != nil else {
                    throw RenderError("\(target.path)/\(rel): cannot keep it in the new output (hard link failed: \(PosixFiles.errnoText(code)))")
                }
            }
        }
    }

    /// The temporaries of a4p's older per-file writer, `.<name>.XXXXXX.tmp`, orphaned by a kill.
    static func isOldTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.last!.count == 6 && parts.last!.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// Creates the folders above a new file inside the staging folder; a carried link is never followed.
    private func makeFolders(for path: String) throws {
        var dir = staging
        for part in path.split(separator: "/").dropLast() {
            dir += "/" + part
            switch PosixFiles.kind(dir) {
            case .directory: continue
            case .missing: try PosixFiles.makeDirectory(dir)
            case .symlink, .other:
                throw RenderError("\(target.path)/\(path): a4p would write through \(dir.dropFirst(staging.count + 1)), which is not a folder")
            }
        }
    }

    /// Every folder of the tree, parents before children.
    private func folders(under root: String) -> [String] {
        var out = [root]
        for name in PosixFiles.entries(root) ?? [] where PosixFiles.kind(root + "/" + name) == .directory {
            out += folders(under: root + "/" + name)
        }
        return out
    }
}
