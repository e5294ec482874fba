import A4PIndicators
import Foundation

/// Finds the data a spec names: its `data:` (a dataset folder or a tidy CSV of one's own, relative
/// to the spec), else the project's `Data/` (looking upwards from the spec, then the usual places).
public enum SpecProject {
    public enum DataSource: Sendable, Equatable {
        /// A dataset folder in the `Data/` format (docs/data.md).
        case folder(URL)
        /// A tidy CSV of one's own (docs/own-data.md).
        case table(URL)

        public var url: URL { switch self { case .folder(let u), .table(let u): u } }
    }

    /// A named `data:` is used as named, never replaced by another dataset (`SpecPathCheck` has
    /// already refused one that is missing, of the wrong kind or outside the project).
    public static func dataSource(for spec: Spec) -> DataSource? {
        let specDir = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
        let named = resolve(spec.dataPath, from: specDir)
        if spec.dataNamed && InputFile.isRegularFile(named.path) { return .table(named) }
        if spec.dataNamed || FileManager.default.fileExists(atPath: named.appendingPathComponent("indicators.csv").path) { return .folder(named) }
        return (DataDirectory.locate(from: specDir) ?? DataDirectory.locate()).map(DataSource.folder)
    }

    public static func dataDirectory(for spec: Spec) -> URL? {
        if case .folder(let url) = dataSource(for: spec) { return url }
        return nil
    }

    /// Loads and validates the spec's data; a tidy CSV's diagnostics name it as the spec does (`dir/my.csv`).
    public static func load(_ source: DataSource, for spec: Spec) -> LoadResult {
        switch source {
        case .folder(let url): return DatasetLoader().load(from: url)
        case .table(let url): return TidyTable.load(url, displayName: displayPath(spec.dataPath, spec: spec))
        }
    }

    /// `data:` as written, joined to the spec's folder as the spec's path was written.
    static func displayPath(_ path: String, spec: Spec) -> String {
        if path.hasPrefix("/") { return path }
        let dir = (spec.file as NSString).deletingLastPathComponent
        return dir.isEmpty ? path : ((dir as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

    /// A path a spec names, relative to the spec's folder unless absolute (`Confinement` checks where it leads).
    public static func resolve(_ path: String, from specDir: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : specDir.appendingPathComponent(path)
    }
}
