import ArgumentParser
import Logging

@main
struct A4P: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "a4p",
        abstract: "A4P Charts: A4P+ indicator data to print-ready infographics (PDF, PNG, SVG).",
        discussion: """
            Examples:
              a4p specimen                         Type specimen into Output/ as PDF, PNG and SVG
              a4p specimen --format png --scale 2  Only the PNG, at 2× (144 dpi)
              a4p formats                          The renderer plugins, one a line
              a4p data check                       Validate the dataset in Data/
              a4p data export --format csv         The tidy observation table on stdout
            """,
        version: "0.1.0",
        subcommands: [ExportCommand.self, RenderCommand.self, InitCommand.self, ValidateCommand.self, SpecimenCommand.self, GalleryCommand.self, ChartsCommand.self, BenchCommand.self,
                      FormatsCommand.self, DataCommand.self, SpecSchemaCommand.self, CoverageCommand.self, TranslationsCommand.self]
    )

    /// Warnings (missing glyphs, layout problems) go to standard error, once per process.
    static let logging: Void = LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
}
