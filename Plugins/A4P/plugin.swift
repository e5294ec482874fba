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
