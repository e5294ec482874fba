import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an input file could not be read, said for a person: what is wrong and what to do.
public struct InputFileError: Error, CustomStringConvertible, Sendable {
    public enum Reason: Sendable, Equatable {
        case missing, notRegular(String), tooLarge(size: Int, limit: Int), unreadable(String)
    }
    public var path: String
    /// "spec", "data file", "image", "translation table", … for the message.
    public var what: String
    public var reason: Reason

    public var description: String { "\(path): \(problem)" }

    /// The problem without the path, for messages already positioned at the file.
    public var problem: String {
        switch reason {
        case .missing: "no such \(what)"
        case .notRegular(let kind):
            "the \(what) is \(kind), not a regular file; put the file itself there"
        case .tooLarge(let size, let limit):
            "the \(what) is \(InputFile.megabytes(size)), more than the limit of \(InputFile.megabytes(limit)); split or shrink it"
        case .unreadable(let why): "cannot read the \(what) (\(why)); check its permissions"
        }
    }
}

/// Opens input files the one safe way: symlinks are followed, but only a regular file is read
/// (a FIFO or /dev/zero would hang), never more than a size cap, without blocking.
public enum InputFile {
    /// The whole file, when it is a regular file of at most `limit` bytes.
    public static func read(_ path: String, limit: Int, what: String) throws(InputFileError) -> Data {
        let fd = try open(path, limit: limit, what: what)
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: path, what: what, reason: .unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            // The file may have grown since fstat: the cap holds for what is read, not what was said.
            if data.count > limit { throw InputFileError(path: path, what: what, reason: .tooLarge(size: data.count, limit: limit)) }
        }
        return data
    }

    /// A descriptor open for reading on a regular file of at most `limit` bytes. The caller closes it.
    public static func open(_ path: String, limit: Int, what: String) throws(InputFileError) -> Int32 {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            if e == ENOENT || e == ENOTDIR { throw InputFileError(path: path, what: what, reason: .missing) }
            throw InputFileError(path: path, what: what, reason: .unreadable(String(cString: strerror(e))))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let e = errno
            close(fd)
            throw InputFileError(path: path, what: what, reason: .unreadable(String(cString: strerror(e))))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            throw InputFileError(path: path, what: what, reason: .notRegular(kindName(type)))
        }
        guard Int(info.st_size) <= limit else {
            close(fd)
            throw InputFileError(path: path, what: what, reason: .tooLarge(size: Int(info.st_size), limit: limit))
        }
        // Regular files never block; clear the flag so reads behave normally.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// True when `path` names a regular file (after following symlinks); no error for anything else.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        // One decimal, so 2.1 MB over a 2 MB limit does not read "2 MB, more than 2 MB".
        if bytes >= 1 << 20 {
            let mb = Double(bytes) / Double(1 << 20)
            return mb == mb.rounded() ? "\(Int(mb)) MB" : String(format: "%.1f MB", mb)
        }
        return bytes >= 1024 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}

extension InputFile {
    /// A Foundation error as a short phrase for a message ("permission denied", "not a directory"),
    /// never the raw `NSCocoaErrorDomain Code=…` dump.
    public static func reason(_ error: any Error) -> String {
        if let e = error as? InputFileError { return e.description }
        let ns = error as NSError
        for candidate in [ns.userInfo[NSUnderlyingErrorKey] as? NSError, ns].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(candidate.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on the device"
            case NSFileWriteVolumeReadOnlyError: return "the volume is read-only"
            case NSFileWriteFileExistsError: return "a file is in the way"
            case NSFileReadCorruptFileError: return "the file is damaged"
            case NSFileReadInapplicableStringEncodingError: return "the text is not UTF-8"
            default: break
            }
        }
        return ns.localizedFailureReason ?? "input/output error \(ns.code)"
    }
}
