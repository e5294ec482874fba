@testable import A4PScene
import Testing

/// The column void sweeps boxes clipped and sorted once for all columns (`Page.largestVoid`); it must
/// give, to the bit, what sorting each column's own boxes gives (the measure before, kept here).
@Suite struct ColumnVoidSweepTests {
    /// The measure as it was: per column, the boxes reaching into it, clipped, sorted, then `largestGap`.
    static func reference(_ page: Page, _ boxes: [Rect], _ columns: [(from: Double, to: Double)]) -> Double {
        let top = page.size.height * Page.voidBody.from, bottom = page.size.height * Page.voidBody.to
        return columns.map { column in
            let x0 = page.size.width * column.from, x1 = page.size.width * column.to
            let spans = boxes.filter { $0.maxX > x0 && $0.minX < x1 && $0.maxY > top && $0.minY < bottom }
                .map { (top: max($0.minY, top), bottom: min($0.maxY, bottom)) }
                .sorted { $0.top < $1.top }
            return Page.largestGap(spans, from: top, to: bottom)
        }.max() ?? 0
    }

    /// A fixed pseudo-random stream (the test is the same every run).
    struct Stream {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Boxes on a coarse grid, so many share a top (the case where the two sorts may order them differently).
    @Test func sameAsPerColumnSortOnRandomPages() {
        var s = Stream(state: 18)
        for trial in 0..<400 {
            let page = trial % 2 == 0 ? Page(size: Size(595, 842)) : Page(size: Size(842, 595))
            let boxes = (0..<s.next(40)).map { _ in
                Rect(x: Double(s.next(30)) * 20, y: Double(s.next(45)) * 20, width: Double(s.next(15)) * 20, height: Double(s.next(8)) * 20 + 0.5)
            }
            for columns in [Page.voidColumns, Page.slideVoidColumns] {
                #expect(page.largestVoid(boxes, columns: columns) == Self.reference(page, boxes, columns), "trial \(trial)")
            }
        }
    }

    @Test func emptyPageIsOneVoidTheBodyTall() {
        let page = Page(size: Size(595, 842))
        #expect(page.largestColumnVoid == 842 * Page.voidBody.to - 842 * Page.voidBody.from)
    }

    /// A box in the left half only: the right half is void over the whole body, the left only under the box.
    @Test func halvesAreMeasuredApart() {
        let box = Node.shape(Shape(path: .rect(Rect(x: 50, y: 84.2, width: 200, height: 600)), fill: Color(red: 0, green: 0, blue: 0)))
        let page = Page(size: Size(595, 842), nodes: [box])
        #expect(page.largestColumnVoid == 842 * 0.925 - 84.2)
        let left = Page(size: Size(595, 842), nodes: [box]).largestVoid([Rect(x: 50, y: 84.2, width: 200, height: 600)], columns: [Page.voidColumns[0]])
        #expect(abs(left - (842 * 0.925 - 684.2)) < 1e-9)
    }
}
