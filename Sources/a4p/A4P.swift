import ArgumentParser

@main
struct A4P: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "a4p",
        abstract: "A4P Charts: indicator data to print-ready infographics.",
        version: "0.1.0",
        subcommands: [DataCommand.self]
    )
}
