import A4PCharts
import A4PIndicators
import A4PLayoutSpec
import Foundation
import TestSupport
import Testing

/// One digit style per Arabic page: Western digits, a theme choice (`Theme.digits`, README "Text").
@Suite("Arabic digits")
struct ArabicDigitsTests {
    @Test("Arabic pages write Western digits: numbers, dates in text values, the table's periods")
    func arabicDigits() throws {
        let arabicIndic = CharacterSet(charactersIn: "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
        let theme = Theme.forLanguage("ar")
        #expect(theme.digits == .western)
        let number = ValueFormat.number().string(68924, locale: theme.numberLocale)
        #expect(number.rangeOfCharacter(from: arabicIndic) == nil && number.contains("68"), "\(number)")
        let context = TextContext(mission: nil, priority: nil, periodLabel: nil, language: "ar", translations: Translations())
        let date = context.readable("2023-01-18")
        #expect(date.rangeOfCharacter(from: arabicIndic) == nil && date.contains("2023") && date.contains("18"), "\(date)")
        // The other choice, Arabic-Indic digits throughout, is one setting away.
        #expect(ValueFormat.number().string(6, locale: Theme.locale(for: "ar_EG", digits: .native)) == "٦")
        var log = DiagnosticLog()
        let ar = try #require(Translations.load(from: URL(fileURLWithPath: ShippedSpecs.path("Translations")), log: &log).tables["ar"])
        for (key, text) in ar { #expect(text.rangeOfCharacter(from: arabicIndic) == nil, "ar.yaml \(key): Arabic-Indic digits in '\(text)'") }
    }
}
