/// One item of the display list.
public indirect enum Node: Hashable, Sendable, Codable {
    case group(Group)
    case shape(Shape)
    case text(GlyphRun)
    case image(Image)
    case link(Link)
    case anchor(Anchor)
}

/// Children drawn under a transform, optionally clipped; `altText` describes a figure for
/// readers who cannot see it.
public struct Group: Hashable, Sendable, Codable {
    public var transform: Transform
    public var clip: Path?
    public var opacity: Double
    public var children: [Node]
    public var altText: String?
    /// A name for diagnostics ("chart 'CPAS by cycle'"), never drawn; a figure's name is its SVG title.
    public var name: String?
    /// Its place in the document's logical structure (heading, paragraph, figure, table cell), if any.
    public var role: StructureRole?
    public init(transform: Transform = .identity, clip: Path? = nil, opacity: Double = 1,
                children: [Node] = [], altText: String? = nil, name: String? = nil, role: StructureRole? = nil) {
        self.transform = transform; self.clip = clip; self.opacity = opacity
        self.children = children; self.altText = altText; self.name = name; self.role = role
    }
}

public struct Stroke: Hashable, Sendable, Codable {
    public enum Cap: String, Hashable, Sendable, Codable { case butt, round, square }
    public enum Join: String, Hashable, Sendable, Codable { case miter, round, bevel }
    public var color: Color
    public var width: Double
    public var dash: [Double]
    public var cap: Cap
    public var join: Join
    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// A path filled and/or stroked.
public struct Shape: Hashable, Sendable, Codable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?
    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path; self.fill = fill; self.stroke = stroke
    }
}

/// An image drawn into `rect`: PNG pixels, or SVG drawn as vectors.
public struct Image: Hashable, Sendable, Codable {
    public enum Format: String, Hashable, Sendable, Codable { case png, svg }
    public var rect: Rect
    public var format: Format
    public var data: [UInt8]
    public var altText: String?
    public init(rect: Rect, format: Format = .png, data: [UInt8], altText: String? = nil) {
        self.rect = rect; self.format = format; self.data = data; self.altText = altText
    }
}

/// A clickable area: an external URI or a named destination in the same document.
public struct Link: Hashable, Sendable, Codable {
    public enum Target: Hashable, Sendable, Codable {
        case uri(String)
        case destination(String)
    }
    public var rect: Rect
    public var target: Target
    public init(rect: Rect, target: Target) { self.rect = rect; self.target = target }
}

/// A named destination that links and outline entries can point at.
public struct Anchor: Hashable, Sendable, Codable {
    public var name: String
    public var point: Point
    public init(name: String, point: Point) { self.name = name; self.point = point }
}

extension Node {
    /// The area this node may paint, in its parent's coordinates (nil when it paints nothing).
    public var bounds: Rect? {
        switch self {
        case .shape(let s):
            guard var b = s.path.bounds else { return nil }
            if let st = s.stroke { b = b.insetBy(dx: -st.width / 2, dy: -st.width / 2) }
            return b
        case .text(let run): return run.bounds
        case .image(let img): return img.rect
        case .link, .anchor: return nil
        case .group(let g):
            var box: Rect?
            for child in g.children {
                guard let b = child.bounds else { continue }
                box = box.map { $0.union(b) } ?? b
            }
            if let c = g.clip?.bounds, let b = box {
                let x0 = max(c.minX, b.minX), y0 = max(c.minY, b.minY)
                box = Rect(x: x0, y: y0, width: max(0, min(c.maxX, b.maxX) - x0),
                           height: max(0, min(c.maxY, b.maxY) - y0))
            }
            return box.map { g.transform.apply($0) }
        }
    }
}
