import Foundation

/// The countries of the world from `Data/geo/countries-110m.json` (Natural Earth 1:110m, public
/// domain; made once by `scripts/make-basemap`, see `Data/geo/README.md`). Read once per process.
public struct BaseMap: Sendable {
    public struct Country: Sendable {
        /// ISO 3166-1 alpha-3, or Natural Earth's adm0_a3 where there is none ("KOS").
        public var id: String
        public var name: String
        /// Outer rings anticlockwise and holes clockwise (in lon/lat), so a non-zero fill keeps holes.
        public var rings: [[GeoPoint]]
        public var bounds: GeoBox
    }

    public var countries: [Country]
    public var source: String

    public static let fileName = "countries-110m.json"

    /// The bundled world, parsed on first use; a failure says what was missing.
    public static let world: Result<BaseMap, BaseMapError> = {
        guard let url = locate() else { return .failure(.notFound) }
        do { return .success(try load(from: url)) } catch let e as BaseMapError { return .failure(e) } catch {
            return .failure(.unreadable(url.path, "\(error)"))
        }
    }()

    /// `A4P_DATA/geo/…` if set, else `Data/geo/…` found walking up from the working directory,
    /// then from this source file (covers `swift run` and `swift test` from anywhere in the repo).
    public static func locate(sourceFile: String = #filePath) -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["A4P_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env).appendingPathComponent("geo").appendingPathComponent(fileName)
            if fm.fileExists(atPath: url.path) { return url }
        }
        for origin in [URL(fileURLWithPath: fm.currentDirectoryPath), URL(fileURLWithPath: sourceFile).deletingLastPathComponent()] {
            var dir = origin.standardizedFileURL
            while true {
                let url = dir.appendingPathComponent("Data/geo").appendingPathComponent(fileName)
                if fm.fileExists(atPath: url.path) { return url }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    private struct File: Decodable {
        struct Entry: Decodable { var id: String; var name: String; var rings: [[Int]] }
        var source: String
        var unit: Double
        var countries: [Entry]
    }

    public static func load(from url: URL) throws -> BaseMap {
        // Only a regular file within a size cap (a FIFO or /dev/zero in Data/geo would hang the map).
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw BaseMapError.unreadable(url.path, "not a regular file; put the file from scripts/make-basemap there")
        }
        guard (attributes?[.size] as? Int ?? 0) <= 64 << 20 else {
            throw BaseMapError.unreadable(url.path, "larger than 64 MB; make it again with scripts/make-basemap")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw BaseMapError.unreadable(url.path, "it cannot be read; check its permissions") }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw BaseMapError.unreadable(url.path, "not the base map's JSON; make it again with scripts/make-basemap")
        }
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
        return BaseMap(countries: countries, source: file.source)
    }
}

public enum BaseMapError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound
    case unreadable(String, String)
    public var description: String {
        switch self {
        case .notFound: "base map Data/geo/\(BaseMap.fileName) not found (searched up from the working directory and the package)"
        case .unreadable(let path, let why): "base map \(path) unreadable: \(why)"
        }
    }
}
