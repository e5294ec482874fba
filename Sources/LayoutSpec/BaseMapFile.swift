import A4PCharts
import A4PPaths
import Foundation

/// Finds and reads the base map, `Data/geo/countries-110m.json`, for the charts that draw land
/// (Charts read no files; they get the loaded `BaseMap` in their `ChartContext`).
public enum BaseMapFile {
    /// The bundled world, read and parsed once per process, on first use; a failure says what was missing.
    public static let world: Result<BaseMap, BaseMapError> = {
        guard let url = locate() else { return .failure(.notFound) }
        do { return .success(try load(from: url)) } catch let e as BaseMapError { return .failure(e) } catch {
            return .failure(.unreadable(url.path, "\(error)"))
        }
    }()

    /// `A4P_DATA/geo/…` if set, else `Data/geo/…` where `ShippedFiles` finds it (the working
    /// directory upwards, the install prefix, the build's source tree).
    public static func locate() -> URL? {
        let file = "geo/" + BaseMap.fileName
        if let env = ProcessInfo.processInfo.environment["A4P_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env).appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return ShippedFiles.folder("Data", containing: file).map { $0.appendingPathComponent(file) }
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
        do { return try BaseMap(json: data) } catch {
            throw BaseMapError.unreadable(url.path, "not the base map's JSON; make it again with scripts/make-basemap")
        }
    }
}
