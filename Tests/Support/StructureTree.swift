import Foundation

/// A tagged PDF's logical structure as real tools read it back: the tree from `qpdf --json`, the
/// text of each element from poppler's `pdfinfo -struct-text`.
public struct StructureTree {
    public struct Element: Equatable {
        public var type: String
        public var alt: String?
    }
    /// The catalog's /Lang.
    public var language: String?
    /// Every structure element, depth first (the reading order).
    public var elements: [Element]

    public var figures: [Element] { elements.filter { $0.type == "Figure" } }

    public static func read(_ pdf: URL) throws -> StructureTree {
        let json = try ExternalTool.run("qpdf", ["--json", "--json-key=qpdf", pdf.path]).stdout
        let top = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objects = ((top?["qpdf"] as? [Any])?.last as? [String: Any]) ?? [:]
        func value(_ ref: Any?) -> Any? {
            guard let s = ref as? String, s.hasSuffix(" R") else { return ref }
            return (objects["obj:" + s] as? [String: Any])?["value"]
        }
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        let root = value(trailer?["/Root"]) as? [String: Any] ?? [:]
        var elements: [Element] = []
        // Only /K is followed: kids are elements, marked-content references or numbers.
        func walk(_ node: Any?) {
            if let array = node as? [Any] { array.forEach(walk); return }
            guard let dict = value(node) as? [String: Any], let type = dict["/S"] as? String else { return }
            elements.append(Element(type: String(type.dropFirst()), alt: text(dict["/Alt"])))
            walk(dict["/K"])
        }
        walk((value(root["/StructTreeRoot"]) as? [String: Any])?["/K"])
        return StructureTree(language: text(root["/Lang"]), elements: elements)
    }

    /// qpdf writes text strings as "u:<text>" (JSON v2).
    static func text(_ value: Any?) -> String? {
        (value as? String).map { $0.hasPrefix("u:") ? String($0.dropFirst(2)) : $0 }
    }

    /// The text poppler finds in each structure element that holds text, in structure order, with the
    /// number of table rows (TR) opened before it (0 outside tables).
    public static func texts(_ pdf: URL) throws -> [(type: String, text: String, row: Int)] {
        let out = try ExternalTool.run("pdfinfo", ["-struct-text", pdf.path]).stdout
        var result: [(String, String, Int)] = []
        var type = "", rows = 0
        for line in out.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("\"") && t.hasSuffix("\"") && t.count >= 2 {
                result.append((type, String(t.dropFirst().dropLast()), rows))
            } else {
                type = String(t.split(separator: " ").first ?? "")
                if type == "TR" { rows += 1 }
            }
        }
        return result
    }

    /// A short key of `text` to look for in what pdftotext extracts: no spaces or direction marks, up to
    /// 12 characters, cut before a ligature (poppler's structure text stops at the first one) and, on
    /// right-to-left pages, before the first character that is not an Arabic letter (poppler reorders
    /// runs and marks differently in its two extractions). Arabic vowel marks and tatweel are left out.
    public static func key(_ text: String, rightToLeft: Bool) -> String {
        var out = ""
        for u in text.unicodeScalars {
            let v = u.value
            if u.properties.isWhitespace || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || invisible.contains(v) { continue }
            if (0xFB00...0xFB06).contains(v) || (0xFEF5...0xFEFC).contains(v) { break }
            if rightToLeft && !(0x0621...0x064A).contains(v) { break }
            out.unicodeScalars.append(u)
            if out.unicodeScalars.count == 12 { break }
        }
        return out
    }

    /// Characters that shape nothing and that poppler's two extractions keep differently: word joiner,
    /// zero-width space and (non-)joiners, left-to-right and right-to-left marks, soft hyphen.
    static let invisible: Set<UInt32> = [0x2060, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x00AD, 0xFEFF]

    /// `text` as `key` compares it: whitespace, direction marks, Arabic vowel marks and tatweel left out.
    public static func squeezed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            let v = u.value
            if u.properties.isWhitespace || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || invisible.contains(v) { continue }
            out.append(u)
        }
        return String(out)
    }

    /// The first of `keys` (in order) not found in `text` after the previous one, or nil when all are in order.
    public static func firstOutOfOrder(_ keys: [String], in text: String) -> String? {
        var rest = Substring(text)
        for k in keys where k.count >= 2 {
            guard let r = rest.range(of: k) else { return k }
            rest = rest[r.upperBound...]
        }
        return nil
    }
}
