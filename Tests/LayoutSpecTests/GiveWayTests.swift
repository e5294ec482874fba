import A4PIndicators
import A4PLayoutSpec
import A4PScene
import Testing

/// Page 1's stacks give way to the flowing modules (issue 14): a fixed row that would run past page 1
/// keeps the children of its stacks that fit and sets the rest first among the modules after a
/// `fill-gaps` break, so copy-fitting can grow a sparse sheet's type (MINURSO's page 2 was a third white).
@Suite("Page 1's stacks give way to the flow")
struct GiveWayTests {
    static let paragraph = String(repeating: "Missions reported their figures for the cycle. ", count: 24)
    /// Too tall for what page 1 leaves under a stack that gave way, so it cannot take that place first.
    static let module = String(repeating: "Missions reported their figures for the cycle. ", count: 8)

    /// The page each title is drawn on, and the errors, for a sheet of a spacer `height` points tall,
    /// a stack (Kept, a long Moved, a one-line Tail) and, after `breakLine`, a module.
    static func sheet(spacer height: Int, breakLine: String) throws -> (pages: [String: Int], errors: [Diagnostic]) {
        let (out, log) = try Papercut.render("""
            data: DATA
            page: {size: A4}
            blocks:
              - {type: spacer, height: \(height)}
              - type: stack
                blocks:
                  - {type: text, title: Kept, text: One line.}
                  - {type: text, title: Moved, text: "\(paragraph)"}
                  - {type: text, title: Tail, text: Last line.}
              \(breakLine)
              - {type: text, span: 6, title: Module, text: "\(module)"}
            """)
        var pages: [String: Int] = [:]
        for (i, page) in try #require(out.first).document.pages.enumerated() {
            for text in Papercut.texts(page.nodes) where ["Kept", "Moved", "Tail", "Module"].contains(text) && pages[text] == nil { pages[text] = i }
        }
        return (pages, log.sorted.filter { $0.severity == .error })
    }

    @Test("a stack that would run past page 1 keeps what fits, a short child after a long one too; the rest opens the flowing modules on page 2")
    func overflowingStackGivesWay() throws {
        let (pages, errors) = try Self.sheet(spacer: 600, breakLine: "- {type: page-break, if-needed: true, fill-gaps: true}")
        #expect(errors.isEmpty, "\(errors)")
        #expect(pages == ["Kept": 0, "Moved": 1, "Tail": 0, "Module": 1], "\(pages)")
    }

    @Test("a stack that fits page 1 stays whole, and the module joins it there")
    func fittingStackStays() throws {
        let (pages, errors) = try Self.sheet(spacer: 200, breakLine: "- {type: page-break, if-needed: true, fill-gaps: true}")
        #expect(errors.isEmpty, "\(errors)")
        #expect(pages == ["Kept": 0, "Moved": 0, "Tail": 0, "Module": 0], "\(pages)")
    }

    @Test("without flowing modules after it (a hard break) the overflow stays an error at the stack")
    func hardBreakKeepsTheError() throws {
        let (_, errors) = try Self.sheet(spacer: 600, breakLine: "- {type: page-break}")
        #expect(errors.contains { $0.rule == "overflow" }, "\(errors)")
    }
}
