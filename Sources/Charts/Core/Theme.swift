import A4PScene
import A4PText
import Foundation

/// Colours, type scale, spacing, language and direction of a chart (STYLE.md). A value: pages and
/// blocks override fields on a copy.
public struct Theme: Hashable, Sendable {
    public var accent = Color(hex: 0x009EDB)       // UN blue
    public var ink = Color(hex: 0x1A1A1A)
    public var secondary = Color(hex: 0x5A5A5A)
    public var grid = Color(hex: 0xD9D9D9)
    public var faint = Color(hex: 0xF2F2F2)         // track of rings, empty cells
    public var absent = Color(hex: 0xA6A6A6)        // "no data" marks
    /// Fatalities and violations only, never decoration.
    public var alert = Color(hex: 0xC0392B)
    /// Categorical series: the accent first, then orange, navy, sand, green and grey. Every pair stays
    /// at least ΔE*ab 27 apart in normal vision and under simulated deuteranopia and protanopia, and 22
    /// under tritanopia (Tests/ChartTests/PaletteTests: the green was #228833, 19.7 from UN blue for
    /// tritanopes); no red, which is kept for fatalities and violations.
    public var categorical: [Color] = [0x009EDB, 0xE69F00, 0x1D3F73, 0xDDCC77, 0x2A7A2A, 0x6F6F6F].map { Color(hex: $0) }

    /// BCP 47 language of the labels ("en", "fr", "ar"); drives shaping, line breaking and numbers.
    public var language = "en"
    /// Locale for number formats; by default the language's own, with the theme's `digits`.
    public var locale: Locale?
    /// Digits of Arabic pages: Western (0–9) by default, as UN Arabic documents and infographics print
    /// figures, years and symbols ("S/2024/292"); `.native` takes the locale's own (Arabic-Indic ٠–٩).
    /// One style per page: the spec layer writes dates and the tables write periods in the same digits.
    public var digits: Digits = .western
    public var direction: LayoutDirection = .leftToRight

    public var sizes = TypeScale()
    /// How labels and captions fill their lines. Greedy on printed pages; a projected slide balances
    /// them (`PageBuilder`): a label that ends on one word ("… in the / cycle") or a lone period
    /// ("… last six months / (Cycle 5)") is set over its lines evenly, the period with the words
    /// before it, in as many lines (review 7).
    public var labelWrap: TextWrap = .greedy
    /// The base spacing unit in points; gaps are multiples of it.
    public var unit = 4.0

    public init() {}

    /// The theme for a language: right to left for Arabic.
    public static func forLanguage(_ code: String) -> Theme {
        var t = Theme()
        t.language = code
        t.direction = code.hasPrefix("ar") ? .rightToLeft : .leftToRight
        return t
    }

    public var isRightToLeft: Bool { direction == .rightToLeft }
    public var numberLocale: Locale { locale ?? Theme.locale(for: language, digits: digits) }

    /// The locale of a language for numbers and dates: "ar@numbers=latn" for Arabic with Western digits.
    public static func locale(for language: String, digits: Digits = .western) -> Locale {
        digits == .western && language.hasPrefix("ar") ? Locale(identifier: language + "@numbers=latn") : Locale(identifier: language)
    }

    public func color(series i: Int) -> Color { categorical[((i % categorical.count) + categorical.count) % categorical.count] }

    /// `n` steps of one hue from light to dark (ratings, ordered scales).
    public func sequential(_ n: Int) -> [Color] {
        guard n > 1 else { return [accent] }
        let light = Color(hex: 0xCDEBF8), dark = Color(hex: 0x0B3C5D)
        return (0..<n).map { i in
            let t = Double(i) / Double(n - 1)
            return Color(red: light.red + (dark.red - light.red) * t, green: light.green + (dark.green - light.green) * t,
                         blue: light.blue + (dark.blue - light.blue) * t)
        }
    }

    /// The text style of a role, in this theme's language and direction.
    public func style(_ role: TextRole, color: Color? = nil, weight: FontWeight? = nil) -> TextStyle {
        let (size, w, c): (Double, FontWeight, Color) = switch role {
        case .title: (sizes.chartTitle, .bold, ink)
        case .body: (sizes.body, .regular, ink)
        case .label: (sizes.label, .regular, ink)
        case .axis: (sizes.axis, .regular, secondary)
        case .value: (sizes.label, .bold, ink)
        case .source: (sizes.source, .regular, secondary)
        case .bigNumber: (sizes.bigNumber, .bold, accent)
        case .caption: (sizes.body, .regular, secondary)
        }
        // Titles (headings, chart and slide titles) wrap balanced: no word left alone on a last line;
        // labels and captions as the page asks (`labelWrap`).
        let wrap: TextWrap = switch role {
        case .title: .balanced
        case .label, .caption: labelWrap
        default: .greedy
        }
        return TextStyle(size: size, weight: weight ?? w, language: language,
                         direction: isRightToLeft ? .rightToLeft : .auto, color: color ?? c, wrap: wrap)
    }
}

/// Which digits numbers are written in where a language has two sets (Arabic).
public enum Digits: String, Hashable, Sendable { case western, native }

public enum LayoutDirection: String, Hashable, Sendable { case leftToRight, rightToLeft }

public enum TextRole: Hashable, Sendable { case title, body, label, axis, value, source, bigNumber, caption }

/// Sizes in points (STYLE.md).
public struct TypeScale: Hashable, Sendable {
    public var chartTitle = 10.0
    public var body = 9.0
    public var label = 8.0
    public var axis = 7.5
    public var source = 6.5
    public var bigNumber = 30.0
    public init() {}

    /// Every size multiplied by `k` (slides use 1.5).
    public func scaled(by k: Double) -> TypeScale {
        var s = self
        s.chartTitle *= k; s.body *= k; s.label *= k; s.axis *= k; s.source *= k; s.bigNumber *= k
        return s
    }

    /// The smallest sizes of a projected slide (issue 14): text read from across a room. Body text,
    /// labels, axes and table text at least 14 pt, chart titles 2 pt over that, sources and the
    /// footer at least 11 pt. Printed pages have no such floor.
    public static let projection = (text: 14.0, source: 11.0)

    /// Every size raised to at least the given floors (`projection` on slide pages); sizes already
    /// larger stay as they are.
    public func atLeast(text: Double, source minimum: Double) -> TypeScale {
        var s = self
        s.chartTitle = max(s.chartTitle, text + 2); s.body = max(s.body, text); s.label = max(s.label, text)
        s.axis = max(s.axis, text); s.source = max(s.source, minimum)
        return s
    }
}
