import A4PScene
import A4PText

/// A finding said in one sentence where a chart would only repeat one mark: "Yes (Cycle 5): MINURSO,
/// UNDOF, UNMOGIP, UNTSO." — the form of a matrix whose every mark is "yes".
public struct Statement: Chart {
    public var name: String
    public var text: String
    /// The paragraph's style; the theme's body text when nil.
    public var style: TextStyle?

    public init(name: String, text: String, style: TextStyle? = nil) { self.name = name; self.text = text; self.style = style }

    public var isSentence: Bool { true }

    func style(_ theme: Theme) -> TextStyle { style ?? theme.style(.body) }

    public func size(for width: Double, in context: ChartContext) -> ChartSize {
        guard width.isFinite, width > 0 else { return ChartSize(height: 0) }
        return ChartSize(height: context.engine.paragraph(text, style: style(context.theme), width: width).height)
    }

    public func render(in box: Rect, context: ChartContext) -> ChartRendering {
        var canvas = Canvas(box: box, context: context, chartName: "statement '\(name)'")
        canvas.paragraph(text, style(context.theme), in: box)
        return canvas.finish(altText: name + ": " + text)
    }
}
