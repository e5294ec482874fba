import A4PCharts
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

    /// `A4P_DATA/geo/…` if set, else `Data/geo/…` found walking up from the working directory,
    /// then from this source file (covers `swift run` and `swift test` from anywhere in the repo).
    public static func locate(sourceFile: String = #filePath) -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["A4P_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env).appendingPathComponent("geo").appendingPathComponent(BaseMap.fileName)
            if fm.fileExists(atPath: url.path) { return url }
        }
        for origin in [URL(fileURLWithPath: fm.currentDirectoryPath), URL(fileURLWithPath: sourceFile).deletingLastPathComponent()] {
            var dir = origin.standardizedFileURL
            while true {
                let url = dir.appendingPathComponent("Data/geo").appendingPathComponent(BaseMap.fileName)
                if fm.fileExists(atPath: url.path) { return url }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
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
