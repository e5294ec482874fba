@testable import A4PCharts
import Foundation
import Testing

/// Issue 18: numbers come from a cache of what Foundation wrote; the cache must never change them.
@Suite("Formatted values: the cache gives Foundation's strings")
struct FormattedValuesTests {
    @Test("every format, in locales with other digits and separators, cached and uncached, first and second call")
    func cachedIsUncached() {
        let formats: [ValueFormat] = [.number(), .number(maxFractionDigits: 0), .percent(), .percentExactly(fractionDigits: 1),
                                      .numberExactly(fractionDigits: 2), .abbreviated, .ratio]
        let locales = ["en", "fr", "ar", "ar@numbers=latn", "ru", "zh"].map(Locale.init(identifier:))
        for format in formats {
            for locale in locales {
                for v in [0, -0.0, 0.125, 12.5, 68924, 16900, -3.25, 1e9] {
                    let expected = format.uncached(v, locale: locale)
                    #expect(format.string(v, locale: locale) == expected, "\(format) \(locale.identifier) \(v)")
                    #expect(format.string(v, locale: locale) == expected, "second call")
                }
            }
        }
        // The same value in two locales is two entries, not one.
        #expect(ValueFormat.number().string(68924, locale: Locale(identifier: "en")) == "68,924")
        #expect(ValueFormat.number().string(68924, locale: Locale(identifier: "fr")) != "68,924")
    }
}
