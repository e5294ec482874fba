import A4PIndicators
import A4PLayoutSpec
import Foundation
import Yams

/// The paths `publication.yaml` names, held like a spec's (see `Confinement`): each set's `folder:`
/// inside the output folder, its `specs:` inside the manifest's project. Positions come from Yams'
/// node tree, since the decoder that reads the manifest keeps none.
enum ManifestPathCheck {
    static func check(_ url: URL, log: inout DiagnosticLog) {
        guard let text = try? String(contentsOf: url, encoding: .utf8), let root = try? Yams.compose(yaml: text),
              let sets = root["sets"]?.sequence else { return }
        let base = url.deletingLastPathComponent()
        let project = Confinement.projectRoot(of: base)
        func at(_ node: Node) -> SourcePosition {
            SourcePosition(file: url.path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        for set in sets {
            if let folder = set["folder"], let name = folder.string {
                Confinement.checkOutput(name, key: "folder:", at: at(folder), log: &log)
            }
            for pattern in set["specs"]?.sequence ?? [] {
                guard let path = pattern.string else { continue }
                Confinement.checkInput(path, base: base, root: project, key: "specs:", at: at(pattern), log: &log)
                for spec in PublicationManifest.expand([path], base: base) {
                    let real = Confinement.realPath(spec.path)
                    if Confinement.isInside(Confinement.realPath(path, base: base), project), !Confinement.isInside(real, project) {
                        log.error(at(pattern), rule: "outside-project",
                                  "specs: '\(spec.lastPathComponent)' is a link leading outside the project (to \(real)); keep the paths a spec or manifest names inside the project, \(project.path)")
                    }
                }
            }
        }
    }
}
