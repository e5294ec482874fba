import A4PCPDFDeflate

/// Which compressor writes cairo's PDF streams. cairo 1.16 opens every stream of a PDF (page content,
/// font subsets, images) with zlib at Z_DEFAULT_COMPRESSION and offers no way to choose; zlib was a third
/// of a PDF run (issue 18). `Sources/C/PDFDeflate` defines zlib's deflateInit_/deflate/deflateEnd in the
/// executable, where ld.so binds libcairo's calls first; inside `streams(level:)` the streams opened at
/// zlib's default level on this thread are compressed whole by libdeflate instead, everything else
/// (a4p's PNG encoder, libqpdf, other threads) goes on to zlib untouched.
enum PDFDeflate {
    /// libdeflate's level for cairo's streams, chosen by measurement on the 120-chart bench (README,
    /// "Fifth round"): the fewest instructions for bytes within a few percent of zlib's level 6.
    static let level: Int32 = 1

    /// `body` with cairo's default-level streams on this thread going to libdeflate at `level`
    /// (nil: zlib, as cairo alone does; the tests compare the two). Nested calls restore the outer level.
    static func streams<T>(level: Int32?, _ body: () throws -> T) rethrows -> T {
        guard let level else { return try body() }
        let outer = a4p_pdf_deflate_set(level)
        defer { _ = a4p_pdf_deflate_set(outer) }
        return try body()
    }

    /// Streams this thread has compressed through libdeflate so far (tests check the binding took).
    static var streamsCompressed: UInt { a4p_pdf_deflate_streams() }
}
