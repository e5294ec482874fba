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
}
