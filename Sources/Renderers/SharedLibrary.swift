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
        guard let opened = names.lazy.compactMap({ name in dlopen(name, RTLD_NOW | RTLD_LOCAL).map { (name, $0) } }).first else {
            let reason = dlerror().map { String(cString: $0) } ?? "not found"
            return .failure(RenderError("\(names[0]), needed for \(purpose), cannot be loaded: \(reason); install it (Debian: \(package))"))
        }
        let (name, library) = opened
        let table = UnsafeMutablePointer<API>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let missing = bind(table, library) {
            dlclose(library)
            return .failure(RenderError("\(name) lacks \(String(cString: missing)); \(purpose) takes \(minimum)"))
        }
        return .success(table.pointee)
    }
}
