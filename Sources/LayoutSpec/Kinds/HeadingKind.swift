import A4PScene
import A4PText
import Foundation

/// A section heading: level 1 the page title's size, 2 a section in capitals, 3 a chart title.
enum HeadingKind: BlockKind {
    static let tag = "heading"
    static let summary = "A section heading (12 pt bold capitals by default)"
    static let schemaTitle = "A section heading"
    static let properties = [
        PropertySchema("text", .string(), required: true, "The heading; may use {mission.name}, {t:key}"),
        PropertySchema("level", .integer(min: 1, max: 3), default: "2", "1 page title size, 2 section, 3 chart title"),
    ]

    static func layout(_ block: BlockSpec, width: Double, on page: inout PageBuilder) -> BlockFrame {
        let t = page.theme(for: block)
        let level = block.node["level"]?.int ?? 2
        let style: TextStyle = switch level {
        case 1: t.style(.title).with(size: 20)
        case 3: t.style(.title)
        default: t.style(.title).with(size: max(12, t.sizes.body))
        }
        var text = page.expand(block.string("text") ?? "", block.position)
        if level == 2 { text = text.uppercased(with: Locale(identifier: page.context.language)) }
        return page.paragraph(text, style, width: width, role: .heading(level))
    }
}
