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
