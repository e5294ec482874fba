import A4PCharts
import Foundation
import Testing

@Suite("Trends and number formats")
struct TrendTests {
    @Test("trend text is computed from the two values")
    func trendText() {
        let en = Theme()
        #expect(Trend(current: 7, previous: 6).text(format: .number(), theme: en) == "7 (↑ from 6)")
        #expect(Trend(current: 9, previous: 12).text(format: .percent(), theme: en) == "9% (↓ from 12%)")
        // Unchanged: the value alone ("1 (= 1)" in a hospitals table read as a placeholder).
        #expect(Trend(current: 5, previous: 5).text(format: .number(), theme: en) == "5")
        #expect(Trend(current: 5, previous: .absent()).text(format: .number(), theme: en) == "5")
        #expect(Trend(current: 7, previous: 6).text(format: .number(), theme: .forLanguage("ar")) == "7 (↑ من 6)")
    }

    @Test("numbers follow the locale")
    func locales() {
        let v = 68924.0
        #expect(ValueFormat.number().string(v, locale: Locale(identifier: "en")) == "68,924")
        #expect(ValueFormat.number().string(v, locale: Locale(identifier: "fr")) == "68\u{202F}924")
        #expect(ValueFormat.number().string(v, locale: Locale(identifier: "ar_EG")) == "٦٨٬٩٢٤")
        #expect(ValueFormat.percent().string(29, locale: Locale(identifier: "fr")) == "29\u{00A0}%")
        #expect(ValueFormat.abbreviated.string(16_900, locale: Locale(identifier: "en")) == "16.9k")
        #expect(ValueFormat.number().string(.number(914, .approximately), locale: Locale(identifier: "en")) == "≈914")
        #expect(ValueFormat.number().string(.number(68924, .over), locale: Locale(identifier: "en")) == ">68,924")
        #expect(ValueFormat.number().string(.absent(), locale: Locale(identifier: "en")) == "–")
    }

    @Test("one chart writes its values with the same number of decimals; whole numbers stay whole")
    func uniformDecimals() {
        let en = Locale(identifier: "en")
        let mixed = ValueFormat.percent(fractionDigits: 1).uniform(for: [16, 12.1, 4.8])
        #expect(mixed.string(16, locale: en) == "16.0%" && mixed.string(12.1, locale: en) == "12.1%")
        #expect(ValueFormat.percent(fractionDigits: 1).uniform(for: [16, 12, 5]).string(16, locale: en) == "16%")
        let counts = ValueFormat.number(maxFractionDigits: 2).uniform(for: [1.5, 2, 3.25])
        #expect(counts.string(2, locale: en) == "2.00" && counts.string(1.5, locale: en) == "1.50")
        #expect(ValueFormat.number().uniform(for: [68924, 1]).string(68924, locale: Locale(identifier: "fr")) == "68\u{202F}924")
    }

    @Test("nice ticks")
    func ticks() {
        #expect(LinearScale(domain: LinearScale.zeroBased(max: 87), range: 0...100).ticks(5) == [0, 20, 40, 60, 80, 100])
        #expect(LinearScale.zeroBased(max: 0) == 0...1)
        #expect(LinearScale(domain: 0...1000, range: 0...1).ticks(4) == [0, 250, 500, 750, 1000])
    }
}
