import Foundation

extension RendererRegistry {
    /// The prefix of an external renderer's file name: `a4p-renderer-txt` renders format `txt`.
    public static let externalPrefix = "a4p-renderer-"

    /// This registry with the external renderers found in `environment` added after its own
    /// (a built-in name is never replaced). The folder `A4P_RENDERERS` is searched first, then
    /// PATH in order; the first program of a name wins, as a shell would pick it.
    public func addingExternalRenderers(environment: [String: String] = ProcessInfo.processInfo.environment) -> RendererRegistry {
        var registry = self
        let timeout = environment["A4P_RENDERER_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
            ?? ExternalRenderer.defaultTimeout
        var seen: Set<String> = []
        for found in Self.externalPrograms(environment: environment) where seen.insert(found.name).inserted {
            registry.register(external: ExternalRenderer(name: found.name, path: found.path, timeout: timeout))
        }
        return registry
    }

    /// Every `a4p-renderer-NAME` executable in the search folders, in search order, each folder's
    /// sorted by name (so the list does not depend on the order a file system lists a folder).
    static func externalPrograms(environment: [String: String]) -> [(name: String, path: String)] {
        let folders = (environment["A4P_RENDERERS"].map { [$0] } ?? [])
            + (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        var found: [(name: String, path: String)] = []
        let files = FileManager.default
        for folder in folders where !folder.isEmpty {
            guard let entries = try? files.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.sorted() where entry.hasPrefix(externalPrefix) {
                let name = String(entry.dropFirst(externalPrefix.count))
                guard isFormatName(name) else { continue }
                let path = URL(fileURLWithPath: folder).appendingPathComponent(entry).standardizedFileURL.path
                var isDirectory: ObjCBool = false
                guard files.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      files.isExecutableFile(atPath: path) else { continue }
                found.append((name, path))
            }
        }
        return found
    }

    /// `[a-z0-9]+`: a name that is safe as a file extension and on a command line.
    static func isFormatName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
}
