import Foundation

/// Compares an SVG page, rasterised by rsvg-convert at 72 dpi (1 px a point) on white, with the PNG
/// renderer's page at scale 1. Two rasterisers never agree on every anti-aliased edge, so the
/// comparison is statistical: the mean absolute channel difference and the share of pixels where
/// some channel differs by more than 64 (a visible change, not edge shading).
public enum SVGParity {
    /// What a page may differ by.
    public struct Limits: Sendable {
        public var mean: Double, share: Double, block: Int
    }
    /// For pages with text. Measured 2026-12-06 (rsvg-convert 2.54 against the PNG renderer): the
    /// every-block pages and the Arabic and Chinese mission sheets give a mean difference of 1.3–2.2
    /// and 0.6–1.0 % of pixels beyond 64; the type specimen, the densest text, 3.4 and 1.7 %. Cairo's
    /// own SVG output (before the writer) measured the same on the specimen and every-block pages:
    /// the differences are glyph edges, which cairo 1.16's image backend puts on whole pixels and
    /// librsvg does not. Those per-pixel figures hardly move when a line of text goes missing
    /// (1.70 → 1.78 %), so the block measure catches that: averaged over 8×8 px blocks the edge noise
    /// cancels out (largest block difference 11–22 of 255 on those pages), while a missing line of
    /// text or a lost clip leaves blocks 90 and more apart.
    public static let pages = Limits(mean: 4.0, share: 0.022, block: 40)
    /// For pages without text only shape edges differ (a hand-made chart page: mean 0.03, no pixel
    /// beyond 64, largest block difference 1), so these limits are tight enough to notice a dash
    /// pattern drawn solid (mean 0.30, block 18), which the text pages' limits would let pass.
    public static let textFree = Limits(mean: 0.25, share: 0.001, block: 8)

    public struct Result: CustomStringConvertible {
        public var width: Int, height: Int
        /// Mean over all pixels and the three colour channels of |svg − png|, 0…255.
        public var meanDifference: Double
        /// Share (0…1) of pixels with a channel differing by more than 64.
        public var differingShare: Double
        /// The largest difference of mean grey (0…255) between the two images over 8×8 px blocks.
        public var blockDifference: Int
        /// Where actual, expected and diff PNGs were left (only when kept).
        public var folder: URL?
        public var description: String {
            "\(width)×\(height) px, mean difference \((meanDifference * 1000).rounded() / 1000), "
                + "\((differingShare * 100_000).rounded() / 1000) % of pixels differ by more than 64, "
                + "largest 8×8 block difference \(blockDifference)"
                + (folder.map { "; actual/expected/diff PNGs in \($0.path)" } ?? "")
        }
    }

    /// Rasterises `svg` and compares it with `png`; nil when either cannot be read or sizes differ.
    /// With `keep`, the SVG's raster (actual), the PNG (expected) and a diff (pixels beyond 64 in
    /// red over the faded expected page) stay in a temporary folder whose path the result gives.
    public static func compare(svg: [UInt8], png: [UInt8], name: String, keep: Bool) throws -> Result? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("a4p-svg-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let svgURL = folder.appendingPathComponent("\(name).svg")
        let actual = folder.appendingPathComponent("\(name).actual.png")
        let expected = folder.appendingPathComponent("\(name).expected.png")
        try Data(svg).write(to: svgURL)
        try Data(png).write(to: expected)
        let run = try ExternalTool.run("rsvg-convert", ["--dpi-x", "72", "--dpi-y", "72", "-b", "white",
                                                        "-o", actual.path, svgURL.path])
        guard run.status == 0, let a = ReferenceImage.pixels(actual.path), let b = ReferenceImage.pixels(expected.path),
              a.width == b.width, a.height == b.height else { return nil }
        var total = 0, differing = 0
        var diff = [UInt32](repeating: 0, count: a.data.count)
        for i in 0..<a.data.count {
            let pa = a.data[i], pb = b.data[i]
            var worst = 0
            for shift: UInt32 in [0, 8, 16] {
                let d = abs(Int((pa >> shift) & 0xFF) - Int((pb >> shift) & 0xFF))
                total += d
                worst = max(worst, d)
            }
            if worst > 64 { differing += 1 }
            let grey = UInt32(255 - (255 - Int((pb >> 8) & 0xFF)) / 4)
            diff[i] = worst > 64 ? 0xFFFF_0000 : 0xFF00_0000 | grey << 16 | grey << 8 | grey
        }
        var result = Result(width: a.width, height: a.height,
                            meanDifference: Double(total) / Double(3 * a.data.count),
                            differingShare: Double(differing) / Double(a.data.count),
                            blockDifference: blockDifference(a.data, b.data, width: a.width, height: a.height), folder: nil)
        if keep {
            ReferenceImage.writePNG(diff, width: a.width, height: a.height, to: folder.appendingPathComponent("\(name).diff.png").path)
            result.folder = folder
        } else {
            try? FileManager.default.removeItem(at: folder)
        }
        return result
    }

    /// True when every measure is within its limit.
    public static func passes(_ r: Result, _ limits: Limits = pages) -> Bool {
        r.meanDifference < limits.mean && r.differingShare < limits.share && r.blockDifference < limits.block
    }

    /// The largest |mean grey of a − mean grey of b| over whole 8×8 blocks.
    static func blockDifference(_ a: [UInt32], _ b: [UInt32], width: Int, height: Int) -> Int {
        func grey(_ p: UInt32) -> Int { Int((p >> 16) & 0xFF) + Int((p >> 8) & 0xFF) + Int(p & 0xFF) }
        var worst = 0
        for by in 0..<(height / 8) {
            for bx in 0..<(width / 8) {
                var sum = 0
                for y in (by * 8)..<(by * 8 + 8) {
                    for x in (bx * 8)..<(bx * 8 + 8) { sum += grey(a[y * width + x]) - grey(b[y * width + x]) }
                }
                worst = max(worst, abs(sum) / (64 * 3))
            }
        }
        return worst
    }
}
