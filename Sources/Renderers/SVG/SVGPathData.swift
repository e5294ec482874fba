import A4PScene

/// A scene path as SVG path data (`M1 2L3 4C…Z`), shared by shapes and clip paths.
///
/// Why the bookkeeping: cairo accepts paths SVG's grammar rejects, and a viewer stops drawing a
/// path at its first error. So, as cairo does, a line or curve with no current point starts one
/// (cairo_line_to acts as a move; cairo_curve_to moves to its first control point first), and a
/// close with no current point is dropped.
enum SVGPathData {
    static func append(_ path: Path, decimals: Int, to out: inout [UInt8]) {
        var hasCurrentPoint = false
        func point(_ p: Point) {
            SVGNumber.append(p.x, decimals: decimals, to: &out)
            out.append(UInt8(ascii: " "))
            SVGNumber.append(p.y, decimals: decimals, to: &out)
        }
        for e in path.elements {
            switch e {
            case .move(let p):
                out.append(UInt8(ascii: "M"))
                point(p)
                hasCurrentPoint = true
            case .line(let p):
                out.append(hasCurrentPoint ? UInt8(ascii: "L") : UInt8(ascii: "M"))
                point(p)
                hasCurrentPoint = true
            case .cubic(let a, let b, let p):
                if !hasCurrentPoint {
                    out.append(UInt8(ascii: "M"))
                    point(a)
                    hasCurrentPoint = true
                }
                out.append(UInt8(ascii: "C"))
                point(a)
                out.append(UInt8(ascii: " "))
                point(b)
                out.append(UInt8(ascii: " "))
                point(p)
            case .close:
                if hasCurrentPoint { out.append(UInt8(ascii: "Z")) }
            }
        }
    }
}
