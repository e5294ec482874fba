import A4PCQPDF

/// 3 mm bleed and crop marks for A4 pages of the print variant (`--print --bleed`). The media box grows
/// around the page (negative origin, so content, links and destinations keep their coordinates): the
/// trim box is the A4 page, the bleed box 3 mm beyond it, and crop marks in the registration colour
/// (`/All`, on every plate) stand outside the bleed at each corner.
enum PDFBleed {
    static let bleed = 3 * 72 / 25.4
    /// The crop marks' length and their gap from the trim edge (they start outside the bleed).
    static let markLength = 6 * 72 / 25.4, markGap = bleed
    static let registration = "A4PAll"

    static func isA4(_ width: Double, _ height: Double) -> Bool {
        let (short, long) = (min(width, height), max(width, height))
        return abs(short - 595.28) < 1.5 && abs(long - 841.89) < 1.5
    }

    /// Adds the boxes and marks to `page` when it is A4; `contents` are its content streams, `addResource`
    /// puts a colour space into its resources.
    static func apply(_ api: A4PQPDF, _ q: qpdf_data?, page: qpdf_oh, contents: [qpdf_oh], addColourSpace: (String, qpdf_oh) -> Void) {
        let box = api.qpdf_oh_get_key(q, page, "/MediaBox")
        guard api.qpdf_oh_is_array(q, box) == QPDF_TRUE, api.qpdf_oh_get_array_n_items(q, box) == 4 else { return }
        let v = (0..<4).map { api.qpdf_oh_get_numeric_value(q, api.qpdf_oh_get_array_item(q, box, $0)) }
        let (w, h) = (v[2] - v[0], v[3] - v[1])
        guard v[0] == 0, v[1] == 0, isA4(w, h) else { return }
        let outer = markGap + markLength + 2
        func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> qpdf_oh {
            let a = api.qpdf_oh_new_array(q)
            for n in [x0, y0, x1, y1] { api.qpdf_oh_append_item(q, a, api.qpdf_oh_new_real_from_double(q, n, 3)) }
            return a
        }
        api.qpdf_oh_replace_key(q, page, "/MediaBox", rect(-outer, -outer, w + outer, h + outer))
        api.qpdf_oh_replace_key(q, page, "/TrimBox", rect(0, 0, w, h))
        api.qpdf_oh_replace_key(q, page, "/BleedBox", rect(-bleed, -bleed, w + bleed, h + bleed))
        // The page's own content inside q … Q (cairo leaves its flipped matrix set), then the marks.
        var marks = "Q\nq /\(registration) CS 1 SCN 0.25 w\n"
        for (x, dx) in [(0.0, -1.0), (w, 1.0)] {
            for (y, dy) in [(0.0, -1.0), (h, 1.0)] {
                let (gx, gy) = (x + dx * markGap, y + dy * markGap)
                marks += "\(n(gx)) \(n(y)) m \(n(gx + dx * markLength)) \(n(y)) l S\n"
                marks += "\(n(x)) \(n(gy)) m \(n(x)) \(n(gy + dy * markLength)) l S\n"
            }
        }
        marks += "Q\n"
        let array = api.qpdf_oh_new_array(q)
        api.qpdf_oh_append_item(q, array, stream(api, q, "q\n"))
        for c in contents { api.qpdf_oh_append_item(q, array, c) }
        api.qpdf_oh_append_item(q, array, stream(api, q, marks))
        api.qpdf_oh_replace_key(q, page, "/Contents", array)
        addColourSpace(registration, api.qpdf_oh_parse(q, "[/Separation /All /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [1 1 1 1] /N 1 >>]"))
    }

    private static func stream(_ api: A4PQPDF, _ q: qpdf_data?, _ text: String) -> qpdf_oh {
        let s = api.qpdf_oh_new_stream(q)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { api.qpdf_oh_replace_stream_data(q, s, $0.baseAddress, $0.count, api.qpdf_oh_new_null(q), api.qpdf_oh_new_null(q)) }
        return s
    }

    private static func n(_ v: Double) -> String { ContentColours.number(v) }
}
