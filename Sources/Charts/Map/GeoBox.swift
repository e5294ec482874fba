/// A place on the globe in degrees: longitude east of Greenwich, latitude north of the equator.
public struct GeoPoint: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double
    public init(longitude: Double, latitude: Double) { self.longitude = longitude; self.latitude = latitude }

    /// False for NaN, infinities and values off the globe.
    public var isValid: Bool {
        longitude.isFinite && latitude.isFinite && abs(longitude) <= 180 && abs(latitude) <= 90
    }
}

/// A longitude/latitude rectangle (no wrap across the antimeridian).
public struct GeoBox: Hashable, Sendable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double
    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = min(west, east); self.east = max(west, east)
        self.south = min(south, north); self.north = max(south, north)
    }

    public var width: Double { east - west }
    public var height: Double { north - south }
    public var center: GeoPoint { GeoPoint(longitude: (west + east) / 2, latitude: (south + north) / 2) }

    public func contains(_ p: GeoPoint) -> Bool {
        p.longitude >= west && p.longitude <= east && p.latitude >= south && p.latitude <= north
    }
    public func intersects(_ o: GeoBox) -> Bool {
        west <= o.east && o.west <= east && south <= o.north && o.south <= north
    }

    /// The smallest box holding all points (nil for none).
    public static func enclosing(_ points: [GeoPoint]) -> GeoBox? {
        guard let first = points.first else { return nil }
        var b = GeoBox(west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
        for p in points.dropFirst() {
            b.west = min(b.west, p.longitude); b.east = max(b.east, p.longitude)
            b.south = min(b.south, p.latitude); b.north = max(b.north, p.latitude)
        }
        return b
    }

    /// Grown by `fraction` of its span on every side, at least `minimumSpan` degrees wide and high,
    /// and kept on the globe (latitudes within ±80 so Mercator stays finite).
    public func padded(fraction: Double = 0.15, minimumPad: Double = 4, minimumSpan: Double = 16) -> GeoBox {
        let padX = max(minimumPad, width * fraction, (minimumSpan - width) / 2)
        let padY = max(minimumPad, height * fraction, (minimumSpan - height) / 2)
        return GeoBox(west: max(-180, west - padX), south: max(-80, south - padY),
                      east: min(180, east + padX), north: min(80, north + padY))
    }
}
