import A4PCairoRenderers
import A4PRender
import Dispatch
import Foundation
import Testing
import TestSupport

/// Cairo 1.16 can deadlock when two threads look glyphs up at once (`CairoFontLock`): every PDF
/// and PNG text run, page and finish goes through the one lock, so at most one thread is ever inside.
@Suite("Cairo font lock")
struct CairoFontLockTests {
    @Test("four threads rendering PDF and PNG pages at once never look glyphs up together")
    func oneThreadAtATime() throws {
        let before = CairoFontLock.counts.entries
        let document = Fixtures.specimen
        let pdf = PDFRenderer(options: RenderOptions())
        let png = PNGRenderer(options: RenderOptions(scale: 0.5))
        let failures = FailureCount()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                let files = i % 2 == 0 ? try pdf.render(document) : try png.render(document)
                if files.isEmpty || files.contains(where: { $0.bytes.isEmpty }) { failures.add() }
            } catch { failures.add() }
        }
        let after = CairoFontLock.counts
        #expect(failures.value == 0)
        // The specimen's runs and pages, 16 times over: the lock was taken for each.
        #expect(after.entries - before >= 16 * 20)
        #expect(after.mostAtOnce == 1, "\(after.mostAtOnce) threads were inside cairo's glyph lookups at once")
    }
}

private final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
}
