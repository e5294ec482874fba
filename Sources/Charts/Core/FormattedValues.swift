import Foundation

/// Numbers already written, by format, value and locale. Foundation's `formatted(_:)` builds an ICU
/// skeleton string, looks its formatter up and converts the value through `Decimal` on every call
/// (about 20 % of a chart's layout in a profile of the benchmark workload); chart pages write the same
/// tick values, percentages and totals again and again, so the text is kept and reused. The cached
/// string is the one `formatted(_:)` returned, so the output is the same with or without the cache.
enum FormattedValues {
    private struct Key: Hashable {
        let format: ValueFormat
        let bits: UInt64
        let locale: String
    }

    /// Bounded so a long-running process (a4p watch) cannot grow it without limit: when full it is
    /// emptied and fills again with what is still in use.
    static let capacity = 50_000

    private final class Table: @unchecked Sendable {
        let lock = NSLock()
        var strings: [Key: String] = [:]
    }

    private static let table = Table()

    /// `make()` for `value` in `format` and `locale`, computed once.
    static func string(_ format: ValueFormat, _ value: Double, _ locale: Locale, make: () -> String) -> String {
        let key = Key(format: format, bits: value.bitPattern, locale: locale.identifier)
        table.lock.lock()
        if let hit = table.strings[key] { table.lock.unlock(); return hit }
        table.lock.unlock()
        let made = make()
        table.lock.lock()
        if table.strings.count >= capacity { table.strings.removeAll(keepingCapacity: true) }
        table.strings[key] = made
        table.lock.unlock()
        return made
    }
}
