@testable import A4PText
import Testing

/// `Shaper.assignFonts` reads each character's font pick from tables made once (`FontPick`), not
/// from the Unicode properties every time: the tables must answer what the properties say.
@Suite("Font picks from tables")
struct FontPickTests {
    /// The rule `assignFonts` applied to the properties of every character before the tables.
    static func fromProperties(_ s: Unicode.Scalar) -> FontPick {
        let props = s.properties
        if props.isDefaultIgnorableCodePoint || props.generalCategory == .control { return .ignorable }
        switch props.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .spaceSeparator,
             .otherPunctuation, .openPunctuation, .closePunctuation, .dashPunctuation, .decimalNumber:
            return .clings
        default:
            return .own
        }
    }

    @Test("every scalar's pick is the one its properties give")
    func everyScalar() {
        var differing: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }  // surrogates
            if FontPick.of(s) != Self.fromProperties(s) { differing.append(v) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
    }

    @Test("the picks of the scripts the publication sets")
    func samples() {
        #expect(FontPick.of("a") == .own && FontPick.of("é") == .own && FontPick.of("ж") == .own)
        #expect(FontPick.of("ع") == .own && FontPick.of("联") == .own)
        #expect(FontPick.of(" ") == .clings && FontPick.of("(") == .clings && FontPick.of("7") == .clings)
        #expect(FontPick.of("،") == .clings && FontPick.of("。") == .clings && FontPick.of("\u{064E}") == .clings)
        #expect(FontPick.of("\u{2066}") == .ignorable && FontPick.of("\u{200B}") == .ignorable && FontPick.of("\n") == .ignorable)
        #expect(FontPick.of("+") == .own && FontPick.of("%") == .clings && FontPick.of("_") == .own)
    }
}
