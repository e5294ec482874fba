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
        let api = try QPDFLibrary.shared.get().api
        var q: qpdf_data? = api.qpdf_init()
        defer { api.qpdf_cleanup(&q) }
        api.qpdf_set_suppress_warnings(q, QPDF_TRUE)
        func check(_ what: String) throws {
            if let message = QPDFSession.error(api, q) { throw RenderError("PDF print variant (\(what)): \(message)") }
        }
        func data(_ stream: qpdf_oh) throws -> [UInt8] {
            var buffer: UnsafeMutablePointer<UInt8>?
            var length = 0
            _ = api.qpdf_oh_get_stream_data(q, stream, qpdf_dl_all, nil, &buffer, &length)
            try check("read stream")
            defer { free(buffer) }
            return buffer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
        }
        func replace(_ stream: qpdf_oh, _ bytes: [UInt8]) {
            // No filter given: qpdf compresses the new data when it writes.
            bytes.withUnsafeBufferPointer { api.qpdf_oh_replace_stream_data(q, stream, $0.baseAddress, $0.count, api.qpdf_oh_new_null(q), api.qpdf_oh_new_null(q)) }
        }
        let (ur, ug, ub) = PrintColour.unBlue
        func isSpot(_ r: Double, _ g: Double, _ b: Double) -> Bool {
            Int((r * 255).rounded()) == Int(ur) && Int((g * 255).rounded()) == Int(ug) && Int((b * 255).rounded()) == Int(ub)
        }
        let convert: (Double, Double, Double) -> [Double] = { colour.cmyk($0, $1, $2) }
        return try pdf.withUnsafeBufferPointer { buffer -> [UInt8] in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                _ = api.qpdf_read_memory(q, "a4p.pdf", chars.baseAddress, UInt64(chars.count), nil)
            }
            try check("read")
            // The spot colour: tint 1 is UN blue's process mix.
            let alternate = colour.cmyk(Double(ur) / 255, Double(ug) / 255, Double(ub) / 255).map(ContentColours.number).joined(separator: " ")
            let spot = api.qpdf_make_indirect_object(q, api.qpdf_oh_parse(q,
                "[/Separation /UN#20Blue /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [\(alternate)] /N 1 >>]"))
            func addColourSpace(_ name: String, _ space: qpdf_oh, to owner: qpdf_oh) {
                var resources = api.qpdf_oh_get_key(q, owner, "/Resources")
                if api.qpdf_oh_is_dictionary(q, resources) != QPDF_TRUE {
                    resources = api.qpdf_oh_new_dictionary(q)
                    api.qpdf_oh_replace_key(q, owner, "/Resources", resources)
                }
                var spaces = api.qpdf_oh_get_key(q, resources, "/ColorSpace")
                if api.qpdf_oh_is_dictionary(q, spaces) != QPDF_TRUE {
                    spaces = api.qpdf_oh_new_dictionary(q)
                    api.qpdf_oh_replace_key(q, resources, "/ColorSpace", spaces)
                }
                api.qpdf_oh_replace_key(q, spaces, "/" + name, space)
            }
            func addSpot(to owner: qpdf_oh) { addColourSpace(ContentColours.spotResource, spot, to: owner) }
            /// A transparency group blends in CMYK.
            func groupInCMYK(_ owner: qpdf_oh) {
                let group = api.qpdf_oh_get_key(q, owner, "/Group")
                if api.qpdf_oh_is_dictionary(q, group) == QPDF_TRUE, api.qpdf_oh_is_name_and_equals(q, api.qpdf_oh_get_key(q, group, "/CS"), "/DeviceRGB") == QPDF_TRUE {
                    api.qpdf_oh_replace_key(q, group, "/CS", api.qpdf_oh_new_name(q, "/DeviceCMYK"))
                }
            }
            // Pages: their content streams, resources and group.
            var contents: Set<Int32> = []
            for p in 0..<Int(api.qpdf_get_num_pages(q)) {
                let page = api.qpdf_get_page_n(q, p)
                let c = api.qpdf_oh_get_key(q, page, "/Contents")
                let streams = api.qpdf_oh_is_array(q, c) == QPDF_TRUE ? (0..<api.qpdf_oh_get_array_n_items(q, c)).map { api.qpdf_oh_get_array_item(q, c, $0) } : [c]
                var usesSpot = false
                for s in streams where api.qpdf_oh_is_stream(q, s) == QPDF_TRUE {
                    contents.insert(api.qpdf_oh_get_object_id(q, s))
                    let rewritten = ContentColours.cmyk(try data(s), convert, isSpot: isSpot)
                    replace(s, rewritten.bytes)
                    usesSpot = usesSpot || rewritten.usesSpot
                }
                if usesSpot { addSpot(to: page) }
                groupInCMYK(page)
                if bleed {
                    PDFBleed.apply(api, q, page: page, contents: streams) { addColourSpace($0, $1, to: page) }
                }
            }
            // Every other stream: forms (groups, drawn SVG images) and images.
            let size = api.qpdf_oh_get_int_value_as_int(q, api.qpdf_oh_get_key(q, api.qpdf_get_trailer(q), "/Size"))
            for id in 1..<max(1, size) where !contents.contains(Int32(id)) {
                let object = api.qpdf_get_object_by_id(q, Int32(id), 0)
                guard api.qpdf_oh_is_stream(q, object) == QPDF_TRUE else { continue }
                let dict = api.qpdf_oh_get_dict(q, object)
                let subtype = api.qpdf_oh_get_key(q, dict, "/Subtype")
                if api.qpdf_oh_is_name_and_equals(q, subtype, "/Form") == QPDF_TRUE {
                    let rewritten = ContentColours.cmyk(try data(object), convert, isSpot: isSpot)
                    replace(object, rewritten.bytes)
                    if rewritten.usesSpot { addSpot(to: dict) }
                    groupInCMYK(dict)
                } else if api.qpdf_oh_is_name_and_equals(q, subtype, "/Image") == QPDF_TRUE,
                          api.qpdf_oh_is_name_and_equals(q, api.qpdf_oh_get_key(q, dict, "/ColorSpace"), "/DeviceRGB") == QPDF_TRUE {
                    guard api.qpdf_oh_get_int_value_as_int(q, api.qpdf_oh_get_key(q, dict, "/BitsPerComponent")) == 8 else {
                        throw RenderError("PDF print variant: an RGB image with other than 8 bits per component")
                    }
                    let pixels = try data(object)
                    replace(object, colour.cmyk(pixels: pixels))
                    api.qpdf_oh_replace_key(q, dict, "/ColorSpace", api.qpdf_oh_new_name(q, "/DeviceCMYK"))
                }
            }
            // The output intent: the printing condition the CMYK values are for.
            let icc = api.qpdf_oh_new_stream(q)
            colour.profile.withUnsafeBufferPointer { api.qpdf_oh_replace_stream_data(q, icc, $0.baseAddress, $0.count, api.qpdf_oh_new_null(q), api.qpdf_oh_new_null(q)) }
            api.qpdf_oh_replace_key(q, api.qpdf_oh_get_dict(q, icc), "/N", api.qpdf_oh_new_integer(q, 4))
            let intent = api.qpdf_oh_new_dictionary(q)
            api.qpdf_oh_replace_key(q, intent, "/Type", api.qpdf_oh_new_name(q, "/OutputIntent"))
            api.qpdf_oh_replace_key(q, intent, "/S", api.qpdf_oh_new_name(q, "/GTS_PDFX"))
            api.qpdf_oh_replace_key(q, intent, "/OutputConditionIdentifier", api.qpdf_oh_new_unicode_string(q, "Custom"))
            api.qpdf_oh_replace_key(q, intent, "/Info", api.qpdf_oh_new_unicode_string(q, colour.description))
            api.qpdf_oh_replace_key(q, intent, "/DestOutputProfile", icc)
            let intents = api.qpdf_oh_new_array(q)
            api.qpdf_oh_append_item(q, intents, intent)
            api.qpdf_oh_replace_key(q, api.qpdf_get_root(q), "/OutputIntents", intents)
            return try QPDFSession.write(api, q, check: check, nothingWritten: "PDF print variant: qpdf wrote nothing")
        }
    }
}
