import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory a4p-export [export options]`: the publication
/// set of the package the command runs in (its Specs/publication.yaml, Data/, Translations/), through
/// the `a4p` tool SwiftPM builds for it. Arguments pass through (`--out`, `--format`, `--strict`, …).
@main
struct A4PExport: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try A4PTool.run(["export"] + arguments, context: context)
    }
}
