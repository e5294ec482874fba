import A4PCUnibreak

/// Legal line-break positions (UAX #14) from libunibreak.
enum LineBreaks {
    enum Kind { case mandatory, allowed }

    /// `init_linebreak` fills libunibreak's tables once; a lazy global makes that thread-safe.
    private static let initialised: Bool = { init_linebreak(); return true }()

    /// Break opportunities as UTF-8 byte offsets *after which* a line may (or must) end.
    static func opportunities(in utf8: [UInt8], language: String) -> [(offset: Int, kind: Kind)] {
        _ = initialised
        guard !utf8.isEmpty else { return [] }
        var brks = [CChar](repeating: 0, count: utf8.count)
        utf8.withUnsafeBufferPointer { bytes in
            language.withCString { lang in
                set_linebreaks_utf8(bytes.baseAddress, utf8.count, lang, &brks)
            }
        }
        var result: [(Int, Kind)] = []
        for (i, b) in brks.enumerated() {
            switch Int32(b) {
            case Int32(LINEBREAK_MUSTBREAK): result.append((i + 1, .mandatory))
            case Int32(LINEBREAK_ALLOWBREAK): result.append((i + 1, .allowed))
            default: break
            }
        }
        return result
    }
}
