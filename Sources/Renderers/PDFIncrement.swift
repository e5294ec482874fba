import A4PRender

/// The structure edit of `PDFStructure` (each Figure's /Alt, the catalog's /Lang and
/// /ViewerPreferences) written as an incremental update (ISO 32000-1, 7.5.6): the edited objects
/// again, a cross-reference section for them and a trailer pointing back at cairo's, appended to
/// cairo's bytes. Why: libqpdf parses and writes the whole file again (a fifth of a chart PDF's
/// instructions in a profile of the benchmark workload); the update copies cairo's bytes as they
/// are. Nil when cairo's output is not what `PDFObjects` reads; the caller then uses libqpdf.
enum PDFIncrement {
    static func finish(_ pdf: [UInt8], alts: [String], language: String?) throws -> [UInt8]? {
        guard let file = PDFObjects(pdf), case .ref(let rootNumber)? = file.trailer["/Root"],
              let root = file.object(rootNumber),
              root.dict["/Lang"] == nil, root.dict["/ViewerPreferences"] == nil else { return nil }
        var edits: [Int: [UInt8]] = [:]
        var figures = 0
        var understood = true
        // Depth first over /K, as the painter opened the elements (the order of `alts`).
        func walk(_ value: PDFObjects.Value?, seen: inout Set<Int>) {
            guard understood, let value else { return }
            switch value {
            case .array(let items): for item in items { walk(item, seen: &seen) }
            case .ref(let n):
                guard !seen.contains(n) else { understood = false; return }
                seen.insert(n)
                guard let element = file.object(n) else {
                    if file.offsets[n] == nil { understood = false }  // a stream or a number is fine, a missing object is not
                    return
                }
                if case .name("/Figure")? = element.dict["/S"] {
                    guard element.dict["/Alt"] == nil else { understood = false; return }
                    if figures < alts.count { edits[n] = Array(" /Alt ".utf8) + textBytes(alts[figures]) }
                    figures += 1
                }
                walk(element.dict["/K"], seen: &seen)
            case .dict(let d):
                if case .name("/Figure")? = d["/S"] { understood = false; return }  // an inline element: not cairo's
                walk(d["/K"], seen: &seen)
            default: return
            }
        }
        var seen: Set<Int> = []
        if let treeRoot = root.dict["/StructTreeRoot"] {
            guard case .ref(let t) = treeRoot, let tree = file.object(t) else { return nil }
            walk(tree.dict["/K"], seen: &seen)
        }
        guard understood else { return nil }
        guard figures == alts.count else {
            throw RenderError("PDF structure: \(figures) figures in the structure tree, \(alts.count) drawn")
        }
        var catalog: [UInt8] = []
        if let language, !language.isEmpty { catalog += Array(" /Lang ".utf8) + textBytes(language) }
        catalog += Array(" /ViewerPreferences << /DisplayDocTitle true >>".utf8)
        edits[rootNumber] = catalog

        var out = pdf
        if out.last != 10 { out.append(10) }
        var entries: [(Int, Int)] = []
        for (n, added) in edits.sorted(by: { $0.key < $1.key }) {
            guard let object = file.object(n) else { return nil }
            entries.append((n, out.count))
            out.append(contentsOf: pdf[object.start..<(object.end - 2)])
            out.append(contentsOf: added)
            out.append(contentsOf: Array("\n>>\nendobj\n".utf8))
        }
        let xref = out.count
        var tail = "xref\n"
        for (n, offset) in entries {
            let digits = String(offset)
            tail += "\(n) 1\n" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        out.append(contentsOf: Array(tail.utf8))
        out.append(contentsOf: Array("trailer\n".utf8))
        out.append(contentsOf: file.trailerText)
        out.append(contentsOf: Array("   /Prev \(file.xrefOffset)\n>>\nstartxref\n\(xref)\n%%EOF\n".utf8))
        return out
    }

    /// A PDF text string: literal when it is printable ASCII, else UTF-16BE with its byte order mark.
    static func text(_ s: String) -> String { String(decoding: textBytes(s), as: UTF8.self) }

    /// `text` as bytes, built from the UTF-8 and UTF-16 views: appending to a String's scalar view
    /// cost ~290 instructions a character (a figure's /Alt is a few hundred; 1 % of the 120-chart run).
    static func textBytes(_ s: String) -> [UInt8] {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var out: [UInt8] = [UInt8(ascii: "(")]
            out.reserveCapacity(s.utf8.count + 8)
            for c in s.utf8 {
                if c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            }
            out.append(UInt8(ascii: ")"))
            return out
        }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = Array("<FEFF".utf8)
        for unit in s.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        out.append(UInt8(ascii: ">"))
        return out
    }
}
