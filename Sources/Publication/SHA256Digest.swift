import A4PCNettle
import Foundation

/// SHA-256 through nettle (libnettle, installed wherever GnuTLS is).
///
/// The manifest's hashes were the only use of swift-crypto, whose bundled BoringSSL was about 440 of
/// the 616 compile steps of a cold build; nettle does the same job from a small shared library
/// (issue 19, item 7). It stays linked, unlike libqpdf and lcms2: opening it at first use would make
/// this function able to fail, to save the 465 of a one-chart run's ~4,100 symbol bindings it adds.
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
