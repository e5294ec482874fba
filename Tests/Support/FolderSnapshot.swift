import Foundation

/// Every entry of a folder tree, relative path → bytes (a link → "-> target", a folder → "/"), to
/// compare an output folder with itself before and after.
public struct FolderSnapshot: Equatable, CustomStringConvertible {
    public var entries: [String: Data]

    public init(_ root: URL) {
        var entries: [String: Data] = [:]
        func walk(_ dir: URL, _ prefix: String) {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() {
                let url = dir.appendingPathComponent(name), rel = prefix + name
                let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?: entries[rel + "/"] = Data(); walk(url, rel + "/")
                case .typeSymbolicLink?: entries[rel] = Data(("-> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?")).utf8)
                default: entries[rel] = (try? Data(contentsOf: url)) ?? Data("unreadable".utf8)
                }
            }
        }
        walk(root, "")
        self.entries = entries
    }

    public var paths: [String] { entries.keys.sorted() }
    public var description: String { paths.joined(separator: ", ") }
}
