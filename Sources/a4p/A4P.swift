import ArgumentParser
import Logging

@main
struct A4P: ParsableCommand {
    /// Values the shell completes (`--generate-completion-script`): the six UN languages, the missions of the shipped dataset.
    static let languages = ["ar", "en", "es", "fr", "ru", "zh"]
    static let missions = ["MINURSO", "MINUSCA", "MINUSMA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK", "UNMISS", "UNMOGIP", "UNTSO"]

    static let configuration = CommandConfiguration(
        commandName: "a4p",
        abstract: "A4P Charts: A4P+ indicator data to print-ready infographics (PDF, PNG, SVG).",
        discussion: """
            Examples:
              a4p export                      the publication set into Output/
              a4p export --charts --strict    … every chart on its own; gaps are errors
              a4p render Specs/publication/missions/factsheet.yaml --only UNMISS --lang fr
                                              one mission's fact sheet, in French
              a4p watch my-page.yaml          render again on every save of the spec or its data
              a4p validate Specs/publication.yaml
                                              the manifest and every spec it names
              a4p validate --diagnostic-format json my.yaml
                                              the same, as JSON for an editor or CI
              a4p render - --format svg --out - < my.yaml > my.svg
                                              a spec on stdin, the SVG on stdout
              a4p specimen                    type specimen into Output/
              a4p data check                  validate the dataset in Data/
              a4p --generate-completion-script bash > a4p.bash
                                              tab completion (also zsh, fish; see README)
            """,
        version: A4PVersion.current,
        subcommands: [ExportCommand.self, RenderCommand.self, InitCommand.self, ValidateCommand.self, WatchCommand.self, SpecimenCommand.self,
                      GalleryCommand.self, ChartsCommand.self, BenchCommand.self, FormatsCommand.self, DataCommand.self, SpecSchemaCommand.self,
                      CoverageCommand.self, TranslationsCommand.self, DocsCommand.self]
    )

    /// Warnings (missing glyphs, layout problems) go to standard error, once per process.
    static let logging: Void = LoggingSystem.bootstrap { _ in PlainLogHandler() }
}
