import A4PIndicators
import Foundation

/// An image a spec places, read and checked before it reaches the renderer: a regular file within
/// the size cap, a PNG that is whole (every chunk within the file, checksums right, IEND at the
/// end) and within the pixel limit, or an SVG with a size. A bad image is an error, never left out.
struct ImageFile {
    var bytes: [UInt8]
    var isSVG: Bool
    var width: Double
    var height: Double

    /// The image at `path`, or a message saying what is wrong with it and what to do.
    static func load(_ path: String, named: String) -> Result<ImageFile, ImageProblem> {
        let data: Data
        do {
            data = try InputFile.read(path, limit: InputLimits.imageBytes, what: "image")
        } catch {
            return .failure(ImageProblem(rule: error.reason == .missing ? "missing-image" : "bad-image", message: "'\(named)': \(error.problem)"))
        }
        let bytes = [UInt8](data)
        let isSVG = named.lowercased().hasSuffix(".svg")
        if isSVG {
            guard let (w, h) = ImageSize.ofSVG(bytes), w.isFinite, h.isFinite else {
                return .failure(ImageProblem(rule: "image-format", message: "cannot read the size of '\(named)'; an SVG needs width and height or a viewBox"))
            }
            if let problem = aspectProblem(w, h, named) { return .failure(problem) }
            return .success(ImageFile(bytes: bytes, isSVG: true, width: w, height: h))
        }
        if let problem = PNGCheck.problem(bytes) {
            return .failure(ImageProblem(rule: "bad-image", message: "'\(named)' is not a whole PNG (\(problem)); export it again as PNG"))
        }
        guard let (w, h) = ImageSize.ofPNG(bytes) else {
            return .failure(ImageProblem(rule: "bad-image", message: "'\(named)' has no size; export it again as PNG"))
        }
        if w * h > Double(InputLimits.imagePixels) {
            return .failure(ImageProblem(rule: "image-too-large",
                                         message: "'\(named)' is \(Int(w))×\(Int(h)) pixels, more than the limit of \(InputLimits.imagePixels / 1_000_000) megapixels; scale it down"))
        }
        if let problem = aspectProblem(w, h, named) { return .failure(problem) }
        return .success(ImageFile(bytes: bytes, isSVG: false, width: w, height: h))
    }

    /// Width over height beyond 1000:1 either way cannot be placed (its height at the block's width
    /// would be a hair or miles): say so instead of a layout overflow of "inf pt".
    static func aspectProblem(_ w: Double, _ h: Double, _ named: String) -> ImageProblem? {
        let ratio = w / h
        guard !(ratio >= 1e-3 && ratio <= 1e3) else { return nil }
        return ImageProblem(rule: "image-format", message: "'\(named)' is \(fmtNumber(w))×\(fmtNumber(h)), more than 1000 times wider than high or the reverse; crop it or give it a sensible size")
    }
}

struct ImageProblem: Error {
    var rule: String
    var message: String
}

/// PNG structure: signature, chunks with lengths inside the file and matching CRC-32, IHDR first,
/// at least one IDAT, IEND last. Cheap (one pass, no decompression) and catches truncation and most damage.
enum PNGCheck {
    static func problem(_ b: [UInt8]) -> String? {
        guard b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return "no PNG signature" }
        var i = 8
        var first = true
        var sawData = false
        while i + 12 <= b.count {
            let length = Int(UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3]))
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            guard length <= b.count - i - 12 else { return "chunk \(type) runs past the end: the file is cut short" }
            if first && type != "IHDR" { return "the first chunk is \(type), not IHDR" }
            first = false
            let end = i + 8 + length
            let stored = UInt32(b[end]) << 24 | UInt32(b[end + 1]) << 16 | UInt32(b[end + 2]) << 8 | UInt32(b[end + 3])
            guard crc32(b[(i + 4)..<end]) == stored else { return "chunk \(type) fails its checksum: the file is damaged" }
            if type == "IDAT" { sawData = true }
            if type == "IEND" { return sawData ? nil : "no image data" }
            i = end + 4
        }
        return "the file is cut short (no IEND)"
    }

    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
