import A4PIndicators
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The paths a spec names at its top (`data:`, `translations:`, `output:`), held to the project and
/// the output folder (see `Confinement`). Images are checked with the other block references.
enum SpecPathCheck {
    static func check(_ root: SpecNode, file: String, log: inout DiagnosticLog) {
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()
        let project = Confinement.projectRoot(of: base)
        for (key, fallback) in [("data", "Data"), ("translations", "Translations")] {
            let node = root[key]
            let path = node?.string ?? fallback
            let at = node?.position ?? SourcePosition(file: file, line: 1, column: 1)
            // An absent key names the spec's own `Data/` or `Translations/` only if it is there.
            if node == nil && !FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path) { continue }
            guard let real = Confinement.checkInput(path, base: base, root: project, key: "\(key):", at: at, log: &log) else { continue }
            // A named path is used as named: never silently replaced by another dataset or no tables.
            if node != nil, !checkKind(real, path: path, key: key, at: at, log: &log) { continue }
            Confinement.checkFolderContents(real, named: path, root: project, key: "\(key):", at: at, log: &log)
        }
        if let node = root["output"], let name = node.string {
            Confinement.checkOutput(name, key: "output:", at: node.position, log: &log)
        }
    }

    /// `data:` is a dataset folder (with `indicators.csv`) or a `.csv` file; `translations:` a folder.
    /// Rules: `missing-input` (exit 66, like a missing spec) and `input-kind` (65).
    static func checkKind(_ real: String, path: String, key: String, at: SourcePosition, log: inout DiagnosticLog) -> Bool {
        var info = stat()
        guard stat(real, &info) == 0 else {
            log.error(at, rule: "missing-input", "\(key): '\(path)': no such file or folder (looked for \(real))")
            return false
        }
        let type = info.st_mode & S_IFMT
        let want = key == "data"
            ? "a dataset folder (docs/data.md) or a tidy CSV file of your own (docs/own-data.md)" : "a folder of translation tables (docs/translations.md)"
        var problem: String?
        if type == S_IFDIR {
            if key == "data" && !FileManager.default.fileExists(atPath: real + "/indicators.csv") {
                problem = "is a folder without indicators.csv"
            }
        } else if type == S_IFREG {
            if key != "data" { problem = "is a file where a folder is expected" }
            else if (path as NSString).pathExtension.lowercased() != "csv" { problem = "is a file but not a .csv" }
        } else {
            problem = "is not a regular file or folder"
        }
        guard let problem else { return true }
        log.error(at, rule: "input-kind", "\(key): '\(path)' \(problem); name \(want)")
        return false
    }
}
