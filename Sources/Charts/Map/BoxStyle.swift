import A4PScene
import A4PText
import Foundation

/// Sizes and styles of a call-out box.
struct BoxStyle {
    var columnWidth: Double
    let rule = 1.5
    let padX = 4.0
    let padY = 3.0
    let titleGap = 0.5
    let title: TextStyle
    let text: TextStyle
    /// Boxes keep this far from the map frame's edge and from each other.
    let inset: Double
    let gap: Double
    /// Between a column and the part of the map that holds the dots.
    let gutter: Double

    init(theme: Theme, columnWidth: Double) {
        self.columnWidth = columnWidth
        title = theme.style(.axis, color: theme.ink, weight: .bold)
        text = theme.style(.axis, color: theme.ink)
        inset = theme.unit
        gap = theme.unit
        gutter = theme.unit * 3
    }
    /// The same style in a column of another width.
    func column(_ width: Double) -> BoxStyle {
        var style = self
        style.columnWidth = width
        return style
    }
    var textWidth: Double { columnWidth - rule - 2 * padX }
}
