import Foundation

/// How numbers are written, in the theme's locale (ICU data through Foundation's FormatStyle):
/// "68,924" in English, "68 924" in French, "٦٨٬٩٢٤" in Egyptian Arabic.
public enum ValueFormat: Hashable, Sendable {
    /// Grouped integer or decimals as needed, up to `maxFractionDigits`.
    case number(maxFractionDigits: Int = 1)
    /// The value is already a percentage (29 → "29%").
    case percent(fractionDigits: Int = 0)
    /// 16,900 → "16.9k"; small numbers stay whole.
    case abbreviated
    /// A ratio a:b stored as a/b, written as the reports do: 10 → "10:1".
    case ratio
    /// Exactly `fractionDigits` decimals ("16.0%" beside "12.1%"): see `uniform(for:)`.
    case numberExactly(fractionDigits: Int)
    case percentExactly(fractionDigits: Int)

    /// The same format with as many decimals on every value as the most precise one needs, so one
    /// chart does not print "16%" beside "12.1%". Whole numbers keep the format unchanged.
    public func uniform(for values: [Double]) -> ValueFormat {
        func needed(_ v: Double, _ most: Int) -> Int {
            let most = Self.clamped(most)
            guard v.isFinite else { return 0 }
            return (0...most).first { k in
                let p = pow(10, Double(most)), q = pow(10, Double(k))
                return ((v * q).rounded() / q * p).rounded() == (v * p).rounded()
            } ?? most
        }
        switch self {
        case .number(let most):
            let k = values.map { needed($0, most) }.max() ?? 0
            return k == 0 ? self : .numberExactly(fractionDigits: k)
        case .percent(let most):
            let k = values.map { needed($0, most) }.max() ?? 0
            return k == 0 ? self : .percentExactly(fractionDigits: k)
        default:
            return self
        }
    }

    /// Digits after the point stay within 0…6: a negative count would trap, a huge one means nothing.
    static func clamped(_ digits: Int) -> Int { min(max(digits, 0), 6) }

    public func string(_ v: Double, locale: Locale) -> String {
        // NaN and infinities are not numbers a reader can use; they never reach here from valid data.
        guard v.isFinite else { return v.isNaN ? "–" : (v > 0 ? "∞" : "−∞") }
        return FormattedValues.string(self, v, locale) { uncached(v, locale: locale) }
    }

    /// `string(_:locale:)` without `FormattedValues`: Foundation's (ICU's) formatting every time.
    func uncached(_ v: Double, locale: Locale) -> String {
        Self.groupingFourDigits(icu(v, locale: locale), locale: locale)
    }

    /// ICU leaves four-digit numbers ungrouped in Spanish (CLDR's minimum grouping of two: "4615" beside
    /// "38.000" in one column); the UN's Spanish documents group them ("4.615"), so every Spanish number
    /// of a page reads alike. Only the integer part's first run of digits is touched.
    static func groupingFourDigits(_ s: String, locale: Locale) -> String {
        guard locale.language.languageCode?.identifier == "es" else { return s }
        let digits = s.unicodeScalars.map { ("0"..."9").contains($0) }
        guard let start = digits.firstIndex(of: true) else { return s }
        let end = digits[start...].firstIndex(of: false) ?? digits.count
        guard end - start == 4 else { return s }
        var scalars = Array(s.unicodeScalars)
        scalars.insert(contentsOf: (locale.groupingSeparator ?? ".").unicodeScalars, at: start + 1)
        return String(String.UnicodeScalarView(scalars))
    }

    /// Foundation's (ICU's) string for the value.
    private func icu(_ v: Double, locale: Locale) -> String {
        switch self.clampedDigits {
        case .number(let digits):
            // A whole number of millions, or of tenths of a million, is how the reports write it
            // ("23 million listeners", "1.6 million m²"): the language's short form ("23M", "23 млн",
            // "2300万"), not "23,000,000", whose eight digits claim a count to the listener.
            if abs(v) >= 1_000_000, v.truncatingRemainder(dividingBy: 100_000) == 0 {
                return ValueFormat.abbreviated.icu(v, locale: locale)
            }
            return v.formatted(.number.precision(.fractionLength(0...digits)).locale(locale))
        case .percent(let digits):
            return (v / 100).formatted(.percent.precision(.fractionLength(0...digits)).locale(locale))
        case .numberExactly(let digits):
            return v.formatted(.number.precision(.fractionLength(digits)).locale(locale))
        case .percentExactly(let digits):
            return (v / 100).formatted(.percent.precision(.fractionLength(digits)).locale(locale))
        case .ratio:
            return v.formatted(.number.precision(.fractionLength(0...1)).locale(locale)) + ":1"
        case .abbreviated:
            guard abs(v) >= 1000 else {
                return v.formatted(.number.precision(.fractionLength(0...1)).locale(locale))
            }
            let s = v.formatted(.number.notation(.compactName).precision(.significantDigits(1...3)).locale(locale))
            // The reports write thousands as a lower-case k in English.
            return locale.language.languageCode?.identifier == "en" ? s.replacingOccurrences(of: "K", with: "k") : s
        }
    }

    var clampedDigits: ValueFormat {
        switch self {
        case .number(let d): .number(maxFractionDigits: Self.clamped(d))
        case .percent(let d): .percent(fractionDigits: Self.clamped(d))
        case .numberExactly(let d): .numberExactly(fractionDigits: Self.clamped(d))
        case .percentExactly(let d): .percentExactly(fractionDigits: Self.clamped(d))
        default: self
        }
    }

    /// A chart value with its qualifier ("≈914", ">68,924"), or the absent mark: `absent` for an
    /// unknown value, the state's own words for none and not applicable (in the locale's language).
    public func string(_ value: ChartValue, locale: Locale, absent: String = "–") -> String {
        switch value {
        case .absent(_, .notReported): absent
        case .absent(_, let state): Words.absent(state, locale.language.languageCode?.identifier ?? "en")
        case .number(let v, let q):
            // On a right-to-left page a qualifier's sign would land on the number's other side (and
            // mirror: ">" read as "<"); the figure is kept one left-to-right run (LRI … PDI).
            if let q, locale.language.characterDirection == .rightToLeft { "\u{2066}" + q.symbol + string(v, locale: locale) + "\u{2069}" }
            else { (q?.symbol ?? "") + string(v, locale: locale) }
        }
    }
}
