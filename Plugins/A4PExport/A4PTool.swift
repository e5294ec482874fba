import Foundation
import PackagePlugin

/// Runs the package's `a4p` tool in the package's folder, its output passed through; a failure is a
/// plugin error carrying a4p's exit status (65 invalid input, 66 missing input, 73 cannot write).
enum A4PTool {
    static func run(_ arguments: [String], context: PluginContext) throws {
        let process = Process()
        process.executableURL = try context.tool(named: "a4p").url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("a4p \(arguments.first ?? "") exited with status \(process.terminationStatus)")
            throw A4PToolError(status: process.terminationStatus)
        }
    }
}

struct A4PToolError: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "a4p exited with status \(status)" }
}
