@testable import A4PCairoRenderers
import Testing

@Suite("SVG numbers")
struct SVGNumberTests {
    @Test("two decimals, trimmed; rounding half away from zero; never -0; no exponents", arguments: [
        (12.5, "12.5"), (3, "3"), (-0.25, "-0.25"), (0, "0"), (-0.0, "0"),
        (-0.001, "0"), (-0.004999, "0"), (-0.005, "-0.01"), (0.005, "0.01"), (0.004, "0"),
        (1.005, "1"), // the binary value is 1.00499999999999989…
        (2.675, "2.68"), // 2.675 (binary 2.67499999…) × 100 rounds to 267.5 in binary; printf says 2.67
        (1.125, "1.13"), (-1.125, "-1.13"), (0.1, "0.1"), (0.07, "0.07"),
        (10.0, "10"), (100.10, "100.1"), (595.2756, "595.28"), (-36.999, "-37"), (999.999, "1000"),
        (1e-7, "0"), (123456789.123, "123456789.12"),
        (1e20, "1000000000"), (-1e300, "-1000000000"),
        (Double.infinity, "1000000000"), (-Double.infinity, "-1000000000"), (Double.nan, "0"),
        (Double.leastNonzeroMagnitude, "0"), (Double.greatestFiniteMagnitude, "1000000000"),
    ] as [(Double, String)])
    func twoDecimals(value: Double, expected: String) {
        #expect(SVGNumber.string(value) == expected)
    }

    @Test("other precisions: integers for font units, nine places for glyph scales", arguments: [
        (0, 1234.5, "1235"), (0, -1234.5, "-1235"), (0, -0.4, "0"), (0, 7, "7"),
        (9, 9.5 / 2048, "0.004638672"), (9, 0.009, "0.009"), (9, 1e-10, "0"), (9, -1e12, "-1000000000"),
        (3, 0.35, "0.35"), (6, 0.70710678118, "0.707107"), (6, -1, "-1"),
    ] as [(Int, Double, String)])
    func precisions(decimals: Int, value: Double, expected: String) {
        #expect(SVGNumber.string(value, decimals: decimals) == expected)
    }

    @Test("untrimmed: always the given number of places, still never -0", arguments: [
        (21, "21.00"), (0, "0.00"), (-0.001, "0.00"), (5.5, "5.50"), (-3.14159, "-3.14"), (0.07, "0.07"), (1e20, "1000000000.00"),
    ] as [(Double, String)])
    func untrimmed(value: Double, expected: String) {
        #expect(SVGNumber.string(value, trimmed: false) == expected)
    }

    @Test("matches a slow reference (Double.description of the rounded value) over many values")
    func matchesReference() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let v = Double.random(in: -5000...5000, using: &generator)
            let rounded = (v * 100).rounded(.toNearestOrAwayFromZero) / 100
            var reference = rounded == 0 ? "0" : "\(rounded)"
            if reference.hasSuffix(".0") { reference.removeLast(2) }
            #expect(SVGNumber.string(v) == reference, "\(v)")
        }
    }

    @Test("no output contains anything but digits, one point and a leading minus")
    func alphabet() {
        let samples: [Double] = [.nan, .infinity, -.infinity, 1e-320, -1e-320, 4.9e15, -7.25e8, 0.015, -0.015]
        for v in samples {
            let s = SVGNumber.string(v)
            #expect(s.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }, "\(v) → \(s)")
            #expect(!s.hasPrefix("-0") || s.hasPrefix("-0."), "\(v) → \(s)")
            #expect(!s.hasSuffix(".") && !s.hasSuffix("0") || !s.contains("."), "\(v) → \(s)")
        }
    }
}
