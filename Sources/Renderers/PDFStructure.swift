import A4PCQPDF
import A4PRender

/// What cairo 1.16 cannot write into a tagged PDF, added with libqpdf after cairo has finished:
/// each Figure's /Alt (cairo ignores attributes on structure tags), the document's /Lang, and
/// /DisplayDocTitle (viewers show the title, not the file name). The structure tree itself is cairo's.
enum PDFStructure {
    /// `pdf` with `alts` set on its Figures in structure-tree order (depth first, the order the
    /// painter opened them), and `language` as the catalog's /Lang. Fails when the counts differ.
    /// Cairo's own output takes `PDFIncrement` (its bytes kept, the edits appended); anything else
    /// libqpdf (`rewrite`).
    static func finish(_ pdf: [UInt8], alts: [String], language: String?) throws -> [UInt8] {
        if let appended = try PDFIncrement.finish(pdf, alts: alts, language: language) { return appended }
        return try rewrite(pdf, alts: alts, language: language)
    }

    /// The same edit through libqpdf, which parses the whole file and writes it again.
    static func rewrite(_ pdf: [UInt8], alts: [String], language: String?) throws -> [UInt8] {
        let api = try QPDFLibrary.shared.get().api
        var q: qpdf_data? = api.qpdf_init()
        defer { api.qpdf_cleanup(&q) }
        api.qpdf_set_suppress_warnings(q, QPDF_TRUE)
        func check(_ what: String) throws {
            if let message = QPDFSession.error(api, q) { throw RenderError("PDF structure (\(what)): \(message)") }
        }
        // qpdf reads from the caller's buffer until it is done, so everything happens inside.
        return try pdf.withUnsafeBufferPointer { buffer -> [UInt8] in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                _ = api.qpdf_read_memory(q, "a4p.pdf", chars.baseAddress, UInt64(chars.count), nil)
            }
            try check("read")
            let root = api.qpdf_get_root(q)
            var figures = 0
            // Structure elements hold their kids in /K (an element, a marked-content reference, a
            // number or an array of them); only /K is followed, so the walk cannot loop.
            func walk(_ oh: qpdf_oh) {
                if api.qpdf_oh_is_array(q, oh) == QPDF_TRUE {
                    for i in 0..<api.qpdf_oh_get_array_n_items(q, oh) { walk(api.qpdf_oh_get_array_item(q, oh, i)) }
                    return
                }
                guard api.qpdf_oh_is_dictionary(q, oh) == QPDF_TRUE else { return }
                if api.qpdf_oh_is_name_and_equals(q, api.qpdf_oh_get_key(q, oh, "/S"), "/Figure") == QPDF_TRUE {
                    if figures < alts.count { api.qpdf_oh_replace_key(q, oh, "/Alt", api.qpdf_oh_new_unicode_string(q, alts[figures])) }
                    figures += 1
                }
                walk(api.qpdf_oh_get_key(q, oh, "/K"))
            }
            walk(api.qpdf_oh_get_key(q, api.qpdf_oh_get_key(q, root, "/StructTreeRoot"), "/K"))
            guard figures == alts.count else {
                throw RenderError("PDF structure: \(figures) figures in the structure tree, \(alts.count) drawn")
            }
            if let language, !language.isEmpty {
                api.qpdf_oh_replace_key(q, root, "/Lang", api.qpdf_oh_new_unicode_string(q, language))
            }
            let preferences = api.qpdf_oh_new_dictionary(q)
            api.qpdf_oh_replace_key(q, preferences, "/DisplayDocTitle", api.qpdf_oh_new_bool(q, QPDF_TRUE))
            api.qpdf_oh_replace_key(q, root, "/ViewerPreferences", preferences)
            return try QPDFSession.write(api, q, check: check, nothingWritten: "PDF structure: qpdf wrote nothing")
        }
    }
}
