import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few POSIX calls the output transaction needs, with errors turned into messages. Foundation's
/// FileManager follows symlinks and does not fsync, so durability and "never through a symlink" are
/// done here by hand.
enum PosixFiles {
    enum Kind { case missing, directory, symlink, other }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static func status(_ path: String) -> stat? {
        var st = stat()
        return lstat(path, &st) == 0 ? st : nil
    }

    /// The path with every symlink resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Creates `path` (mode 0644, never through or over a symlink), writes every byte, fsyncs and closes.
    /// Errors name the file as `name` and end with `note`; `fail` is a test hook: the errno to fail with.
    /// `sync: false` leaves the flush to the caller (`syncFilesystem` after a batch of files).
    static func createFile(_ path: String, bytes: [UInt8], fail: Int32? = nil, name: String? = nil, note: String = "", sync: Bool = true) throws {
        let name = name ?? path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RenderError("\(name): cannot create the file: \(errnoText())\(note)") }
        var closed = false
        defer { if !closed { close(fd) } }
        if let fail { throw RenderError("\(name): write failed: \(errnoText(fail))\(note)") }
        do { try writeAll(fd, bytes, path: name) } catch let e as RenderError { throw RenderError(e.message + note) }
        if sync { guard fsync(fd) == 0 else { throw RenderError("\(name): write failed: \(errnoText())\(note)") } }
        closed = true
        guard close(fd) == 0 else { throw RenderError("\(name): write failed: \(errnoText())\(note)") }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var written = 0
        try bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RenderError("\(path): write failed: \(errnoText())")
                }
                written += n
            }
        }
    }

    /// Copies a regular file (bytes and mode) or a symlink (its target); anything else fails.
    static func copy(_ src: String, to dst: String) throws {
        switch kind(src) {
        case .symlink:
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: src), symlink(target, dst) == 0 else {
                throw RenderError("\(src): cannot copy the link")
            }
        case .other where (status(src)?.st_mode ?? 0) & S_IFMT == S_IFREG:
            guard let data = FileManager.default.contents(atPath: src) else { throw RenderError("\(src): cannot read it") }
            try createFile(dst, bytes: [UInt8](data))
            chmod(dst, (status(src)?.st_mode ?? 0o644) & 0o7777)
        default:
            throw RenderError("\(src): cannot copy this kind of file")
        }
    }

    /// Makes a folder's entries durable (a rename or a new file is only on disk once its folder is synced).
    /// Flushes every file written on the filesystem that holds `path` to disk (syncfs(2): one journal
    /// commit, where an fsync per file costs one each: 3,400 fsyncs took 3.1 s of an export with
    /// --charts). Since Linux 5.8 it reports the write-back errors an fsync would.
    static func syncFilesystem(_ path: String, note: String = "") throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw RenderError("\(path): cannot open the folder to sync it: \(errnoText())\(note)") }
        defer { close(fd) }
        guard syncFilesystemOf(fd) == 0 else { throw RenderError("\(path): write failed: \(errnoText())\(note)") }
    }

    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw RenderError("\(path): cannot open the folder to sync it: \(errnoText())") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw RenderError("\(path): cannot sync the folder: \(errnoText())") }
    }

    static func makeDirectory(_ path: String, mode: mode_t = 0o755) throws {
        guard mkdir(path, mode) == 0 else { throw RenderError("\(path): cannot create the folder: \(errnoText())") }
    }

    /// Entry names of a folder, sorted (nil when it cannot be read).
    static func entries(_ path: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// The entries of `path` whose names start with `prefix`, sorted: filtered before sorting, since
    /// the folder may be a crowded one such as /tmp or ~/Downloads.
    static func entries(_ path: String, prefix: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: path)).map { $0.filter { $0.hasPrefix(prefix) }.sorted() }
    }

    /// Removes a file or a whole tree; symlinks are removed, never followed.
    static func removeTree(_ path: String) {
        if kind(path) == .directory {
            for name in entries(path) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

#if os(Linux)
/// glibc's syncfs, which the Glibc module does not import (it is declared under _GNU_SOURCE).
@_silgen_name("syncfs") private func syncFilesystemOf(_ fd: Int32) -> Int32
#else
private func syncFilesystemOf(_ fd: Int32) -> Int32 { fsync(fd) == 0 ? (sync(), 0).1 : -1 }
#endif
