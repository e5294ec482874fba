import A4PIndicators
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project of your own: a spec bound to a small CSV of your figures (and the translation tables), ready for `a4p render`.",
        discussion: "Then: cd DIR && a4p render report.yaml. See docs/own-data.md.")

    @Argument(help: "The folder to create (it must not exist, or be empty).") var directory: String

    func run() throws {
        let fm = FileManager.default
        let dir = URL(fileURLWithPath: directory)
        // Never overwrite someone's files: only a new or empty folder is filled.
        if let entries = try? fm.contentsOfDirectory(atPath: dir.path), !entries.isEmpty {
            printError("\(directory): the folder is not empty; give a new folder")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            // The shipped tables give the chart words (Source, not reported, …) in the six UN languages.
            let tables = DataDirectory.locate().map { $0.deletingLastPathComponent().appendingPathComponent("Translations") }
            let copied = try tables.map { try copyTables(from: $0, to: dir.appendingPathComponent("Translations")) } ?? false
            try Data(ProjectScaffold.csv.utf8).write(to: dir.appendingPathComponent(ProjectScaffold.dataFile))
            try Data(ProjectScaffold.spec(translations: copied).utf8).write(to: dir.appendingPathComponent(ProjectScaffold.specFile))
        } catch {
            printError("\(directory): cannot write the project (\(InputFile.reason(error)))")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        for name in [ProjectScaffold.specFile, ProjectScaffold.dataFile] { print(dir.appendingPathComponent(name).relativePath) }
        print("Next: cd \(directory) && a4p render \(ProjectScaffold.specFile)")
    }

    /// Copies `*.yaml` of the shipped translations; false when there are none to copy.
    private func copyTables(from source: URL, to target: URL) throws -> Bool {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { return false }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        return true
    }
}
