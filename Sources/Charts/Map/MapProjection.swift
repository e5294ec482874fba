import A4PScene
import Foundation

/// Longitude/latitude → page points: a cylindrical projection fitted into a frame with the aspect
/// ratio kept and the region centred. Geography is never mirrored, whatever the page direction.
public struct MapProjection: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Conformal; latitudes clamped to ±85°.
        case mercator
        /// Equidistant cylindrical with its standard parallel at the region's middle latitude.
        case equirectangular
    }

    public let kind: Kind
    /// Points per projected unit, and the page position of projected (0, 0).
    public let scale: Double
    public let originX: Double
    public let originY: Double
    /// cos(standard parallel) for the equirectangular kind.
    let parallelFactor: Double

    /// Fits `region` into `frame`: the region's longer side (after projection) fills the frame,
    /// the other is centred.
    public init(_ kind: Kind, fitting region: GeoBox, into frame: Rect) {
        self.kind = kind
        let factor = kind == .equirectangular ? cos(region.center.latitude * .pi / 180) : 1
        parallelFactor = factor
        let a = MapProjection.raw(kind, factor, GeoPoint(longitude: region.west, latitude: region.south))
        let b = MapProjection.raw(kind, factor, GeoPoint(longitude: region.east, latitude: region.north))
        let w = max(b.x - a.x, 1e-9), h = max(b.y - a.y, 1e-9)
        let s = min(frame.width / w, frame.height / h)
        scale = s
        // Centre: the region's projected middle goes to the frame's middle (y grows down the page).
        originX = frame.minX + frame.width / 2 - s * (a.x + b.x) / 2
        originY = frame.minY + frame.height / 2 + s * (a.y + b.y) / 2
    }

    /// Projected coordinates before scaling, y up.
    static func raw(_ kind: Kind, _ factor: Double, _ g: GeoPoint) -> (x: Double, y: Double) {
        let lambda = g.longitude * .pi / 180
        switch kind {
        case .equirectangular:
            return (lambda * factor, g.latitude * .pi / 180)
        case .mercator:
            let phi = max(-85, min(85, g.latitude)) * .pi / 180
            return (lambda, log(tan(.pi / 4 + phi / 2)))
        }
    }

    public func point(_ g: GeoPoint) -> Point {
        let r = MapProjection.raw(kind, parallelFactor, g)
        return Point(originX + scale * r.x, originY - scale * r.y)
    }

    /// The page rectangle a lon/lat box projects to.
    public func rect(_ b: GeoBox) -> Rect {
        let p = point(GeoPoint(longitude: b.west, latitude: b.north))
        let q = point(GeoPoint(longitude: b.east, latitude: b.south))
        return Rect(x: p.x, y: p.y, width: q.x - p.x, height: q.y - p.y)
    }
}
