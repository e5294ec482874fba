import Foundation

/// Substring search on UTF-8 bytes (memchr for the first byte, then memcmp). The page lint looks for every working note in
/// the text of every page: Foundation's `String.contains` (CFStringFind, UTF-16 with cluster
/// folding) took a sixth of the export's CPU time there. Notes and page text come from the same
/// UTF-8 files, so bytes match where the characters do.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!, last = h.count - n.count
                var from = 0
                while from <= last, let hit = memchr(base + from, Int32(n[0]), last - from + 1) {
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
                    from = at + 1
                }
                return false
            }
        }
    }
}
