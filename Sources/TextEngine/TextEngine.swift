import A4PScene
import Foundation
import Logging

/// Shapes, breaks and measures text with the fonts of a `FontLibrary`. Thread-safe: fonts are
/// immutable and every call builds its own HarfBuzz buffer.
public final class TextEngine: Sendable {
    public let fonts: FontLibrary
    private let missingReport: MissingGlyphReport
    /// Every line this engine shaped, for the next time the same words are set the same way.
    private let shapes = ShapeCache()
    /// Every paragraph this engine set, for the next layout that sets it again (`ParagraphCache`).
    private let paragraphs = ParagraphCache()
    /// Whether `paragraph` keeps what it sets (tests turn it off to compare with fresh results).
    private let keepsParagraphs: Bool

    /// `onMissingGlyph` receives one message per (text, character) that no font can draw; by
    /// default it is logged as a warning.
    /// `keepsParagraphs` false sets every paragraph afresh (tests compare the two).
    public init(fonts: FontLibrary, onMissingGlyph: (@Sendable (String) -> Void)? = nil, keepsParagraphs: Bool = true) {
        self.fonts = fonts
        self.keepsParagraphs = keepsParagraphs
        let logger = Logger(label: "a4p.text")
        missingReport = MissingGlyphReport(handler: onMissingGlyph ?? { logger.warning("\($0)") })
    }

    /// The engine over the bundled `Fonts/`, made once per process.
    public static func bundled() throws -> TextEngine { try shared.get() }
    private static let shared: Result<TextEngine, Error> = Result { TextEngine(fonts: try FontLibrary.bundled()) }

    /// `text` shaped as one line, whatever its length, in its language's typography (`Typography`).
    public func line(_ text: String, style: TextStyle) -> TextLine {
        let text = shapes.typography(text, language: style.language)
        let result = shapes.shape(text, with: Shaper(chain: fonts.fallbackChain(for: style.weight), style: style),
                                  direction: style.direction)
        missingReport.note(result.line)
        return result.line
    }

    /// The width of `text` set on one line.
    public func width(of text: String, style: TextStyle) -> Double { line(text, style: style).width }

    /// `text` broken at legal break points (UAX #14) into lines no wider than `width` where
    /// possible; a single word wider than `width` stays whole on its own line (callers compare
    /// `block.width` with the space they have). Newlines always break. Without a width, only
    /// newlines break.
    public func paragraph(_ text: String, style: TextStyle, width: Double? = nil) -> TextBlock {
        guard keepsParagraphs else { return setParagraph(text, style: style, width: width) }
        return paragraphs.block(ParagraphCache.Key(text: ExactText(text), style: style, width: width)) {
            setParagraph(text, style: style, width: width)
        }
    }

    /// Paragraphs answered from the cache and set, so far (tests check the cache is used).
    public var paragraphCounts: (hits: Int, misses: Int) { paragraphs.counts }

    /// `ChineseWords.insideWords` of `text`, found once per text (`ShapeCache.wordInteriors`).
    func interiors(_ text: String, find: () -> Set<Int>) -> Set<Int> { shapes.wordInteriors(text, find: find) }

    /// `paragraph`'s work: typography, shaping, breaking into lines.
    private func setParagraph(_ text: String, style: TextStyle, width: Double?) -> TextBlock {
        let text = shapes.typography(text, language: style.language)
        let shaper = Shaper(chain: fonts.fallbackChain(for: style.weight), style: style)
        let whole = shapes.shape(text, with: shaper, direction: style.direction)
        // Every line keeps the direction of the whole paragraph.
        let direction: TextDirection = whole.line.isRightToLeft ? .rightToLeft : .leftToRight
        let utf8 = Array(text.utf8)
        let fill = LineFill(utf8: utf8, advanceAtByte: whole.advanceAtByte,
                            opportunities: shapes.breaks(text, utf8: utf8, language: style.language))
        let ranges = switch (width, style.wrap) {
        case (let width?, .balanced): fill.balancedRanges(width: width)
        default: fill.ranges(width: width)
        }

        var lines: [TextLine] = []
        if ranges.count == 1 && fill.trimmedEnd(0, utf8.count) == utf8.count {
            lines = [whole.line]
        } else {
            for (i, r) in ranges.enumerated() {
                let trimmed = fill.trimmedEnd(r.lowerBound, r.upperBound)
                // A separator dot does not end a line but the last (`withoutEndSeparator`).
                let end = i < ranges.count - 1 ? fill.withoutEndSeparator(r.lowerBound, trimmed) : trimmed
                var piece = String(decoding: utf8[r.lowerBound..<end], as: UTF8.self)
                // A line that starts inside an isolate ("A4P+" in Arabic, broken across lines) opens it again.
                if r.lowerBound > 0 { piece = BidiControls.open(before: utf8[..<r.lowerBound]) + piece }
                lines.append(shapes.shape(piece, with: shaper, direction: direction).line)
            }
        }
        missingReport.note(whole.line)
        return TextBlock(lines: lines, lineHeight: style.size * style.lineHeight,
                         isRightToLeft: whole.line.isRightToLeft)
    }
}

/// Reports each (text, missing character) once per engine.
private final class MissingGlyphReport: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<String> = []
    private let handler: @Sendable (String) -> Void

    init(handler: @escaping @Sendable (String) -> Void) { self.handler = handler }

    /// One message per text, naming every character it lacks ("U+2E3A '⸺', U+1F600 '😀'").
    func note(_ line: TextLine) {
        guard !line.missingCharacters.isEmpty else { return }
        let missing = line.missingCharacters.map { scalar in
            "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadding(to: 4) + " '\(scalar)'"
        }
        let message = "missing glyph\(missing.count == 1 ? "" : "s"): no bundled font has \(missing.joined(separator: ", ")) in \"\(line.text)\""
        let isNew = lock.withLock { seen.insert(message).inserted }
        if isNew { handler(message) }
    }
}

extension String {
    fileprivate func leftPadding(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
