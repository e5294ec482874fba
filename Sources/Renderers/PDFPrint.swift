import A4PCQPDF
import A4PRender
import Foundation

/// The print variant of a finished PDF (`--print`), with libqpdf: every RGB colour of the pages and
/// their forms becomes CMYK through `PrintColour` (UN blue a Separation, "UN Blue"), RGB images become
/// CMYK images, transparency groups blend in CMYK, and the catalog gets an output intent with the
/// ICC profile; with `bleed`, A4 pages get a 3 mm bleed and crop marks (`PDFBleed`). The structure
/// tree, /Alt and /Lang stay as they are.
enum PDFPrint {
    static func cmyk(_ pdf: [UInt8], bleed: Bool = false) throws -> [UInt8] {
        let colour = try PrintColour.shared.get()
        var q: qpdf_data? = qpdf_init()
        defer { qpdf_cleanup(&q) }
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        func check(_ what: String) throws {
            if let message = QPDFSession.error(q) { throw RenderError("PDF print variant (\(what)): \(message)") }
        }
        func data(_ stream: qpdf_oh) throws -> [UInt8] {
            var buffer: UnsafeMutablePointer<UInt8>?
            var length = 0
            _ = qpdf_oh_get_stream_data(q, stream, qpdf_dl_all, nil, &buffer, &length)
            try check("read stream")
            defer { free(buffer) }
            return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
        }
        func replace(_ stream: qpdf_oh, _ bytes: [UInt8]) {
            // No filter given: qpdf compresses the new data when it writes.
            bytes.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(q, stream, $0.baseAddress, $0.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q)) }
        }
        let (ur, ug, ub) = PrintColour.unBlue
        func isSpot(_ r: Double, _ g: Double, _ b: Double) -> Bool {
            Int((r * 255).rounded()) == Int(ur) && Int((g * 255).rounded()) == Int(ug) && Int((b * 255).rounded()) == Int(ub)
        }
        let convert: (Double, Double, Double) -> [Double] = { colour.cmyk($0, $1, $2) }
        return try pdf.withUnsafeBufferPointer { buffer -> [UInt8] in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                _ = qpdf_read_memory(q, "a4p.pdf", chars.baseAddress, UInt64(chars.count), nil)
            }
            try check("read")
            // The spot colour: tint 1 is UN blue's process mix.
            let alternate = colour.cmyk(Double(ur) / 255, Double(ug) / 255, Double(ub) / 255).map(ContentColours.number).joined(separator: " ")
            let spot = qpdf_make_indirect_object(q, qpdf_oh_parse(q,
                "[/Separation /UN#20Blue /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [\(alternate)] /N 1 >>]"))
            func addColourSpace(_ name: String, _ space: qpdf_oh, to owner: qpdf_oh) {
                var resources = qpdf_oh_get_key(q, owner, "/Resources")
                if qpdf_oh_is_dictionary(q, resources) != QPDF_TRUE {
                    resources = qpdf_oh_new_dictionary(q)
                    qpdf_oh_replace_key(q, owner, "/Resources", resources)
                }
                var spaces = qpdf_oh_get_key(q, resources, "/ColorSpace")
                if qpdf_oh_is_dictionary(q, spaces) != QPDF_TRUE {
                    spaces = qpdf_oh_new_dictionary(q)
                    qpdf_oh_replace_key(q, resources, "/ColorSpace", spaces)
                }
                qpdf_oh_replace_key(q, spaces, "/" + name, space)
            }
            func addSpot(to owner: qpdf_oh) { addColourSpace(ContentColours.spotResource, spot, to: owner) }
            /// A transparency group blends in CMYK.
            func groupInCMYK(_ owner: qpdf_oh) {
                let group = qpdf_oh_get_key(q, owner, "/Group")
                if qpdf_oh_is_dictionary(q, group) == QPDF_TRUE, qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, group, "/CS"), "/DeviceRGB") == QPDF_TRUE {
                    qpdf_oh_replace_key(q, group, "/CS", qpdf_oh_new_name(q, "/DeviceCMYK"))
                }
            }
            // Pages: their content streams, resources and group.
            var contents: Set<Int32> = []
            for p in 0..<Int(qpdf_get_num_pages(q)) {
                let page = qpdf_get_page_n(q, p)
                let c = qpdf_oh_get_key(q, page, "/Contents")
                let streams = qpdf_oh_is_array(q, c) == QPDF_TRUE ? (0..<qpdf_oh_get_array_n_items(q, c)).map { qpdf_oh_get_array_item(q, c, $0) } : [c]
                var usesSpot = false
                for s in streams where qpdf_oh_is_stream(q, s) == QPDF_TRUE {
                    contents.insert(qpdf_oh_get_object_id(q, s))
                    let rewritten = ContentColours.cmyk(try data(s), convert, isSpot: isSpot)
                    replace(s, rewritten.bytes)
                    usesSpot = usesSpot || rewritten.usesSpot
                }
                if usesSpot { addSpot(to: page) }
                groupInCMYK(page)
                if bleed {
                    PDFBleed.apply(q, page: page, contents: streams) { addColourSpace($0, $1, to: page) }
                }
            }
            // Every other stream: forms (groups, drawn SVG images) and images.
            let size = qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Size"))
            for id in 1..<max(1, size) where !contents.contains(Int32(id)) {
                let object = qpdf_get_object_by_id(q, Int32(id), 0)
                guard qpdf_oh_is_stream(q, object) == QPDF_TRUE else { continue }
                let dict = qpdf_oh_get_dict(q, object)
                let subtype = qpdf_oh_get_key(q, dict, "/Subtype")
                if qpdf_oh_is_name_and_equals(q, subtype, "/Form") == QPDF_TRUE {
                    let rewritten = ContentColours.cmyk(try data(object), convert, isSpot: isSpot)
                    replace(object, rewritten.bytes)
                    if rewritten.usesSpot { addSpot(to: dict) }
                    groupInCMYK(dict)
                } else if qpdf_oh_is_name_and_equals(q, subtype, "/Image") == QPDF_TRUE,
                          qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, dict, "/ColorSpace"), "/DeviceRGB") == QPDF_TRUE {
                    guard qpdf_oh_get_int_value_as_int(q, qpdf_oh_get_key(q, dict, "/BitsPerComponent")) == 8 else {
                        throw RenderError("PDF print variant: an RGB image with other than 8 bits per component")
                    }
                    let pixels = try data(object)
                    replace(object, colour.cmyk(pixels: pixels))
                    qpdf_oh_replace_key(q, dict, "/ColorSpace", qpdf_oh_new_name(q, "/DeviceCMYK"))
                }
            }
            // The output intent: the printing condition the CMYK values are for.
            let icc = qpdf_oh_new_stream(q)
            colour.profile.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(q, icc, $0.baseAddress, $0.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q)) }
            qpdf_oh_replace_key(q, qpdf_oh_get_dict(q, icc), "/N", qpdf_oh_new_integer(q, 4))
            let intent = qpdf_oh_new_dictionary(q)
            qpdf_oh_replace_key(q, intent, "/Type", qpdf_oh_new_name(q, "/OutputIntent"))
            qpdf_oh_replace_key(q, intent, "/S", qpdf_oh_new_name(q, "/GTS_PDFX"))
            qpdf_oh_replace_key(q, intent, "/OutputConditionIdentifier", qpdf_oh_new_unicode_string(q, "Custom"))
            qpdf_oh_replace_key(q, intent, "/Info", qpdf_oh_new_unicode_string(q, colour.description))
            qpdf_oh_replace_key(q, intent, "/DestOutputProfile", icc)
            let intents = qpdf_oh_new_array(q)
            qpdf_oh_append_item(q, intents, intent)
            qpdf_oh_replace_key(q, qpdf_get_root(q), "/OutputIntents", intents)
            return try QPDFSession.write(q, check: check, nothingWritten: "PDF print variant: qpdf wrote nothing")
        }
    }
}
