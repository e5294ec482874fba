import A4PScene
import Foundation

/// A renderer plugin that is a program, not a Swift type: `a4p-renderer-NAME` on PATH (or in
/// `A4P_RENDERERS`) renders format NAME. The installed `a4p` cannot load Swift code, so a third party
/// adds a format the way git and cargo take subcommands. The protocol (docs/renderer-plugins.md):
/// argv `[path, "--scale", S]` plus `--print`, `--bleed`, `--transparent` when set; the document as
/// `SceneJSON` on stdin; one file for the whole document on stdout; stderr passed through.
public struct ExternalRenderer: DocumentRenderer {
    /// The format, the part of the file name after `a4p-renderer-`; also the output's extension.
    public var name: String
    public var path: String
    public var options: RenderOptions
    /// Seconds before a plugin that has not finished is killed, so a hung plugin cannot hang a4p.
    public var timeout: Double

    /// Default time limit; `A4P_RENDERER_TIMEOUT` (seconds) overrides it.
    public static let defaultTimeout = 60.0

    public init(name: String, path: String, options: RenderOptions = RenderOptions(), timeout: Double = defaultTimeout) {
        self.name = name; self.path = path; self.options = options; self.timeout = timeout
    }

    public var fileExtension: String { name }

    /// The arguments after the program's path.
    public var arguments: [String] {
        ["--scale", String(options.scale)] + (options.print ? ["--print"] : []) + (options.bleed ? ["--bleed"] : [])
            + (options.transparent ? ["--transparent"] : [])
    }

    public func render(_ document: Document) throws -> [RenderedFile] {
        let input = try SceneJSON.encode(document)
        let result: PluginProcess.Result
        do {
            result = try PluginProcess.run(path, arguments, input: input, timeout: timeout)
        } catch {
            throw failure("cannot run it (\(error))")
        }
        switch result.ending {
        case .timedOut:
            throw failure("killed after \(Self.seconds(timeout)) s without finishing (the limit; A4P_RENDERER_TIMEOUT sets it)")
        case .signal(let s):
            throw failure("killed by signal \(s)")
        case .exit(let status) where status != 0:
            throw failure("exited with status \(status)")
        case .outputLeftOpen:
            throw failure("exited but its standard output stayed open (a child process still holds it)")
        case .tooLarge:
            throw failure("wrote more than \(PluginProcess.outputLimit >> 20) MiB to standard output")
        case .exit:
            if result.output.isEmpty { throw failure("exited with status 0 but wrote nothing to standard output") }
            return [RenderedFile(pageIndex: nil, bytes: [UInt8](result.output))]
        }
    }

    private func failure(_ what: String) -> RenderError {
        RenderError("renderer plugin '\(name)' (\(path)): \(what); nothing written")
    }

    static func seconds(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : String(v) }
}
