import A4PCLCMS2
import A4PCQPDF
import A4PRender

/// libqpdf, opened on first use (`SharedLibrary`): only the print variant and the PDF structure
/// fallback (a PDF that is not cairo's plain output) pay for loading it and what it brings
/// (libstdc++, GnuTLS, Nettle …), not every start of a4p. `api` holds its C functions, called as
/// `api.qpdf_init()`.
struct QPDFLibrary: @unchecked Sendable {
    let api: A4PQPDF

    /// The sonames tried in order: Debian 12's, macOS's, then the development link.
    static let names = ["libqpdf.so.29", "libqpdf.29.dylib", "libqpdf.so", "libqpdf.dylib"]

    /// The library, or why it could not be opened.
    static let shared: Result<QPDFLibrary, RenderError> = open(names)

    /// The C API of the first of `names` that opens.
    static func open(_ names: [String]) -> Result<QPDFLibrary, RenderError> {
        SharedLibrary.open(names, purpose: "the PDF print variant and PDF structure fallback", package: "libqpdf29",
                           minimum: "libqpdf ≥ 10.6", bind: { a4p_qpdf_bind($0, $1) }).map(QPDFLibrary.init)
    }
}

/// lcms2, opened on first use (`SharedLibrary`): only the print variant converts colours.
struct LCMS2Library: @unchecked Sendable {
    let api: A4PLCMS2

    static let names = ["liblcms2.so.2", "liblcms2.2.dylib", "liblcms2.so", "liblcms2.dylib"]

    /// The library, or why it could not be opened.
    static let shared: Result<LCMS2Library, RenderError> = open(names)

    static func open(_ names: [String]) -> Result<LCMS2Library, RenderError> {
        SharedLibrary.open(names, purpose: "the PDF print variant (--print)", package: "liblcms2-2",
                           minimum: "lcms2 ≥ 2.0", bind: { a4p_lcms2_bind($0, $1) }).map(LCMS2Library.init)
    }
}
