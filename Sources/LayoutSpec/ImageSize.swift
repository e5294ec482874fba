import Foundation

/// The natural size of an image file, for its aspect ratio on the page: PNG from its IHDR chunk,
/// SVG from the root element's width and height (or its viewBox).
enum ImageSize {
    static func of(_ bytes: [UInt8], svg: Bool) -> (width: Double, height: Double)? {
        svg ? ofSVG(bytes) : ofPNG(bytes)
    }

    static func ofPNG(_ bytes: [UInt8]) -> (width: Double, height: Double)? {
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func be(_ i: Int) -> Double { Double(UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])) }
        let (w, h) = (be(16), be(20))
        return w > 0 && h > 0 ? (w, h) : nil
    }

    static func ofSVG(_ bytes: [UInt8]) -> (width: Double, height: Double)? {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let open = text.range(of: "<svg"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) else { return nil }
        let tag = String(text[open.upperBound..<close.lowerBound])
        func attribute(_ name: String) -> String? {
            guard let r = tag.range(of: #"\b\#(name)\s*=\s*["']([^"']*)["']"#, options: .regularExpression) else { return nil }
            let match = String(tag[r])
            guard let q = match.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
            return String(match[match.index(after: q)...].dropLast())
        }
        func length(_ s: String?) -> Double? {
            guard let s, !s.hasSuffix("%") else { return nil }
            return Double(s.trimmingCharacters(in: CharacterSet.letters.union(.whitespaces)))
        }
        if let w = length(attribute("width")), let h = length(attribute("height")), w > 0, h > 0 { return (w, h) }
        let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } ?? []
        return box.count == 4 && box[2] > 0 && box[3] > 0 ? (box[2], box[3]) : nil
    }
}
