import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a commit goes: the output folder's real path (symlinks resolved), its parent (where the
/// staging folder and the lock live), and the parent folders this run had to create.
struct OutputTarget {
    /// Real path of the output folder (it may not exist yet).
    var path: String
    var parent: String
    var name: String
    var exists: Bool
    /// Folders created to hold the output folder, outermost first; removed again if the commit fails.
    var createdParents: [String]

    /// `.<name>.a4p-<what>`, beside the output folder.
    func sibling(_ what: String) -> String { parent + "/." + name + ".a4p-" + what }

    static func resolve(_ url: URL) throws -> OutputTarget {
        let given = url.absoluteURL.path
        var created: [String] = []
        let real: String
        switch PosixFiles.kind(given) {
        case .other:
            throw RenderError("--out \(url.path): this is a file, not a folder; give a folder to write into")
        case .directory, .symlink:
            guard let r = PosixFiles.realPath(given), PosixFiles.kind(r) == .directory else {
                throw RenderError("--out \(url.path): this is not a folder (or a link to one); give a folder to write into")
            }
            real = r
        case .missing:
            let name = (given as NSString).lastPathComponent
            created = try makeParents(of: given, for: url.path)
            guard let parent = PosixFiles.realPath((given as NSString).deletingLastPathComponent) else {
                throw RenderError("--out \(url.path): cannot reach its parent folder: \(PosixFiles.errnoText())")
            }
            real = (parent == "/" ? "" : parent) + "/" + name
        }
        guard real != "/" else { throw RenderError("--out \(url.path): the root folder cannot be an output folder") }
        let target = OutputTarget(path: real, parent: (real as NSString).deletingLastPathComponent,
                                  name: (real as NSString).lastPathComponent, exists: PosixFiles.kind(real) == .directory,
                                  createdParents: created)
        try target.checkReplaceable(given: url.path)
        return target
    }

    /// The folder is replaced as a whole, so it must not hold the current folder (a shell or this
    /// process would be left in the removed old tree) and must be on its parent's filesystem.
    private func checkReplaceable(given: String) throws {
        if let cwd = PosixFiles.realPath("."), cwd == path || cwd.hasPrefix(path + "/") {
            throw RenderError("--out \(given): this folder holds the current folder; a4p replaces its output folder as a whole, so give a folder of its own (e.g. Output)")
        }
        if exists, let a = PosixFiles.status(path), let b = PosixFiles.status(parent), a.st_dev != b.st_dev {
            throw RenderError("--out \(given): this folder is a mount point; a4p swaps the output folder with a new one beside it, so give a folder inside it")
        }
    }

    /// Creates the missing folders above `path` (not `path` itself); names the first one that is a file.
    private static func makeParents(of path: String, for given: String) throws -> [String] {
        var missing: [String] = []
        var dir = (path as NSString).deletingLastPathComponent
        while PosixFiles.kind(dir) == .missing, dir != "/" {
            missing.insert(dir, at: 0)
            dir = (dir as NSString).deletingLastPathComponent
        }
        if PosixFiles.kind(dir) == .other || (PosixFiles.kind(dir) == .symlink && PosixFiles.realPath(dir).map(PosixFiles.kind) != .directory) {
            throw RenderError("--out \(given): cannot create it, \(dir) is a file, not a folder")
        }
        var created: [String] = []
        for d in missing {
            guard mkdir(d, 0o755) == 0 else {
                let text = PosixFiles.errnoText()
                for c in created.reversed() { rmdir(c) }
                throw RenderError("--out \(given): cannot create the folder \(d): \(text)")
            }
            created.append(d)
        }
        return created
    }

    func removeCreatedParents() {
        for d in createdParents.reversed() { rmdir(d) }
    }

    /// Staging folders left by runs that were killed (the lock is held, so none is in use). An old
    /// tree set aside by the rename fallback goes back in place if the new one never arrived.
    func removeStale() {
        // Only this output's own leftovers: a crowded parent (/tmp) is not sorted whole (half of a
        // one-chart run's instructions with 7,600 entries there).
        for entry in PosixFiles.entries(parent, prefix: "." + name + ".a4p-") ?? [] {
            let full = parent + "/" + entry
            if entry.hasPrefix("." + name + ".a4p-staging-") {
                PosixFiles.removeTree(full)
            } else if entry.hasPrefix("." + name + ".a4p-old-") {
                if PosixFiles.kind(path) == .missing { rename(full, path) } else { PosixFiles.removeTree(full) }
            }
        }
    }
}
