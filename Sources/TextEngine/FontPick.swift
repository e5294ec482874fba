/// How `Shaper.assignFonts` picks a face for one character, from its Unicode properties: a default
/// ignorable or control character takes the face before it; a mark, space, punctuation or digit
/// stays in the face before it when that face has it; anything else takes the first face that has it.
enum FontPick: UInt8, Sendable {
    case ignorable, clings, own

    /// The pick for `s`, from the properties (`_swift_stdlib_getGeneralCategory` and
    /// `getBinaryProperties` are binary searches: asked for every character of every new outline,
    /// they were most of `assignFonts`, 2.8 % of an SVG export's CPU).
    static func of(_ s: Unicode.Scalar) -> FontPick {
        let v = s.value
        if v < 0x800 { return below800[Int(v)] }
        if v >= 0x3000 && v < 0xA000 { return cjk[Int(v - 0x3000)] }
        return classify(s)
    }

    /// Latin, Greek, Cyrillic, Arabic (below U+0800), made once from the same properties.
    private static let below800: [FontPick] = (0..<0x800).map { classify(Unicode.Scalar(UInt32($0))!) }
    /// CJK punctuation, kana and the ideographs (U+3000..<U+A000), made once, on first use.
    private static let cjk: [FontPick] = (0x3000..<0xA000).map { classify(Unicode.Scalar(UInt32($0))!) }

    /// The answer from the scalar's properties: what the tables hold.
    static func classify(_ s: Unicode.Scalar) -> FontPick {
        let props = s.properties
        if props.isDefaultIgnorableCodePoint || props.generalCategory == .control { return .ignorable }
        switch props.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .spaceSeparator,
             .otherPunctuation, .openPunctuation, .closePunctuation, .dashPunctuation,
             .decimalNumber:
            return .clings
        default:
            return .own
        }
    }
}
