import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `<parent>/.<out>.a4p-lock`, so two a4p runs never write one output folder
/// at once. The lock file sits beside the folder, not in it, because the folder itself is swapped.
/// The kernel drops the lock when the process dies (even by SIGKILL), so a stale file never blocks.
struct OutputLock: ~Copyable {
    let path: String
    private let fd: Int32

    /// Takes the lock or fails at once, naming the folder.
    init(path: String, folder: String) throws {
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw RenderError("\(folder): cannot create the lock file \(path): \(PosixFiles.errnoText())") }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(fd)
                if code == EWOULDBLOCK {
                    throw RenderError("\(folder): another a4p is writing into this folder (lock \(path)); wait for it to finish and run again")
                }
                throw RenderError("\(folder): cannot lock \(path): \(PosixFiles.errnoText(code))")
            }
            // The previous holder unlinks the file when done; if we locked a file that is no longer
            // at `path`, someone else may lock the new one, so start again.
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, lstat(path, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev {
                self.path = path
                self.fd = fd
                return
            }
            close(fd)
        }
    }

    deinit {
        unlink(path)
        close(fd)
    }
}
