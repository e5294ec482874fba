import A4PCFriBidi

public enum TextDirection: String, Hashable, Sendable {
    /// From the first strong character (UAX #9 rules P2–P3); left to right when there is none.
    case auto
    case leftToRight
    case rightToLeft
}

/// Embedding levels of one paragraph from FriBidi (UAX #9, with bracket pairs).
struct BidiParagraph {
    /// One level per scalar; odd levels are right to left.
    let levels: [UInt8]
    let isRightToLeft: Bool

    init(_ scalars: [UInt32], direction: TextDirection) {
        let n = scalars.count
        var parType: FriBidiParType
        switch direction {
        case .auto: parType = FRIBIDI_PAR_ON
        case .leftToRight: parType = FRIBIDI_PAR_LTR
        case .rightToLeft: parType = FRIBIDI_PAR_RTL
        }
        guard n > 0 else {
            levels = []
            isRightToLeft = direction == .rightToLeft
            return
        }
        var types = [FriBidiCharType](repeating: FriBidiCharType(rawValue: 0), count: n)
        var brackets = [FriBidiBracketType](repeating: 0, count: n)
        var raw = [FriBidiLevel](repeating: 0, count: n)
        scalars.withUnsafeBufferPointer { str in
            fribidi_get_bidi_types(str.baseAddress, FriBidiStrIndex(n), &types)
            fribidi_get_bracket_types(str.baseAddress, FriBidiStrIndex(n), types, &brackets)
        }
        let ok = fribidi_get_par_embedding_levels_ex(types, brackets, FriBidiStrIndex(n), &parType, &raw)
        if ok == 0 {  // allocation failure inside FriBidi: fall back to one left-to-right level
            levels = [UInt8](repeating: 0, count: n)
            isRightToLeft = false
        } else {
            levels = raw.map { UInt8(bitPattern: $0) }
            isRightToLeft = parType == FRIBIDI_PAR_RTL
        }
    }

    /// Visual order of runs by UAX #9 rule L2: from the highest level down to the lowest odd level,
    /// reverse every maximal sequence at that level or higher.
    static func visualOrder(levels runLevels: [UInt8]) -> [Int] {
        var order = Array(runLevels.indices)
        guard let maxLevel = runLevels.max(), let minOdd = runLevels.filter({ $0 % 2 == 1 }).min() else {
            return order
        }
        var level = maxLevel
        while level >= minOdd {
            var i = 0
            while i < order.count {
                if runLevels[order[i]] >= level {
                    var j = i
                    while j + 1 < order.count && runLevels[order[j + 1]] >= level { j += 1 }
                    order[i...j].reverse()
                    i = j + 1
                } else {
                    i += 1
                }
            }
            if level == 0 { break }
            level -= 1
        }
        return order
    }
}

/// Directional isolates (LRI, RLI, FSI … PDI) in UTF-8 text.
enum BidiControls {
    /// The isolates still open at the end of `prefix`, as the text that opens them again: a line
    /// of a broken paragraph that starts inside an isolate is shaped with it, so a Latin run set
    /// over two lines of Arabic stays left to right on both.
    static func open(before prefix: ArraySlice<UInt8>) -> String {
        var stack: [UInt8] = []
        var i = prefix.startIndex
        // U+2066…U+2069 are E2 81 A6…A9.
        while let e2 = prefix[i...].firstIndex(of: 0xE2) {
            i = e2 + 1
            guard e2 + 2 < prefix.endIndex, prefix[e2 + 1] == 0x81 else { continue }
            switch prefix[e2 + 2] {
            case 0xA6, 0xA7, 0xA8: stack.append(prefix[e2 + 2])
            case 0xA9: _ = stack.popLast()
            default: break
            }
        }
        return String(decoding: stack.flatMap { [0xE2, 0x81, $0] }, as: UTF8.self)
    }
}
