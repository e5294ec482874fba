import A4PCQPDF
import A4PRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libqpdf, opened on first use: only the print variant and the PDF structure fallback (a PDF that
/// is not cairo's plain output) pay for loading it and what it brings (libstdc++, GnuTLS, Nettle …),
/// not every start of a4p. `api` holds its C functions, called as `api.qpdf_init()`.
struct QPDFLibrary: @unchecked Sendable {
    let api: A4PQPDF

    /// The sonames tried in order: Debian 12's, macOS's, then the development link.
    static let names = ["libqpdf.so.29", "libqpdf.29.dylib", "libqpdf.so", "libqpdf.dylib"]

    /// The library, or why it could not be opened.
    static let shared: Result<QPDFLibrary, RenderError> = open(names)

    /// The C API of the first of `names` that opens. The handle is never closed: the functions stay in use.
    static func open(_ names: [String]) -> Result<QPDFLibrary, RenderError> {
        guard let opened = names.lazy.compactMap({ name in dlopen(name, RTLD_NOW | RTLD_LOCAL).map { (name, $0) } }).first else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(RenderError("the PDF print variant and PDF structure fallback need libqpdf (\(names[0])), "
                                        + "which cannot be loaded: \(reason); install it (Debian: libqpdf29)"))
        }
        let (name, library) = opened
        let table = UnsafeMutablePointer<A4PQPDF>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let missing = a4p_qpdf_bind(table, library) {
            dlclose(library)
            return .failure(RenderError("\(name) lacks \(String(cString: missing)); a4p needs libqpdf ≥ 10.6"))
        }
        return .success(QPDFLibrary(api: table.pointee))
    }
}
