import A4PPublication
import Foundation
import Testing
import TestSupport

/// The manifest's hashes come from nettle (SHA256Digest); they must be what `sha256sum` says of the same bytes.
@Suite("SHA-256 through nettle")
struct SHA256DigestTests {
    static func hex(_ digest: [UInt8]) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// `sha256sum` of `bytes`, written to a temporary file.
    static func sha256sum(_ bytes: [UInt8]) throws -> String {
        let dir = try TempDir.make("a4p-sha")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("input")
        try Data(bytes).write(to: file)
        let run = try ExternalTool.run("sha256sum", [file.path])
        #expect(run.status == 0, "\(run.stderr)")
        return String(run.stdout.prefix(64))
    }

    /// Empty, one byte short of a block, one block, a block and one byte, and about a megabyte of noise
    /// (a length that is no multiple of 64, so the padding path runs).
    static let inputs: [[UInt8]] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let noise = (0..<1_000_003).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        return [[], Array("abc".utf8), [UInt8](repeating: 0x61, count: 63), [UInt8](repeating: 0x62, count: 64),
                [UInt8](repeating: 0x63, count: 65), noise]
    }()

    @Test("the digest of known inputs equals sha256sum's", arguments: 0..<6)
    func matchesSha256sum(index: Int) throws {
        let bytes = Self.inputs[index]
        #expect(SHA256Digest.hash(bytes).count == 32)
        #expect(Self.hex(SHA256Digest.hash(bytes)) == (try Self.sha256sum(bytes)), "input \(index), \(bytes.count) bytes")
    }

    @Test("FIPS 180-2 vector for \"abc\", and a Data slice hashes like its bytes")
    func knownVectorAndSlices() {
        #expect(Self.hex(SHA256Digest.hash(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let data = Data("xxabcxx".utf8)
        let slice = data[data.startIndex + 2 ..< data.startIndex + 5]
        #expect(SHA256Digest.hash(slice) == SHA256Digest.hash(Array("abc".utf8)))
    }
}
