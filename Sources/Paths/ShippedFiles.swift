import Foundation

/// Where the files a4p ships with (Fonts/, Data/, Translations/, Specs/) are found at run time:
/// `A4P_FONTS` / `A4P_DATA` first (the callers read them), then upwards from the working directory
/// (a checkout or a project of one's own), then beside the installed binary (`PREFIX/share/a4p/`,
/// written by `scripts/install --prefix PREFIX`), and last the source tree the binary was built
/// from — only for a binary still inside that tree's `.build/`, so an installed copy never
/// depends on the checkout it came from.
public enum ShippedFiles {
    /// The first folder `name` holding `marker` (a file or folder inside it, to tell it from an
    /// unrelated folder of that name), or nil.
    public static func folder(_ name: String, containing marker: String, from start: URL? = nil,
                              sourceFile: String = #filePath) -> URL? {
        let fm = FileManager.default
        func holds(_ dir: URL) -> Bool { fm.fileExists(atPath: dir.appendingPathComponent(marker).path) }
        let cwd = start ?? URL(fileURLWithPath: fm.currentDirectoryPath, isDirectory: true)
        if let found = upwards(from: cwd, name, holds) { return found }
        if let prefix = installPrefix, holds(prefix.appendingPathComponent("share/a4p/\(name)")) {
            return prefix.appendingPathComponent("share/a4p/\(name)")
        }
        // Sources/Paths/ShippedFiles.swift → the package root.
        let root = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let exe = executable, exe.hasPrefix(root.standardizedFileURL.path + "/.build/") else { return nil }
        return holds(root.appendingPathComponent(name)) ? root.appendingPathComponent(name) : nil
    }

    /// `PREFIX` of an installed binary (`PREFIX/bin/a4p`), links followed.
    public static var installPrefix: URL? {
        executable.map { URL(fileURLWithPath: $0).deletingLastPathComponent().deletingLastPathComponent() }
    }

    /// The running binary's real path (Linux: /proc/self/exe).
    static let executable: String? = {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }()

    private static func upwards(from start: URL, _ name: String, _ holds: (URL) -> Bool) -> URL? {
        var dir = start.standardizedFileURL
        while true {
            if holds(dir.appendingPathComponent(name)) { return dir.appendingPathComponent(name) }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }
}
