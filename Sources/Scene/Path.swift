#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A vector outline: sub-paths of lines and cubic Bézier curves.
public struct Path: Hashable, Sendable, Codable {
    public enum Element: Hashable, Sendable, Codable {
        case move(Point)
        case line(Point)
        case cubic(Point, Point, Point)
        case close
    }
    public var elements: [Element]
    public init(_ elements: [Element] = []) { self.elements = elements }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.cubic(control1, control2, p))
    }
    public mutating func close() { elements.append(.close) }

    public static func rect(_ r: Rect) -> Path {
        Path([.move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY)), .line(Point(r.maxX, r.maxY)),
              .line(Point(r.minX, r.maxY)), .close])
    }

    public static func line(from a: Point, to b: Point) -> Path { Path([.move(a), .line(b)]) }

    public static func polyline(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        return Path([.move(first)] + points.dropFirst().map { .line($0) })
    }

    public static func roundedRect(_ r: Rect, radius: Double) -> Path {
        let rad = max(0, min(radius, r.width / 2, r.height / 2))
        if rad == 0 { return rect(r) }
        let k = 0.5522847498 * rad  // control distance of a quarter circle
        var p = Path()
        p.move(to: Point(r.minX + rad, r.minY))
        p.line(to: Point(r.maxX - rad, r.minY))
        p.curve(to: Point(r.maxX, r.minY + rad), control1: Point(r.maxX - rad + k, r.minY),
                control2: Point(r.maxX, r.minY + rad - k))
        p.line(to: Point(r.maxX, r.maxY - rad))
        p.curve(to: Point(r.maxX - rad, r.maxY), control1: Point(r.maxX, r.maxY - rad + k),
                control2: Point(r.maxX - rad + k, r.maxY))
        p.line(to: Point(r.minX + rad, r.maxY))
        p.curve(to: Point(r.minX, r.maxY - rad), control1: Point(r.minX + rad - k, r.maxY),
                control2: Point(r.minX, r.maxY - rad + k))
        p.line(to: Point(r.minX, r.minY + rad))
        p.curve(to: Point(r.minX + rad, r.minY), control1: Point(r.minX, r.minY + rad - k),
                control2: Point(r.minX + rad - k, r.minY))
        p.close()
        return p
    }

    /// An arc of a circle from `start` to `end` radians (clockwise on the page, 0 = 3 o'clock),
    /// as cubic segments of at most 90°. Appends to the current sub-path if `connect`.
    public mutating func addArc(center c: Point, radius r: Double, start: Double, end: Double, connect: Bool = false) {
        // More than a full turn draws nothing more; a non-finite angle draws none (Int(NaN) traps).
        guard start.isFinite, end.isFinite, r.isFinite, c.x.isFinite, c.y.isFinite else { return }
        let total = max(-2 * Double.pi, min(2 * Double.pi, end - start))
        let segments = max(1, Int((abs(total) / (Double.pi / 2)).rounded(.up)))
        let step = total / Double(segments)
        let first = Point(c.x + r * cos(start), c.y + r * sin(start))
        if connect { line(to: first) } else { move(to: first) }
        for i in 0..<segments {
            let a0 = start + Double(i) * step, a1 = a0 + step
            let k = 4.0 / 3.0 * tan(step / 4) * r
            let p0 = Point(c.x + r * cos(a0), c.y + r * sin(a0))
            let p3 = Point(c.x + r * cos(a1), c.y + r * sin(a1))
            curve(to: p3, control1: Point(p0.x - k * sin(a0), p0.y + k * cos(a0)),
                  control2: Point(p3.x + k * sin(a1), p3.y - k * cos(a1)))
        }
    }

    public static func circle(center: Point, radius: Double) -> Path {
        var p = Path()
        p.addArc(center: center, radius: radius, start: 0, end: 2 * Double.pi)
        p.close()
        return p
    }

    /// The tight box of the outline: curve extrema are solved, not taken from control points.
    public var bounds: Rect? {
        var xs: [Double] = [], ys: [Double] = []
        var current = Point.zero
        for e in elements {
            switch e {
            case .move(let p), .line(let p):
                xs.append(p.x); ys.append(p.y); current = p
            case .cubic(let a, let b, let p):
                xs.append(p.x); ys.append(p.y)
                for t in Path.extrema(current.x, a.x, b.x, p.x) { xs.append(Path.cubic(current.x, a.x, b.x, p.x, t)) }
                for t in Path.extrema(current.y, a.y, b.y, p.y) { ys.append(Path.cubic(current.y, a.y, b.y, p.y, t)) }
                current = p
            case .close: break
            }
        }
        guard let x0 = xs.min(), let y0 = ys.min() else { return nil }
        return Rect(x: x0, y: y0, width: xs.max()! - x0, height: ys.max()! - y0)
    }

    static func cubic(_ p0: Double, _ p1: Double, _ p2: Double, _ p3: Double, _ t: Double) -> Double {
        let u = 1 - t
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3
    }

    /// Parameters in (0, 1) where one coordinate of a cubic Bézier has a turning point.
    static func extrema(_ p0: Double, _ p1: Double, _ p2: Double, _ p3: Double) -> [Double] {
        // Derivative: a t² + b t + c.
        let a = -3 * p0 + 9 * p1 - 9 * p2 + 3 * p3
        let b = 6 * p0 - 12 * p1 + 6 * p2
        let c = 3 * (p1 - p0)
        var roots: [Double] = []
        if abs(a) < 1e-12 {
            if abs(b) > 1e-12 { roots = [-c / b] }
        } else {
            let d = b * b - 4 * a * c
            if d >= 0 {
                let q = d.squareRoot()
                roots = [(-b + q) / (2 * a), (-b - q) / (2 * a)]
            }
        }
        return roots.filter { $0 > 0 && $0 < 1 }
    }
}
