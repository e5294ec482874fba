@testable import A4PCairoRenderers
import A4PCDeflate
import A4PCPDFDeflate
import A4PScene
import Foundation
import TestSupport
import Testing

/// Issue 18, PDF: cairo's zlib streams go to libdeflate (`Sources/C/PDFDeflate`) while a PDF is drawn.
@Suite("PDF streams through libdeflate: the binding, the level, the bytes")
struct PDFDeflateTests {
    /// The data of each /FlateDecode stream of a cairo PDF, in file order (`stream\n` … `\nendstream`).
    static func flateStreams(_ pdf: [UInt8]) -> [ArraySlice<UInt8>] {
        let flate = Array("/FlateDecode".utf8), open = Array("stream\n".utf8), close = Array("\nendstream".utf8)
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard start + needle.count <= pdf.count else { return nil }
            return (start...(pdf.count - needle.count)).first { i in pdf[i] == needle[0] && pdf[i..<(i + needle.count)].elementsEqual(needle) }
        }
        var streams: [ArraySlice<UInt8>] = [], at = 0
        while let f = find(flate, from: at), let o = find(open, from: f), let c = find(close, from: o + open.count) {
            streams.append(pdf[(o + open.count)..<c])
            at = c + close.count
        }
        return streams
    }

    /// zlib's inflate of a whole zlib stream (header, data, Adler-32 checked), or nil.
    static func inflate(_ data: ArraySlice<UInt8>) -> [UInt8]? {
        var size = max(4_096, data.count * 8)
        while size <= 1 << 28 {
            var out = [UInt8](repeating: 0, count: size)
            var length = uLongf(size)
            let rc = Array(data).withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { uncompress($0.baseAddress, &length, src.baseAddress, uLong(src.count)) }
            }
            if rc == Z_OK { return Array(out[..<Int(length)]) }
            guard rc == Z_BUF_ERROR else { return nil }
            size *= 4
        }
        return nil
    }

    /// The compression level class a zlib header records (FLEVEL: 0 fastest, 1 fast, 2 default, 3 best).
    static func levelClass(_ stream: ArraySlice<UInt8>) -> Int { Int(stream[stream.startIndex + 1] >> 6) }

    static func render(_ document: Document, deflate: Int32?) throws -> [UInt8] {
        try PDFRenderer(options: .init()).render(document, deflateLevel: deflate)[0].bytes
    }

    @Test("cairo's streams are libdeflate's at the chosen level, inflate to zlib's content, and the file stays within 15 % of zlib's")
    func streamsThroughLibdeflate() throws {
        let before = PDFDeflate.streamsCompressed
        let fast = try Self.render(Fixtures.specimen, deflate: PDFDeflate.level)
        let compressed = PDFDeflate.streamsCompressed - before
        let zlib = try Self.render(Fixtures.specimen, deflate: nil)
        #expect(PDFDeflate.streamsCompressed - before == compressed, "a render without a level leaves cairo to zlib")
        let ours = Self.flateStreams(fast), theirs = Self.flateStreams(zlib)
        #expect(ours.count > 10, "content stream and font subsets: \(ours.count)")
        #expect(compressed == UInt(ours.count), "every stream cairo wrote went through libdeflate")
        #expect(ours.allSatisfy { Self.levelClass($0) == 0 }, "libdeflate level 1 writes FLEVEL 0")
        #expect(theirs.allSatisfy { Self.levelClass($0) == 2 }, "zlib's default level writes FLEVEL 2")
        #expect(ours.map(Self.inflate) == theirs.map(Self.inflate), "the same content, stream by stream")
        #expect(ours.allSatisfy { Self.inflate($0) != nil })
        #expect(Double(fast.count) <= 1.15 * Double(zlib.count), "\(fast.count) bytes against zlib's \(zlib.count)")
        #expect(try Self.render(Fixtures.specimen, deflate: PDFDeflate.level) == fast, "byte-deterministic")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("a4p-deflate-\(getpid()).pdf")
        try Data(fast).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try ExternalTool.run("qpdf", ["--check", url.path]).status == 0)
    }

    @Test("in the a4p binary libcairo's deflateInit_, deflate and deflateEnd bind to a4p's (LD_DEBUG=bindings), and its PDF's streams are libdeflate's")
    func executableBinding() throws {
        let dir = try TempDir.make("a4p-deflate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try A4PBinary.run(["specimen", "--format", "pdf", "--scale", "1", "--out", dir.path, "--quiet"],
                                    adding: ["LD_DEBUG": "bindings"])
        #expect(out.status == 0, "\(out.stderr.suffix(2_000))")
        let cairo = out.stderr.split(separator: "\n").filter { $0.contains("binding file") && $0.contains("libcairo") }
        #expect(cairo.count > 100, "LD_DEBUG reports cairo's bindings")
        for symbol in ["deflateInit_", "deflate", "deflateEnd"] {
            let line = try #require(cairo.first { $0.hasSuffix("`\(symbol)'") }, "cairo binds \(symbol)")
            #expect(line.contains("/a4p [0]") && !line.contains("libz"), "\(line)")
        }
        let pdf = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".pdf") })
        let streams = Self.flateStreams(Array(try Data(contentsOf: dir.appendingPathComponent(pdf))))
        #expect(!streams.isEmpty && streams.allSatisfy { Self.levelClass($0) == 0 && Self.inflate($0) != nil })
    }

    /// Compresses 3 kB of content-stream text through the zlib API at `level`, as cairo does: the first two bytes and the status.
    static func header(level: Int32, flush: Int32 = Z_FINISH) -> (UInt8, UInt8, Int32) {
        var input = Array(String(repeating: "0 0 m 10 10 l S\n", count: 200).utf8)
        var output = [UInt8](repeating: 0, count: 4_096)
        var stream = z_stream()
        guard deflateInit_(&stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return (0, 0, -99) }
        defer { deflateEnd(&stream) }
        let status = input.withUnsafeMutableBufferPointer { src in
            output.withUnsafeMutableBufferPointer { dst -> Int32 in
                stream.next_in = src.baseAddress; stream.avail_in = uInt(src.count)
                stream.next_out = dst.baseAddress; stream.avail_out = uInt(dst.count)
                return deflate(&stream, flush)
            }
        }
        return (output[0], output[1], status)
    }

    final class Box: @unchecked Sendable { var value: (UInt8, UInt8, Int32) = (0, 0, 0) }

    @Test("only default-level streams on a thread that set a level go to libdeflate; the rest is zlib's")
    func routing() {
        #expect(a4p_pdf_deflate_set(0) == 0, "off unless set")
        let plain = Self.header(level: Z_DEFAULT_COMPRESSION)
        #expect(plain == (0x78, 0x9C, Z_STREAM_END), "zlib's default level outside a PDF render")
        let start = PDFDeflate.streamsCompressed
        PDFDeflate.streams(level: 1) {
            #expect(Self.header(level: Z_DEFAULT_COMPRESSION) == (0x78, 0x01, Z_STREAM_END), "libdeflate level 1")
            #expect(PDFDeflate.streamsCompressed == start + 1, "that stream was libdeflate's")
            #expect(Self.header(level: 9) == (0x78, 0xDA, Z_STREAM_END), "an explicit level stays zlib's")
            #expect(PDFDeflate.streamsCompressed == start + 1)
            #expect(Self.header(level: Z_DEFAULT_COMPRESSION, flush: Z_SYNC_FLUSH).2 == Z_STREAM_ERROR,
                    "a flush cairo never asks for is refused, not mis-written")
            PDFDeflate.streams(level: 6) {
                #expect(Self.header(level: Z_DEFAULT_COMPRESSION).1 >> 6 == 2, "a nested level")
            }
            #expect(Self.header(level: Z_DEFAULT_COMPRESSION).1 >> 6 == 0, "the outer level restored")
            let other = Box(), done = DispatchSemaphore(value: 0)
            Thread { other.value = Self.header(level: Z_DEFAULT_COMPRESSION); done.signal() }.start()
            done.wait()
            #expect(other.value == plain, "another thread keeps zlib")
        }
        let count = PDFDeflate.streamsCompressed
        #expect(Self.header(level: Z_DEFAULT_COMPRESSION) == plain, "zlib's again after the render")
        #expect(PDFDeflate.streamsCompressed == count)
    }
}
