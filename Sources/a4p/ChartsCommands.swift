import A4PCairoRenderers
import A4PCharts
import A4PLayoutSpec
import A4PRender
import A4PText
import ArgumentParser
import Foundation
import Logging

struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "charts", abstract: "List the block kinds a spec can use (its `type:`), one a line.")

    func run() {
        let kinds = KindCatalogue.kinds
        let width = kinds.map(\.tag.count).max() ?? 0
        for k in kinds {
            print(k.tag.padding(toLength: width + 2, withPad: " ", startingAt: 0) + k.summary)
        }
    }
}

struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Render every chart kind with sample data (long labels, Arabic, missing values) into gallery.*")

    @OptionGroup var output: OutputOptions

    func run() throws {
        A4P.logging
        let (document, problems) = GalleryDocument.make(entries: KindCatalogue.gallery(), engine: try TextEngine.bundled(),
                                                         baseMap: BaseMapFile.world)
        let logger = Logger(label: "a4p.layout")
        for p in problems { logger.warning("\(p)") }
        var doc = document
        doc.metadata.creationDate = reproducibleDate()
        let files = try output.write(doc, name: "gallery")
        if !output.quiet { for f in files { print(f.relativePath) } }
    }
}
