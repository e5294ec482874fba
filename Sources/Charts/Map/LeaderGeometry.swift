import A4PScene
import A4PText

// Plane geometry for placing call-outs: how near a leader line passes a dot, where two leaders cross.

func distance(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }

/// Distance from `p` to the segment a–b.
func distance(_ p: Point, segment a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x, dy = b.y - a.y
    let len2 = dx * dx + dy * dy
    guard len2 > 0 else { return distance(p, a) }
    let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
    return distance(p, Point(a.x + t * dx, a.y + t * dy))
}

/// Where segments a–b and c–d cross, if they do.
func intersection(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Point? {
    let r = Point(b.x - a.x, b.y - a.y), s = Point(d.x - c.x, d.y - c.y)
    let denom = r.x * s.y - r.y * s.x
    guard abs(denom) > 1e-9 else { return nil }
    let t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / denom
    let u = ((c.x - a.x) * r.y - (c.y - a.y) * r.x) / denom
    guard t >= 0, t <= 1, u >= 0, u <= 1 else { return nil }
    return Point(a.x + t * r.x, a.y + t * r.y)
}
