import A4PCairoRenderers
import A4PRender
import A4PSpecimen
import A4PText
import ArgumentParser
import Foundation

struct SpecimenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specimen",
        abstract: "Write the type specimen page (specimen.pdf, specimen.png, specimen.svg).")

    @OptionGroup var output: OutputOptions

    func run() throws {
        A4P.logging
        let engine = try TextEngine.bundled()
        var document = Specimen.document(engine: engine)
        document.metadata.creationDate = reproducibleDate()
        let files = try output.write(document, name: "specimen")
        if !output.quiet { for f in files { print(f.relativePath) } }
    }
}

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats", abstract: "List the renderer plugins, one a line: the built-in ones, then the a4p-renderer-NAME programs found in $A4P_RENDERERS and on PATH.")

    @Flag(name: .long, help: "Add a one-line description to each.")
    var verbose = false

    func run() {
        let registry = OutputOptions.registry
        for plugin in registry.plugins {
            print(verbose ? "\(plugin.name)\t\(plugin.summary)" : plugin.name)
        }
        for external in registry.externalRenderers {
            print("\(external.name) (external: \(external.path))")
        }
    }
}
