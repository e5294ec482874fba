import A4PIndicators
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Specs and manifests come from other people, so every path they name is held to a folder:
/// inputs (images, `data:`, `translations:`, a manifest's `specs:`) to the project, outputs
/// (`output:`, a manifest's `folder:`) to the output folder.
///
/// **The project** of a spec (or manifest) is the nearest folder at or above the folder it lives
/// in, with symlinks resolved, that holds `Specs/`, `Data/`, `Package.swift` or `.git`; if none
/// does, the spec's own folder. A named input path is resolved against the spec's folder with every
/// symlink followed (the real path of the file, or of its nearest existing parent folder plus the
/// rest), and that real path must lie inside the project's real path. So `../../Data` from
/// `Specs/examples/` is fine, while `/etc/x`, `../../../elsewhere` and a link that leads out are not.
/// The dataset a4p finds on its own when a spec names none (`A4P_DATA`, or `Data/` above the current
/// folder) is the operator's choice, not the spec's, and is not held to the project.
public enum Confinement {
    /// The project folder for a spec or manifest in `folder` (see above).
    public static func projectRoot(of folder: URL) -> URL {
        let start = realPath(folder.path)
        var dir = start
        while true {
            for marker in ["Specs", "Data", "Package.swift", ".git"]
            where FileManager.default.fileExists(atPath: dir + "/" + marker) { return URL(fileURLWithPath: dir) }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return URL(fileURLWithPath: start) }
            dir = parent
        }
    }

    /// The real path `path` leads to from `base`: symlinks followed in the part that exists, the
    /// rest (which does not exist) added lexically.
    public static func realPath(_ path: String, base: URL? = nil) -> String {
        let joined = path.hasPrefix("/") || base == nil ? path : base!.path + "/" + path
        let full = (joined.hasPrefix("/") ? joined : FileManager.default.currentDirectoryPath + "/" + joined)
        var existing = full, rest: [String] = []
        while true {
            if let p = realpath(existing, nil) {
                defer { free(p) }
                let resolved = String(cString: p)
                return rest.isEmpty ? resolved : (URL(fileURLWithPath: resolved).appendingPathComponent(rest.joined(separator: "/"))
                                                    .standardizedFileURL.path)
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return URL(fileURLWithPath: full).standardizedFileURL.path }
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = parent
        }
    }

    public static func isInside(_ real: String, _ root: URL) -> Bool {
        real == root.path || real.hasPrefix(root.path == "/" ? "/" : root.path + "/")
    }

    /// Checks an input path a spec names at `position`; logs an error and returns nil when it leads out.
    @discardableResult
    public static func checkInput(_ path: String, base: URL, root: URL, key: String, rule: String = "outside-project",
                                  at position: SourcePosition, log: inout DiagnosticLog) -> String? {
        let real = realPath(path, base: base)
        guard isInside(real, root) else {
            log.error(position, rule: rule,
                      "\(key) '\(path)' leads outside the project (to \(real)); keep the paths a spec or manifest names inside the project, \(root.path)")
            return nil
        }
        return real
    }

    /// Checks that nothing in an input folder (to `depth` levels) is a link leading outside the project.
    public static func checkFolderContents(_ folder: String, named path: String, root: URL, key: String, depth: Int = 2,
                                           at position: SourcePosition, log: inout DiagnosticLog) {
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() {
            let entry = folder + "/" + name
            let real = realPath(entry)
            if !isInside(real, root) {
                log.error(position, rule: "outside-project",
                          "\(key) '\(path)': \(name) is a link leading outside the project (to \(real)); keep the paths a spec or manifest names inside the project, \(root.path)")
            } else if (try? FileManager.default.attributesOfItem(atPath: entry)[.type] as? FileAttributeType) == .typeDirectory {
                checkFolderContents(entry, named: path + "/" + name, root: root, key: key, depth: depth - 1, at: position, log: &log)
            }
        }
    }

    /// An output name stays inside the output folder: relative, without `..` (checked as written,
    /// placeholders and all; the writer checks the expanded name again and never writes through a link).
    public static func checkOutput(_ name: String, key: String, at position: SourcePosition, log: inout DiagnosticLog) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasPrefix("/") || name.hasPrefix("~") || parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
            log.error(position, rule: "output-outside",
                      "\(key) '\(name)' leads outside the output folder; give a name inside it (relative, no '..', no leading '/')")
        }
    }
}
