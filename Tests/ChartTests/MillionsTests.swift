@testable import A4PCharts
import Foundation
import Testing

/// The reports write large round figures in words ("23 million listeners", "1.6 million m²", "16 million
/// followers"); a figure list printed them as "23,000,000", a precision the source does not claim.
@Suite("Whole millions in the language's short form")
struct MillionsTests {
    @Test("a whole number of tenths of a million is short in every language; any other large number keeps its digits")
    func millions() {
        let en = Locale(identifier: "en")
        #expect(ValueFormat.number().string(23_000_000, locale: en) == "23M")
        #expect(ValueFormat.number().string(1_600_000, locale: en) == "1.6M")
        #expect(ValueFormat.number().string(1_234_567, locale: en) == "1,234,567")
        #expect(ValueFormat.number().string(999_000, locale: en) == "999,000")
        #expect(ValueFormat.number().string(23_000_000, locale: Locale(identifier: "zh")) == "2300万")
        for language in ["fr", "es", "ru", "ar"] {
            let s = ValueFormat.number().string(23_000_000, locale: Locale(identifier: language))
            #expect(!s.contains("000") && s.contains("23"), "\(language): \(s)")
        }
    }
}
