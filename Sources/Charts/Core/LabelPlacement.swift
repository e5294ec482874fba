/// Spreads labels along one axis so none overlaps: each wants to sit at `wanted` (its centre) and
/// needs `size`; they keep their order and stay within `range`. Used for line end labels and
/// donut legends.
public enum LabelPlacement {
    public static func spread(wanted: [Double], size: Double, range: ClosedRange<Double>) -> [Double] {
        guard !wanted.isEmpty else { return [] }
        let order = wanted.indices.sorted { wanted[$0] < wanted[$1] }
        var placed = order.map { wanted[$0] }
        let lo = range.lowerBound + size / 2, hi = range.upperBound - size / 2
        // Push down past the previous label, then pull back up from the bottom edge.
        for i in placed.indices {
            placed[i] = max(placed[i], lo)
            if i > 0 { placed[i] = max(placed[i], placed[i - 1] + size) }
        }
        for i in placed.indices.reversed() {
            placed[i] = min(placed[i], hi)
            if i < placed.count - 1 { placed[i] = min(placed[i], placed[i + 1] - size) }
        }
        var out = [Double](repeating: 0, count: wanted.count)
        for (k, i) in order.enumerated() { out[i] = placed[k] }
        return out
    }
}
