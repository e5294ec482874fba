import Foundation

/// Pixel memory for the PNG renderer's page surfaces, kept for the next page.
///
/// A fresh `cairo_image_surface_create` asks for 8 MB (a 2× A4 page) that the kernel zeroes page by
/// page, and cairo then paints it white all the same: the export rasterises ~550 pages and thumbnails,
/// and those page faults were most of the kernel's share of its CPU. Reused memory gives the same
/// pixels: a page is painted opaque white (or cleared, when transparent) before anything is drawn.
final class PNGPixelMemory: @unchecked Sendable {
    private(set) var bytes: UnsafeMutableRawPointer
    private(set) var capacity: Int

    private init() {
        capacity = 0
        bytes = .allocate(byteCount: 64, alignment: 64)
    }

    deinit { bytes.deallocate() }

    /// At least `count` bytes (their contents are whatever the last page left).
    func reserve(_ count: Int) {
        guard capacity < count else { return }
        bytes.deallocate()
        bytes = .allocate(byteCount: count, alignment: 64)
        capacity = count
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var free: [PNGPixelMemory] = []

    /// Memory for one page; give it back once the page's surface is destroyed.
    static func take() -> PNGPixelMemory {
        lock.withLock { free.popLast() } ?? PNGPixelMemory()
    }

    /// Keeps at most four (two cores, a page and a thumbnail each); memory of huge pages is not kept.
    static func give(_ memory: PNGPixelMemory) {
        guard memory.capacity <= 64 << 20 else { return }
        lock.withLock { if free.count < 4 { free.append(memory) } }
    }
}
