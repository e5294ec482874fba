import Foundation

/// The `a4p` binary, built next to the test bundle.
public enum A4PBinary {
    public static var url: URL {
        // A4P_BINARY picks another build (scripts/fuzz uses the release one).
        if let path = ProcessInfo.processInfo.environment["A4P_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("a4p")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("a4p")
    }

    public static func run(_ args: [String], in dir: URL? = nil) throws -> ExternalTool.Output {
        try ExternalTool.run(url.path, args, currentDirectory: dir)
    }
}


extension A4PBinary {
    /// Runs `a4p` with `environment` added to this process's environment.
    public static func run(_ args: [String], in dir: URL? = nil, adding environment: [String: String]) throws -> ExternalTool.Output {
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        return try ExternalTool.run(url.path, args, environment: env, currentDirectory: dir)
    }
}
