import A4PRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system library opened at its first use rather than linked, so a run that does not need it
/// never maps it nor binds its symbols (libqpdf, lcms2: the print variant; librsvg: SVG images).
/// `bind` fills a C table of the library's functions (the shims' `a4p_*_bind`) and returns the
/// name of the first one missing, or nil. The handle is never closed: the functions stay in use.
enum SharedLibrary {
    static func open<API>(_ names: [String], purpose: String, package: String, minimum: String,
                          bind: (UnsafeMutablePointer<API>, UnsafeMutableRawPointer) -> UnsafePointer<CChar>?) -> Result<API, RenderError> {
        var opened: (name: String, handle: UnsafeMutableRawPointer)?
        var reason: String?  // the loader's words for the first name, the one installations have
        for name in names where opened == nil {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) { opened = (name, handle) }
            else if reason == nil { reason = dlerror().map { String(cString: $0) } }
        }
        guard let (name, library) = opened else {
            return .failure(RenderError("\(names[0]), needed for \(purpose), cannot be loaded: \(reason ?? "not found"); "
                                        + "install it (Debian: \(package))"))
        }
        let table = UnsafeMutablePointer<API>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let missing = bind(table, library) {
            dlclose(library)
            return .failure(RenderError("\(name) lacks \(String(cString: missing)); \(purpose) takes \(minimum)"))
        }
        return .success(table.pointee)
    }
}
