import Foundation
import PackagePlugin

/// Build-tool plugin: every `NAME.a4p.yaml` among a target's files is rendered by the `a4p` tool into
/// `NAME.a4p.pdf`, which SwiftPM then bundles as a resource of that target
/// (`Bundle.module.url(forResource: "NAME.a4p", withExtension: "pdf")`). A spec renders again when it,
/// or any other non-Swift file of the target (its CSV, translations, images), changes.
///
/// The spec must give one output (not a template over missions, no `output:` name): SwiftPM must know
/// each command's output file before it runs. Fonts and the shipped dataset: `shippedFolders`.
@main
struct A4PRenderSpecs: BuildToolPlugin {
    static let suffix = ".a4p.yaml"

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let specs = module.sourceFiles.filter { $0.url.lastPathComponent.hasSuffix(Self.suffix) }.map(\.url)
        guard !specs.isEmpty else { return [] }
        let a4p = try context.tool(named: "a4p").url
        let inputs = module.sourceFiles.filter { $0.type != .source }.map(\.url)
        let outDir = context.pluginWorkDirectoryURL.appending(path: "rendered")
        let environment = shippedFolders(for: context.package)
        return specs.map { spec in
            let stem = String(spec.lastPathComponent.dropLast(".yaml".count))
            return .buildCommand(displayName: "a4p render \(spec.lastPathComponent)", executable: a4p,
                                 arguments: ["render", spec.path, "--format", "pdf", "--quiet", "--out", outDir.path],
                                 environment: environment, inputFiles: [spec] + inputs,
                                 outputFiles: [outDir.appending(path: stem + ".pdf")])
        }
    }
}

/// `A4P_FONTS` and `A4P_DATA` for an `a4p` that SwiftPM built outside A4PCharts' own tree (it finds
/// neither by itself there): the user's package's own `Fonts/` and `Data/` when it has them, else those
/// of the A4PCharts checkout (the package with the `a4p` product: this one or a dependency).
/// The same function is in both plugins: a plugin can depend on no library target.
func shippedFolders(for package: Package) -> [String: String] {
    var seen = Set<String>(), queue = [package], home: URL?
    while home == nil, !queue.isEmpty {
        let next = queue.removeFirst()
        guard seen.insert(next.id).inserted else { continue }
        if next.products.contains(where: { $0.name == "a4p" }) { home = next.directoryURL }
        queue += next.dependencies.map(\.package)
    }
    var environment: [String: String] = [:]
    for (variable, folder, marker) in [("A4P_FONTS", "Fonts", "NotoSans-Regular.ttf"), ("A4P_DATA", "Data", "indicators.csv")] {
        let own = package.directoryURL.appending(path: folder)
        if FileManager.default.fileExists(atPath: own.appending(path: marker).path) {
            environment[variable] = own.path
        } else if let home {
            environment[variable] = home.appending(path: folder).path
        }
    }
    return environment
}
