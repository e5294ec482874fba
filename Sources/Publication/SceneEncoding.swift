import A4PRender
import A4PScene

/// A resolved scene written out as plain bytes, field by field, so that two documents that would render
/// alike give the same bytes and any difference a renderer could see gives different ones.
///
/// Why the scene and not the spec, data rows and translations it was made from: the scene is everything a
/// renderer reads, so its bytes (with the render options, the font files and the build) are a faithful and
/// complete record of what a file was made from, whatever mix of spec, observations, labels and theme
/// produced it. A change to a row no page prints leaves every scene alone and re-renders nothing.
///
/// Every field of every scene type is written; `SceneEncodingTests` counts the stored properties of each
/// type, so a field added to `A4PScene` without being added here fails a test instead of going stale.
/// Font files are named by path here; their contents are digested once per export (`InputDigests`).
struct SceneEncoding {
    private(set) var bytes: [UInt8] = []
    /// Font files the scene uses; their contents are part of the record.
    private(set) var fonts: Set<String> = []

    init() { bytes.reserveCapacity(1 << 16) }

    mutating func add(_ v: UInt8) { bytes.append(v) }
    mutating func add(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func add(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    /// The bit pattern, so 0.1 + 0.2 and 0.3 differ as they would on the page.
    mutating func add(_ v: Double) { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func add(_ v: Bool) { bytes.append(v ? 1 : 0) }
    /// Length first, so "ab" + "c" and "a" + "bc" differ.
    mutating func add(_ s: String) {
        let utf8 = s.utf8
        add(utf8.count)
        bytes.append(contentsOf: utf8)
    }
    mutating func add(_ s: String?) {
        add(s != nil)
        if let s { add(s) }
    }
    mutating func add(_ bytes: [UInt8]) {
        add(bytes.count)
        self.bytes.append(contentsOf: bytes)
    }

    mutating func add(_ o: RenderOptions) {
        add(o.scale); add(o.print); add(o.bleed); add(o.transparent)
    }

    mutating func add(_ d: Document) {
        let m = d.metadata
        add(m.title); add(m.subject); add(m.author); add(m.creator)
        add(m.keywords.count)
        for k in m.keywords { add(k) }
        add(m.creationDate != nil)
        if let date = m.creationDate { add(date.timeIntervalSince1970) }
        add(m.language)
        add(d.outline.count)
        for item in d.outline { add(item) }
        add(d.pages.count)
        for page in d.pages { add(page) }
    }

    mutating func add(_ item: OutlineItem) {
        add(item.title); add(item.destination); add(item.isOpen)
        add(item.children.count)
        for child in item.children { add(child) }
    }

    mutating func add(_ page: Page) {
        add(page.size.width); add(page.size.height); add(page.label)
        add(page.nodes.count)
        for node in page.nodes { add(node) }
    }

    mutating func add(_ p: Point) { add(p.x); add(p.y) }
    mutating func add(_ r: Rect) { add(r.x); add(r.y); add(r.width); add(r.height) }
    mutating func add(_ c: Color) { add(c.red); add(c.green); add(c.blue); add(c.alpha) }
    mutating func add(_ c: Color?) {
        add(c != nil)
        if let c { add(c) }
    }

    mutating func add(_ path: Path) {
        add(path.elements.count)
        for e in path.elements {
            switch e {
            case .move(let p): add(UInt8(1)); add(p)
            case .line(let p): add(UInt8(2)); add(p)
            case .cubic(let a, let b, let c): add(UInt8(3)); add(a); add(b); add(c)
            case .close: add(UInt8(4))
            }
        }
    }

    mutating func add(_ node: Node) {
        switch node {
        case .group(let g):
            add(UInt8(1))
            let t = g.transform
            add(t.a); add(t.b); add(t.c); add(t.d); add(t.tx); add(t.ty)
            add(g.clip != nil)
            if let clip = g.clip { add(clip) }
            add(g.opacity); add(g.altText); add(g.name)
            add(g.role != nil)
            if let role = g.role { add(role) }
            add(g.children.count)
            for child in g.children { add(child) }
        case .shape(let s):
            add(UInt8(2))
            add(s.path); add(s.fill)
            add(s.stroke != nil)
            if let st = s.stroke {
                add(st.color); add(st.width)
                add(st.dash.count)
                for d in st.dash { add(d) }
                add("\(st.cap)"); add("\(st.join)")
            }
        case .text(let run):
            add(UInt8(3))
            add(run)
        case .image(let img):
            add(UInt8(4))
            add(img.rect); add(img.format.rawValue); add(img.data); add(img.altText)
        case .link(let link):
            add(UInt8(5))
            add(link.rect)
            switch link.target {
            case .uri(let s): add(UInt8(1)); add(s)
            case .destination(let s): add(UInt8(2)); add(s)
            }
        case .anchor(let a):
            add(UInt8(6))
            add(a.name); add(a.point)
        }
    }

    mutating func add(_ role: StructureRole) {
        switch role {
        case .heading(let level): add("heading"); add(level)
        default: add("\(role)")
        }
    }

    mutating func add(_ run: GlyphRun) {
        fonts.insert(run.font.path)
        add(run.font.path); add(run.font.faceIndex); add(run.font.postScriptName)
        add(run.size); add(run.origin)
        add(run.glyphs.count)
        for g in run.glyphs { add(g.id); add(g.x); add(g.y) }
        add(run.text)
        add(run.clusters.count)
        for c in run.clusters { add(c.byteCount); add(c.glyphCount) }
        add(run.isRightToLeft); add(run.color)
        add(run.advance); add(run.ascent); add(run.descent)
    }
}
