import A4PIndicators
import A4PLayoutSpec
import Foundation
import Testing

/// `SpecNode.double` lowercases and copies a scalar through Foundation only when it could need it
/// (a leading ".", "+" or "-"; a "_"): every scalar must read as the general path reads it.
@Suite("Spec numbers read without needless copies")
struct SpecNumberTests {
    /// How `double` read every scalar before the shortcut.
    static func general(_ s: String) -> Double? {
        switch s.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(s.replacingOccurrences(of: "_", with: ""))
        }
    }

    static func node(_ s: String, quoted: Bool = false) -> SpecNode {
        SpecNode(.scalar(s, quoted: quoted), at: SourcePosition(file: "t.yaml", line: 1, column: 1))
    }

    @Test("scalars of every shape read as the general path reads them")
    func sameAsGeneral() {
        let scalars = [".inf", ".INF", ".Inf", "+.inf", "+.Inf", "-.inf", "-.INF", ".nan", ".NaN", ".NAN", "+.nan",
                       "1_000", "1_000.5", "_1", "-1_0", "12", "-5", "+3.5", ".5", "-.5", "+.5", "1e3", "-1E-3",
                       "abc", "", " 1", "1 ", "inf", "nan", "infinity", "-infinity", "+inf", "0x1F", "٣", "1,5",
                       "١٢", "İnf", ".İnf", "-", "+", ".", "_", "12_", "3.0", "-0", "1e400"]
        for s in scalars {
            let read = Self.node(s).double, expected = Self.general(s)
            #expect(read.map { $0.isNaN ? "nan" : "\($0)" } == expected.map { $0.isNaN ? "nan" : "\($0)" }, "\(s)")
        }
        #expect(Self.node("12", quoted: true).double == nil)
        #expect(Self.node("1_000").int == 1000 && Self.node("-.inf").int == nil && Self.node("2.5").int == nil)
    }
}
