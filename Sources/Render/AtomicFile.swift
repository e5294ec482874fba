import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that readers only ever see a complete file or none: bytes go to a temporary
/// file in the target folder, fsynced, then renamed over the target. One file only: a set of files
/// goes through `OutputFolder`, which swaps a whole folder.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            var d = dir.path
            while PosixFiles.kind(d) == .missing, d != "/" { d = (d as NSString).deletingLastPathComponent }
            let why = PosixFiles.kind(d) == .directory ? "\(d) is not writable" : "\(d) is a file, not a folder"
            throw RenderError("\(url.path): cannot create the folder \(dir.path): \(why)")
        }
        var template = Array(dir.appendingPathComponent(".\(url.lastPathComponent).XXXXXX.tmp").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else { throw RenderError("\(url.path): cannot create a file in \(dir.path): \(errnoText())") }
        let tempPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(tempPath) }
        }
        var written = 0
        try bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    let text = errnoText()
                    close(fd)
                    throw RenderError("\(url.path): write failed: \(text)")
                }
                written += n
            }
        }
        fchmod(fd, 0o644)
        guard fsync(fd) == 0 else {
            let text = errnoText()
            close(fd)
            throw RenderError("\(url.path): write failed: \(text)")
        }
        guard close(fd) == 0 else { throw RenderError("\(url.path): write failed: \(errnoText())") }
        guard rename(tempPath, url.path) == 0 else {
            throw RenderError("\(url.path): cannot rename the finished file into place: \(errnoText())")
        }
        ok = true
        try? PosixFiles.syncDirectory(dir.path)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
