import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished folder in place of another in one atomic step.
///
/// Why `renameat2(RENAME_EXCHANGE)`: it swaps two directory entries in one system call, so at every
/// instant the output path names either the complete old tree or the complete new one, even under
/// SIGKILL or power loss (ext4, xfs, btrfs, tmpfs; Linux ≥ 3.15). Per-file renames cannot do that
/// for a set of files: a kill between two renames leaves a mix. The call is looked up with `dlsym`
/// because glibc declares it only under `_GNU_SOURCE`.
enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let noReplace: UInt32 = 1 << 0
    private static let exchangeFlag: UInt32 = 1 << 1

    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    enum Outcome { case done, unsupported }

    /// Exchanges `a` and `b` (both must exist). `.unsupported` when the filesystem or kernel cannot.
    static func exchange(_ a: String, _ b: String) throws -> Outcome {
        guard let call = renameat2 else { return .unsupported }
        if call(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 { return .done }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return .unsupported }
        throw RenderError("cannot swap \(a) into \(b): \(PosixFiles.errnoText())")
    }

    /// Renames `from` to `to`, failing (never replacing) if `to` appeared meanwhile.
    static func moveNew(_ from: String, to: String) throws {
        if let call = renameat2 {
            if call(AT_FDCWD, from, AT_FDCWD, to, noReplace) == 0 { return }
            if errno != EINVAL && errno != ENOSYS && errno != ENOTSUP {
                throw RenderError("cannot move \(from) to \(to): \(PosixFiles.errnoText())")
            }
        }
        // Plain rename fails on a non-empty folder and replaces only an empty one: nothing is lost.
        guard rename(from, to) == 0 else { throw RenderError("cannot move \(from) to \(to): \(PosixFiles.errnoText())") }
    }
}
