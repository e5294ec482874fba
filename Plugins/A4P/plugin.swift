import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory a4p <command> [options]`: any a4p command
/// (`export`, `render SPEC…`, `validate`, …) run in the package's folder through the `a4p` tool SwiftPM
/// builds for it, in this package or in one that depends on it. Its output passes through; a failure
/// is a plugin error carrying a4p's exit status (65 invalid input, 66 missing input, 73 cannot write).
@main
struct A4PCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "a4p").url
        process.arguments = arguments.isEmpty ? ["--help"] : arguments
        process.currentDirectoryURL = context.package.directoryURL
        // Variables the caller set win over the folders found for it.
        process.environment = shippedFolders(for: context.package).merging(ProcessInfo.processInfo.environment) { $1 }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("a4p \(arguments.first ?? "") exited with status \(process.terminationStatus)")
            throw Failure(status: process.terminationStatus)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "a4p exited with status \(status)" }
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
