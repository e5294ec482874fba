import A4PCQPDF
import A4PRender

/// What every libqpdf pass over a finished PDF (structure, print variant) shares: its error as
/// text and its deterministic write. `api` is the opened library (`QPDFLibrary`).
enum QPDFSession {
    /// The session's error, nil when there is none.
    static func error(_ api: A4PQPDF, _ q: qpdf_data?) -> String? {
        guard api.qpdf_has_error(q) == QPDF_TRUE else { return nil }
        return api.qpdf_get_error_full_text(q, api.qpdf_get_error(q)).map { String(cString: $0) } ?? "unknown error"
    }

    /// The edited PDF. Same input, same bytes: the /ID is a hash of the content; streams are copied
    /// as they were compressed, not decoded and compressed again. `check` reports a failed step.
    static func write(_ api: A4PQPDF, _ q: qpdf_data?, check: (String) throws -> Void, nothingWritten: String) throws -> [UInt8] {
        try check("update")
        _ = api.qpdf_init_write_memory(q)
        api.qpdf_set_deterministic_ID(q, QPDF_TRUE)
        api.qpdf_set_decode_level(q, qpdf_dl_none)
        _ = api.qpdf_write(q)
        try check("write")
        guard let out = api.qpdf_get_buffer(q) else { throw RenderError(nothingWritten) }
        return Array(UnsafeBufferPointer(start: out, count: api.qpdf_get_buffer_length(q)))
    }
}
