/// Stacks boxes of different heights along one axis: each wants its centre at `wanted`, they keep
/// the order of their wanted positions, stay `gap` apart and inside `range`. The variable-height
/// sibling of `LabelPlacement.spread`, for map call-out columns. Returns each box's top, or nil
/// when the boxes and gaps together are taller than the range.
enum CalloutSpread {
    static func tops(wanted: [Double], heights: [Double], gap: Double, range: ClosedRange<Double>) -> [Double]? {
        precondition(wanted.count == heights.count)
        guard !wanted.isEmpty else { return [] }
        let total = heights.reduce(0, +) + gap * Double(heights.count - 1)
        guard total <= range.upperBound - range.lowerBound + 0.01 else { return nil }
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var top = order.map { wanted[$0] - heights[$0] / 2 }
        let h = order.map { heights[$0] }
        // Push down past the previous box, then pull back up from the bottom edge.
        for k in top.indices {
            top[k] = max(top[k], range.lowerBound)
            if k > 0 { top[k] = max(top[k], top[k - 1] + h[k - 1] + gap) }
        }
        for k in top.indices.reversed() {
            top[k] = min(top[k], range.upperBound - h[k])
            if k < top.count - 1 { top[k] = min(top[k], top[k + 1] - gap - h[k]) }
        }
        var out = [Double](repeating: 0, count: wanted.count)
        for (k, i) in order.enumerated() { out[i] = top[k] }
        return out
    }
}
