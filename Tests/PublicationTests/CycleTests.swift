import Foundation
import TestSupport
import Testing

/// A new reporting cycle: the publication specs follow the data, and `a4p data new-cycle` plus a
/// few figures move every page to it (issue 15).
@Suite("a new reporting cycle")
struct CycleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("no publication spec names cycle 6: bindings say latest, prose names its cycle once in 'about:'")
    func specsNameNoCycle() throws {
        let folder = Self.root.appendingPathComponent("Specs/publication")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 16)
        let pattern = try Regex(#"\bC6\b|[Cc]ycle 6|C\d\.\.C\d"#)
        var found: [String] = []
        for name in files + ["../publication.yaml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(pattern) && !line.hasPrefix("about: ") {
                found.append("\(name):\(i + 1): \(line)")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
