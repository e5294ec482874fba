import A4PCharts
import A4PScene
import Foundation
import Testing

/// Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in
/// linear RGB) and CIELAB distances, to check that the categorical palette's colours stay apart.
enum ColourVision {
    static let protanopia: [[Double]] = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    static let deuteranopia: [[Double]] = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    static let tritanopia: [[Double]] = [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    static func simulate(_ c: Color, _ m: [[Double]]?) -> [Double] {
        let rgb = [linear(c.red), linear(c.green), linear(c.blue)]
        guard let m else { return rgb }
        return m.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    /// CIELAB (D65) of linear RGB.
    static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func distance(_ a: Color, _ b: Color, _ m: [[Double]]?) -> Double {
        let la = lab(simulate(a, m)), lb = lab(simulate(b, m))
        return sqrt(zip(la, lb).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }
}

@Suite("Palette")
struct PaletteTests {
    let palette = Array(Theme().categorical.prefix(6))

    @Test("categorical colours stay apart in normal vision and under deuteranopia, protanopia and tritanopia",
          arguments: [("normal", nil), ("deuteranopia", ColourVision.deuteranopia), ("protanopia", ColourVision.protanopia),
                      ("tritanopia", ColourVision.tritanopia)] as [(String, [[Double]]?)])
    func distinct(name: String, matrix: [[Double]]?) {
        var worst = Double.infinity, pair = ""
        for i in palette.indices { for j in palette.indices where i < j {
            let d = ColourVision.distance(palette[i], palette[j], matrix)
            if d < worst { worst = d; pair = "\(palette[i].hexString)/\(palette[j].hexString)" }
        } }
        // ΔE*ab 20 is a clear difference for flat areas of chart colour.
        #expect(worst >= 20, "\(name): closest pair \(pair) at ΔE \(worst)")
    }

    @Test("the simulation does tell red from green apart only in normal vision")
    func simulationWorks() {
        let red = Color(hex: 0xD62728), green = Color(hex: 0x2CA02C)
        #expect(ColourVision.distance(red, green, nil) > 60)
        #expect(ColourVision.distance(red, green, ColourVision.deuteranopia) < ColourVision.distance(red, green, nil) / 2)
        // Tritanopes confuse blue with green, not red with green.
        let blue = Color(hex: 0x1F77B4), teal = Color(hex: 0x17BECF)
        #expect(ColourVision.distance(blue, teal, ColourVision.tritanopia) < ColourVision.distance(blue, teal, nil))
        #expect(ColourVision.distance(red, green, ColourVision.tritanopia) > 40)
    }

    @Test("the first colour is UN blue")
    func accent() { #expect(Theme().categorical[0].hexString == "#009EDB") }
}
