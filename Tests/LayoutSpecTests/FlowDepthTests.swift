import A4PIndicators
@testable import A4PLayoutSpec
import Foundation
import Testing

/// The flow-nesting check answers as its Character walk does, though a text with no more "[" and "{"
/// than the limit is passed without the walk (`YAMLLimits.opensExceed`).
@Suite struct FlowDepthTests {
    static let limit = InputLimits.yamlDepth

    @Test func deepFlowIsFoundWhereItPassesTheLimit() {
        let text = "a: 1\nb: " + String(repeating: "[", count: Self.limit + 1) + String(repeating: "]", count: Self.limit + 1) + "\n"
        #expect(YAMLLimits.opensExceed(text, Self.limit))
        let at = YAMLLimits.flowTooDeep(text)
        #expect(at?.0 == 2 && at?.1 == 4 + Self.limit)
    }

    @Test func atTheLimitIsNotTooDeep() {
        let text = "b: " + String(repeating: "{", count: Self.limit) + String(repeating: "}", count: Self.limit)
        #expect(!YAMLLimits.opensExceed(text, Self.limit))
        #expect(YAMLLimits.flowTooDeep(text) == nil)
    }

    /// Many brackets, none deep: the walk runs and still finds nothing (quoted, commented, closed).
    @Test func manyShallowOpensAreWalked() {
        let quoted = "q: \"" + String(repeating: "[", count: Self.limit + 5) + "\"\n"
        let commented = "# " + String(repeating: "{", count: Self.limit + 5) + "\n"
        let flat = "l: " + String(repeating: "[1], ", count: Self.limit + 5) + "\n"
        for text in [quoted, commented, flat, quoted + commented + flat] {
            #expect(YAMLLimits.opensExceed(text, Self.limit))
            #expect(YAMLLimits.flowTooDeep(text) == nil)
        }
    }

    /// Only the ASCII brackets count: full-width ones and brackets inside other scripts' text do not.
    @Test func onlyASCIIOpensCount() {
        let text = "t: \"" + String(repeating: "［｛中", count: Self.limit + 5) + "\"\n"
        #expect(!YAMLLimits.opensExceed(text, Self.limit))
        #expect(YAMLLimits.flowTooDeep(text) == nil)
    }

    /// The shipped translation tables and specs hold fewer opens than the limit: the walk is skipped for them.
    @Test func shippedFilesSkipTheWalk() throws {
        let root = URL(fileURLWithPath: ShippedSpecs.path("Translations"))
        for lang in ["ar", "en", "es", "fr", "ru", "zh"] {
            let text = try String(contentsOf: root.appendingPathComponent("\(lang).yaml"), encoding: .utf8)
            #expect(!YAMLLimits.opensExceed(text, Self.limit), "\(lang)")
        }
    }
}
