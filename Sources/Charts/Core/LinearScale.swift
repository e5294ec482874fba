#if canImport(Glibc)
import Glibc
#endif

/// Maps a domain of values onto a range of points, with "nice" ticks (1, 2, 2.5, 5 × 10ⁿ).
public struct LinearScale: Hashable, Sendable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// Draw from `range.upperBound` down to `lowerBound` (vertical axes, right-to-left bars).
    public var reversed: Bool

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, reversed: Bool = false) {
        self.domain = domain; self.range = range; self.reversed = reversed
    }

    public func position(_ v: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span == 0 ? 0 : (v - domain.lowerBound) / span
        let u = reversed ? 1 - t : t
        return range.lowerBound + u * (range.upperBound - range.lowerBound)
    }

    /// Ticks from the domain's start to its end, about `count` of them; whole numbers only when
    /// `integer` (counts of missions are not drawn at 2.5).
    public func ticks(_ count: Int = 5, integer: Bool = false) -> [Double] {
        let step = Self.niceStep(span: domain.upperBound - domain.lowerBound, count: count, integer: integer)
        guard step > 0 else { return [domain.lowerBound] }
        var out: [Double] = []
        var v = (domain.lowerBound / step).rounded(.up) * step
        // At most a few hundred ticks, and none once adding the step no longer moves v (huge
        // values with a tiny span): the loop could otherwise never end.
        while v <= domain.upperBound + step * 1e-9, out.count < 500 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            guard v + step > v else { break }
            v += step
        }
        return out
    }

    public static func niceStep(span: Double, count: Int, integer: Bool = false) -> Double {
        guard span > 0, span.isFinite, count > 0 else { return 0 }
        let raw = span / Double(count)
        let magnitude = pow(10, floor(log10(raw)))
        let f = raw / magnitude
        // 2.5 × 10ⁿ is not whole below 10: take 2 instead for whole-number axes.
        let quarter = integer && magnitude < 10 ? 2.0 : 2.5
        let nice: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? quarter : f <= 5 ? 5 : 10
        return integer ? max(1, nice * magnitude) : nice * magnitude
    }

    /// True when every value is a whole number (then axes tick at whole numbers).
    public static func allWhole(_ values: [Double]) -> Bool { values.allSatisfy { $0 == $0.rounded() } }

    /// A domain from zero (bars start at zero) up to a nice number above `maxValue`.
    public static func zeroBased(max maxValue: Double, ticks: Int = 5) -> ClosedRange<Double> {
        guard maxValue > 0, maxValue.isFinite else { return 0...1 }
        let step = niceStep(span: maxValue, count: ticks)
        let top = (maxValue / step).rounded(.up) * step
        return top.isFinite && top >= maxValue ? 0...top : 0...maxValue
    }

    /// A nice domain around `lo...hi` (lines, which need not start at zero).
    public static func nice(_ lo: Double, _ hi: Double, ticks: Int = 5) -> ClosedRange<Double> {
        // Non-finite bounds (never from valid data) fall back to a unit domain instead of trapping.
        guard lo.isFinite, hi.isFinite else { return 0...1 }
        guard hi > lo else { return (lo - 1)...(lo + 1) }
        let step = niceStep(span: hi - lo, count: ticks)
        let (a, b) = (floor(lo / step) * step, ceil(hi / step) * step)
        return step > 0 && a.isFinite && b.isFinite && a <= b ? a...b : lo...hi
    }
}
