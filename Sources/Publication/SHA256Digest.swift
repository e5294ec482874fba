import A4PCNettle
import Foundation

/// SHA-256 through nettle, the system library libqpdf already loads.
///
/// The manifest's hashes were the only use of swift-crypto, whose bundled BoringSSL was about 440 of
/// the 616 compile steps of a cold build; nettle does the same job from a shared library already in
/// the process (issue 19, item 7).
public enum SHA256Digest {
    /// The 32 bytes of the SHA-256 digest of `bytes`.
    public static func hash(_ bytes: some ContiguousBytes) -> [UInt8] {
        var context = sha256_ctx()
        nettle_sha256_init(&context)
        bytes.withUnsafeBytes { raw in
            nettle_sha256_update(&context, raw.count, raw.baseAddress?.assumingMemoryBound(to: UInt8.self))
        }
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_SIZE))
        digest.withUnsafeMutableBufferPointer { nettle_sha256_digest(&context, $0.count, $0.baseAddress) }
        return digest
    }
}
