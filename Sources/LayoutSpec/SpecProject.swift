import A4PIndicators
import Foundation

/// Finds the dataset a spec names: its `data:` folder relative to the spec, else the project's
/// `Data/` (looking upwards from the spec, then the usual places).
public enum SpecProject {
    public static func dataDirectory(for spec: Spec) -> URL? {
        let specDir = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
        let named = resolve(spec.dataPath, from: specDir)
        if FileManager.default.fileExists(atPath: named.appendingPathComponent("indicators.csv").path) { return named }
        return DataDirectory.locate(from: specDir) ?? DataDirectory.locate()
    }

    /// A path a spec names, relative to the spec's folder unless absolute (`Confinement` checks where it leads).
    public static func resolve(_ path: String, from specDir: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : specDir.appendingPathComponent(path)
    }
}
