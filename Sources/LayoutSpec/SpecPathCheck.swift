import A4PIndicators
import Foundation

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
            Confinement.checkFolderContents(real, named: path, root: project, key: "\(key):", at: at, log: &log)
        }
        if let node = root["output"], let name = node.string {
            Confinement.checkOutput(name, key: "output:", at: node.position, log: &log)
        }
    }
}
