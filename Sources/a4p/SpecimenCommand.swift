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
        commandName: "formats", abstract: "List the registered renderer plugins, one a line.")

    @Flag(name: .long, help: "Add a one-line description to each.")
    var verbose = false

    func run() {
        for plugin in RendererRegistry.standard.plugins {
            print(verbose ? "\(plugin.name)\t\(plugin.summary)" : plugin.name)
        }
    }
}
