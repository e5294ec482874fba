import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory a4p-render SPEC… [render options]`: renders
/// layout specs of the package with the `a4p` tool, as `a4p render` does.
@main
struct A4PRender: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try A4PTool.run(["render"] + arguments, context: context)
    }
}
