import A4PCRsvg
import A4PRender
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// librsvg, opened on first use: only documents with SVG images pay for loading it and the 22
/// libraries it brings (GLib, GIO, Pango, libxml2 …).
struct Rsvg: @unchecked Sendable {
    let newFromData: A4PRsvgNewFromData
    let renderDocument: A4PRsvgRenderDocument
    let errorFree: A4PGFree
    let objectUnref: A4PGFree

    /// The library, or why it could not be opened.
    static let shared: Result<Rsvg, RenderError> = {
        let names = ["librsvg-2.so.2", "librsvg-2.2.dylib", "librsvg-2.so"]
        guard let lib = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(RenderError("SVG images need librsvg (\(names[0])), which cannot be loaded: \(String(cString: dlerror()))"
                                        + "; install it (Debian: librsvg2-2)"))
        }
        func symbol<T>(_ name: String, _ type: T.Type) -> T? { dlsym(lib, name).map { unsafeBitCast($0, to: type) } }
        guard let new = symbol("rsvg_handle_new_from_data", A4PRsvgNewFromData.self),
              let render = symbol("rsvg_handle_render_document", A4PRsvgRenderDocument.self),
              let errorFree = symbol("g_error_free", A4PGFree.self),
              let unref = symbol("g_object_unref", A4PGFree.self) else {
            return .failure(RenderError("SVG images need librsvg ≥ 2.46 (rsvg_handle_render_document); the one installed lacks it"))
        }
        return .success(Rsvg(newFromData: new, renderDocument: render, errorFree: errorFree, objectUnref: unref))
    }()

    /// A parsed SVG document (nil when librsvg rejects the bytes); the caller unrefs it with `release`.
    func handle(_ bytes: [UInt8]) -> UnsafeMutableRawPointer? {
        var error: UnsafeMutableRawPointer?
        let handle = bytes.withUnsafeBufferPointer { newFromData($0.baseAddress, UInt($0.count), &error) }
        if let error { errorFree(error) }
        return handle
    }

    func release(_ handle: UnsafeMutableRawPointer) { objectUnref(handle) }

    /// Draws the document scaled into `viewport`; a rendering error leaves what was drawn.
    func render(_ handle: UnsafeMutableRawPointer, on cr: OpaquePointer, in viewport: A4PRsvgRectangle) {
        var viewport = viewport
        var error: UnsafeMutableRawPointer?
        _ = renderDocument(handle, UnsafeMutableRawPointer(cr), &viewport, &error)
        if let error { errorFree(error) }
    }
}
