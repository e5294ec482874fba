import Foundation
import TestSupport
import Testing

/// `--transparent`: a chart without a background, to place over other artwork (issue 17).
@Suite("Transparent PNG")
struct TransparentAssetTests {
    /// The PNG's colour type (IHDR byte 9: 2 RGB, 6 RGBA) and the top-left pixel's alpha.
    static func inspect(_ path: String) throws -> (colourType: UInt8, cornerAlpha: UInt32, dpi: Bool) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let chunks = ReferenceImage.chunks(bytes)
        let ihdr = try #require(chunks.first { $0.type == "IHDR" })
        let pixels = try #require(ReferenceImage.decode(bytes))
        return (ihdr.data[9], pixels.data[0] >> 24, chunks.contains { $0.type == "pHYs" })
    }

    @Test("render --block --transparent writes RGBA with a clear background and its resolution; without it, RGB on white")
    func blockAlone() throws {
        let spec = ShippedSpecs.path("Specs/publication/missions/factsheet.yaml")
        for transparent in [true, false] {
            let dir = try TempDir.make()
            let out = try A4PBinary.run(["render", spec, "--only", "UNMISS", "--block", "kpi-p4.19-current", "--format", "png", "--out", dir.path]
                                        + (transparent ? ["--transparent"] : []))
            #expect(out.status == 0, "\(out.stderr)")
            let png = dir.appendingPathComponent("factsheet-UNMISS-en-kpi-p4.19-current.png").path
            let (type, alpha, dpi) = try Self.inspect(png)
            #expect(type == (transparent ? 6 : 2) && dpi, "colour type \(type)")
            #expect(alpha == (transparent ? 0 : 0xFF), "corner alpha \(alpha)")
            #expect(try ExternalTool.run("pngcheck", [png]).status == 0)
        }
    }
}
