import Foundation

/// The countries of the world (Natural Earth 1:110m, public domain; made once by
/// `scripts/make-basemap`, see `Data/geo/README.md`). Charts read no files: the caller loads the
/// file once and hands the value in through `ChartContext.baseMap`.
public struct BaseMap: Sendable {
    public struct Country: Sendable {
        /// ISO 3166-1 alpha-3, or Natural Earth's adm0_a3 where there is none ("KOS").
        public var id: String
        public var name: String
        /// Outer rings anticlockwise and holes clockwise (in lon/lat), so a non-zero fill keeps holes.
        public var rings: [[GeoPoint]]
        public var bounds: GeoBox

        public init(id: String, name: String, rings: [[GeoPoint]], bounds: GeoBox) {
            self.id = id; self.name = name; self.rings = rings; self.bounds = bounds
        }
    }

    public var countries: [Country]
    public var source: String

    public init(countries: [Country], source: String) { self.countries = countries; self.source = source }

    /// The name of the file the caller loads (`Data/geo/countries-110m.json`).
    public static let fileName = "countries-110m.json"

    private struct File: Decodable {
        struct Entry: Decodable { var id: String; var name: String; var rings: [[Int]] }
        var source: String
        var unit: Double
        var countries: [Entry]
    }

    /// The base map from the bytes of its JSON file (rings as flat lists of lon/lat integers in `unit`s);
    /// throws the decoder's error when the bytes are not that JSON.
    public init(json data: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: data)
        let countries = file.countries.compactMap { e -> Country? in
            let rings = e.rings.compactMap { flat -> [GeoPoint]? in
                guard flat.count >= 6, flat.count.isMultiple(of: 2) else { return nil }
                return stride(from: 0, to: flat.count, by: 2).map {
                    GeoPoint(longitude: Double(flat[$0]) * file.unit, latitude: Double(flat[$0 + 1]) * file.unit)
                }
            }
            guard let bounds = GeoBox.enclosing(rings.flatMap { $0 }) else { return nil }
            return Country(id: e.id, name: e.name, rings: rings, bounds: bounds)
        }
        self.init(countries: countries, source: file.source)
    }
}

/// Why a map has no base map to draw; the map reports it and draws its dots without land.
public enum BaseMapError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound
    case unreadable(String, String)
    /// The caller built the chart context without a base map.
    case notGiven
    public var description: String {
        switch self {
        case .notFound: "base map Data/geo/\(BaseMap.fileName) not found (searched up from the working directory and the package)"
        case .unreadable(let path, let why): "base map \(path) unreadable: \(why)"
        case .notGiven: "no base map was handed to the chart (load Data/geo/\(BaseMap.fileName) and pass it in the chart context)"
        }
    }
}
