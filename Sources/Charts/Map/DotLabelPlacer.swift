import A4PScene

/// Finds a spot for a short label beside a map dot: the first of a ring of candidate positions
/// (right, left, above, below, the diagonals, then the same a step further out) that stays inside
/// the frame and clear of other labels, dots, boxes and leader lines. Right-to-left names try the
/// left side first, so the text ends at its dot.
enum DotLabelPlacer {
    static func place(size: Size, dot: Point, radius: Double, frame: Rect, avoid: [Rect],
                      segments: [(Point, Point)], rightToLeft: Bool = false) -> Rect? {
        let gap = 2.0
        for step in [0.0, 5.0, 10.0] {
            let d = radius + gap + step
            let w = size.width, h = size.height
            var candidates = [
                Rect(x: dot.x + d, y: dot.y - h / 2, width: w, height: h),            // right
                Rect(x: dot.x - d - w, y: dot.y - h / 2, width: w, height: h),        // left
                Rect(x: dot.x - w / 2, y: dot.y - d - h, width: w, height: h),        // above
                Rect(x: dot.x - w / 2, y: dot.y + d, width: w, height: h),            // below
                Rect(x: dot.x + d * 0.7, y: dot.y - d * 0.7 - h, width: w, height: h),     // upper right
                Rect(x: dot.x + d * 0.7, y: dot.y + d * 0.7, width: w, height: h),         // lower right
                Rect(x: dot.x - d * 0.7 - w, y: dot.y - d * 0.7 - h, width: w, height: h), // upper left
                Rect(x: dot.x - d * 0.7 - w, y: dot.y + d * 0.7, width: w, height: h),     // lower left
            ]
            if rightToLeft { candidates.swapAt(0, 1) }
            for c in candidates where frame.contains(c) {
                if avoid.contains(where: { $0.intersects(c) }) { continue }
                if segments.contains(where: { segment($0.0, $0.1, crosses: c) }) { continue }
                return c
            }
        }
        return nil
    }

    /// True when the segment a–b passes through the rectangle (Liang–Barsky clipping).
    static func segment(_ a: Point, _ b: Point, crosses r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
