import Foundation

/// One lock around every cairo call that looks glyphs up in a scaled font, process-wide.
///
/// Why: cairo 1.16 (Debian 12) keeps every scaled font's glyphs in one global page cache. A thread
/// drawing glyphs holds its font's mutex and then takes the cache's mutex to add a page; a thread
/// that finds the cache full, holding the cache's mutex, takes the mutex of the font whose page it
/// evicts (`_cairo_scaled_glyph_page_can_remove` only try-locks it, then lets go before the real
/// lock). Two documents rendered at once (`export --jobs`) can each hold what the other waits for:
/// an export hung with one thread in `cairo_show_glyphs` → `cairo_scaled_font_create` →
/// `cairo_scaled_font_destroy` and the other in `cairo_show_glyphs` on a font's mutex (gdb, session 9).
/// With the glyph lookups taken one thread at a time no such cycle can form: drawing a text run
/// (PDF and PNG), and a PDF's `cairo_show_page` and `cairo_surface_finish`, where cairo's paginated
/// surface replays the page's glyphs into its font subsets. Shapes, images, rasterising and PNG and
/// PDF compression outside those calls still run in parallel.
public enum CairoFontLock {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var holders = 0
    private nonisolated(unsafe) static var counted = (entries: 0, mostAtOnce: 0)
    private static let countLock = NSLock()

    /// Runs `body` holding the lock.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        enter()
        defer { leave() }
        return try body()
    }

    /// How many times the lock was taken, and the most threads ever inside it at once, for tests:
    /// more than one means a glyph lookup ran unguarded beside another.
    public static var counts: (entries: Int, mostAtOnce: Int) {
        countLock.lock()
        defer { countLock.unlock() }
        return counted
    }

    private static func enter() {
        countLock.lock()
        holders += 1
        counted.entries += 1
        counted.mostAtOnce = max(counted.mostAtOnce, holders)
        countLock.unlock()
    }

    private static func leave() {
        countLock.lock()
        holders -= 1
        countLock.unlock()
    }
}
