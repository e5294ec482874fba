import A4PScene

/// How a piece of text is set: size in points, weight, language (BCP 47, for shaping and line
/// breaking), base direction, line height as a multiple of the size, colour, and how paragraphs
/// fill their lines (`wrap`: balanced for titles).
public struct TextStyle: Hashable, Sendable {
    public var size: Double
    public var weight: FontWeight
    public var language: String
    public var direction: TextDirection
    public var lineHeight: Double
    public var color: Color
    public var wrap: TextWrap

    public init(size: Double, weight: FontWeight = .regular, language: String = "en",
                direction: TextDirection = .auto, lineHeight: Double = 1.25, color: Color = .black,
                wrap: TextWrap = .greedy) {
        self.size = size; self.weight = weight; self.language = language
        self.direction = direction; self.lineHeight = lineHeight; self.color = color; self.wrap = wrap
    }

    public func with(size: Double? = nil, weight: FontWeight? = nil, color: Color? = nil, wrap: TextWrap? = nil) -> TextStyle {
        var s = self
        if let size { s.size = size }
        if let wrap { s.wrap = wrap }
        if let weight { s.weight = weight }
        if let color { s.color = color }
        return s
    }
}

/// Where lines sit in their box. `leading` and `trailing` follow the paragraph's direction:
/// leading is the left edge for English and the right edge for Arabic.
public enum TextAlignment: String, Hashable, Sendable {
    case leading, center, trailing, left, right
}
