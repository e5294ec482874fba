import A4PRender
import A4PScene
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The digest of what one rendering is made from: the build of a4p, the renderer plugins, the kind of job,
/// the format, the render options, the resolved scene (`SceneEncoding`) and the contents of every font file it names.
/// Equal digests mean equal files, as long as rendering is deterministic (which the export tests check).
final class InputDigests: @unchecked Sendable {
    /// The export's own file digest (the one `manifest.json` lists), so there is one hash function to keep.
    let sha256: @Sendable ([UInt8]) -> String
    private let lock = NSLock()
    private var fonts: [String: String] = [:]
    private var scenes: [String: String] = [:]
    /// The renderer types by module and name: a registry with another "pdf" plugin makes other files.
    let renderers: String

    init(renderers: RendererRegistry, sha256: @escaping @Sendable ([UInt8]) -> String) {
        self.sha256 = sha256
        self.renderers = renderers.plugins.map { String(reflecting: $0) }.joined(separator: ",")
    }

    /// `scene` names the document among the export's (a document is rendered in each format and as a
    /// thumbnail): its scene is encoded and digested once.
    func digest(kind: String, format: String, options: RenderOptions, document: Document, scene: String) -> String {
        var e = SceneEncoding()
        e.add(RenderRecord.currentFormat); e.add(Self.build); e.add(renderers)
        e.add(kind); e.add(format); e.add(options)
        e.add(sceneDigest(document, scene))
        return sha256(e.bytes)
    }

    /// The digest of a scene and of the font files it names.
    private func sceneDigest(_ document: Document, _ name: String) -> String {
        if let known = lock.withLock({ scenes[name] }) { return known }
        var e = SceneEncoding()
        e.add(document)
        for path in e.fonts.sorted() { e.add(path); e.add(font(path)) }
        let digest = sha256(e.bytes)
        lock.withLock { scenes[name] = digest }
        return digest
    }

    /// A font file's digest, read once per export however many documents use it.
    private func font(_ path: String) -> String {
        if let known = lock.withLock({ fonts[path] }) { return known }
        let digest = RenderRecord.regularFile(path, limit: 1 << 30).map { sha256([UInt8]($0)) } ?? "unreadable"
        lock.withLock { fonts[path] = digest }
        return digest
    }

    /// Which build of a4p renders: the running executable's size and modification time. The renderers'
    /// code is an input too, and a version number does not change between two builds of a working tree;
    /// any rebuild does. Reading the whole executable (100 MB) would cost more than it saves. Shared
    /// libraries are left out: in a trial, the libraries `/proc/self/maps` listed when the export began
    /// differed between two runs of the same export, and a record that never matches saves nothing.
    static let build: String = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "unknown build \(ProcessInfo.processInfo.processIdentifier)" }
        return "\(st.st_dev):\(st.st_ino):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }()
}
