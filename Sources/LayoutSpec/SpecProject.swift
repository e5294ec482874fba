import A4PIndicators
import Foundation

/// Finds the dataset a spec names: its `data:` folder relative to the spec, else the project's
/// `Data/` (looking upwards from the spec, then the usual places).
public enum SpecProject {
    public static func dataDirectory(for spec: Spec) -> URL? {
        let specDir = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
        let named = specDir.appendingPathComponent(spec.dataPath)
        if FileManager.default.fileExists(atPath: named.appendingPathComponent("indicators.csv").path) { return named }
        return DataDirectory.locate(from: specDir) ?? DataDirectory.locate()
    }

    /// The project a spec belongs to: the nearest folder above it with Package.swift, .git or Data/,
    /// else the spec's own folder. Images must stay inside it.
    public static func root(containing dir: URL) -> URL {
        var d = dir.standardizedFileURL
        while true {
            for marker in ["Package.swift", ".git", "Data/indicators.csv"]
            where FileManager.default.fileExists(atPath: d.appendingPathComponent(marker).path) { return d }
            let parent = d.deletingLastPathComponent()
            if parent.path == d.path { return dir.standardizedFileURL }
            d = parent
        }
    }
}
