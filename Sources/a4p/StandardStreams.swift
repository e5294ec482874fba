import A4PIndicators
import A4PLayoutSpec
import Foundation

/// `-` for the one file a command reads or writes, as Unix tools take it: a spec read from standard
/// input, a single rendered file written to standard output.
enum StandardStreams {
    /// The name a spec read from standard input has in diagnostics (`<stdin>:3:7: error: …`). Relative
    /// paths in it (`data:`, images, translations) resolve against the working directory, as this name's folder.
    static let specName = "<stdin>"

    /// The spec on standard input, with the same size limit and checks as a spec file; nil and why
    /// when it is too large or not UTF-8.
    static func readSpec() -> (SpecLoad?, DiagnosticLog) {
        var data = Data()
        while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
            data += chunk
            if data.count > InputLimits.yamlBytes {
                var log = DiagnosticLog()
                log.error(SourcePosition(file: specName, line: 1, column: 1), rule: "too-large",
                          "the spec is larger than the limit of \(InputLimits.yamlBytes >> 20) MB; split it")
                return (nil, log)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var log = DiagnosticLog()
            log.error(SourcePosition(file: specName, line: 1, column: 1), rule: "encoding", "the spec is not UTF-8 text; save it as UTF-8")
            return (nil, log)
        }
        SourceExcerpt.standardInput = text
        return (SpecLoader.parse(text, file: specName), DiagnosticLog())
    }

    /// Output files named after a spec read from standard input are named `stdin`.
    static func outputName(_ name: String) -> String {
        name.replacingOccurrences(of: specName, with: "stdin")
    }

    /// `-` may be given once among the specs: standard input can be read only once.
    static func checkSpecs(_ specs: [String]) -> String? {
        specs.filter { $0 == "-" }.count > 1 ? "'-' (standard input) can be given only once" : nil
    }

    /// Writes bytes to standard output, all of them.
    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
