import A4PIndicators
import A4PScene

/// A parsed, validated spec. Values only; positions kept for the messages of later stages.
public struct Spec: Sendable {
    public var file: String
    public var title: String?
    public var subject: String?
    public var keywords: [String]
    /// The period the spec's prose (lead, messages, texts) quotes figures of: `{about…}` names it,
    /// and an export warns when the publication's cycle has moved past it.
    public var about: (String, SourcePosition)?
    public var output: String?
    public var dataPath: String
    /// Where the spec names its data (`data:`); nil when it does not, and a4p finds the project's `Data/`.
    public var dataPosition: SourcePosition?
    public var dataNamed: Bool { dataPosition != nil }
    public var translationsPath: String
    public var template: TemplateSpec?
    public var theme: ThemeOverrides
    public var page: PageSpec
    public var blocks: [BlockSpec]
}

public struct TemplateSpec: Sendable {
    public enum Over: String, Sendable { case mission, priority }
    public var over: Over
    /// nil = active missions; ["all"] = every mission; else acronyms.
    public var missions: [String]?
    public var allMissions: Bool
    public var priorities: [String]?
    public var position: SourcePosition
}

public struct ThemeOverrides: Sendable {
    public var accent, text, secondary, grid: (String, SourcePosition)?
    public var palette: [(String, SourcePosition)]?
    public var bigNumberSize: Double?
    /// The smallest body, label and table text in points, after type scaling and copy-fitting
    /// (`text-floor`): the page-review method's 8 pt for A4 body text. Sources keep their size.
    public var textFloor: Double?
    public var typeScale: Double?
    public init() {}
}

public struct PageSpec: Sendable {
    public var size: Size
    public var margins: (top: Double, right: Double, bottom: Double, left: Double)
    public var columns: Int
    public var gutter: Double
    public var rowGap: Double
    /// Blocks of a grid row align their hero numbers and set their source lines and notes at the row's foot.
    public var alignRows: Bool = false
    /// A block left out (`when-empty: hide`) gives its columns to the blocks of its row.
    public var fillRows: Bool = false
    /// A page's spare height is shared out among its row gaps (up to three row gaps more each).
    public var spreadRows: Bool = false
    /// Copy-fitting: the type may grow up to this factor (1 = not at all) while the page count stays.
    public var growType: Double = 1
    /// Copy-fitting down: the type may shrink to this factor (1 = not at all) when that saves a page.
    public var shrinkType: Double = 1
    /// Copy-fitting down saves a page in smaller type only on a sheet of at least this many pages.
    public var shrinkPages: Int = 2
    /// An optional block (`when-no-room: hide`) one language of a template item has no room for is
    /// left out in every language: a slide says the same in six languages.
    public var sameInEveryLanguage: Bool = false
    /// Column balancing (issue 14): a page with a column empty over the page review's limit tries
    /// moving a stack's last children or a module to the other column (`SpecRenderer.balanceFit`).
    public var balanceColumns: Bool = false
    public var language: String
    public var direction: String
    public var header: HeaderSpec?
    public var footer: FooterSpec
    /// A 16:9 slide (landscape, at most 600 pt high): projected, so its type has floors and its tiles stay.
    public var isSlide: Bool { size.width > size.height && size.height <= 600 }
}

public struct HeaderSpec: Sendable {
    public var label: String?
    public var title: String?
    public var lead: String?
    /// nil = no period line; "" = the latest cycle; else a period id.
    public var period: String?
    public var position: SourcePosition
}

public struct FooterSpec: Sendable {
    public var text: String
    public var pageNumber: Bool
}

/// One block: its kind, common layout keys, data binding and kind-specific keys (read from `node`).
public struct BlockSpec: Sendable {
    public var kind: String
    public var node: SpecNode
    public var position: SourcePosition { node.position }
    public var id: String?
    public var span: Int?
    public var col: Int?
    public var height: Double?
    public var title: String?
    public var message: String?
    /// nil = generated from provenance; "" = none; else the given text.
    public var source: String?
    public var note: String?
    public var binding: Binding
    public var theme: ThemeOverrides
    public var children: [BlockSpec]

    public var name: String { id ?? title ?? "\(kind) block at line \(position.line)" }

    public func string(_ key: String) -> String? { node[key]?.string }
    public func bool(_ key: String) -> Bool? { node[key]?.bool }
    public func number(_ key: String) -> Double? { node[key]?.double }
}

public struct Binding: Sendable {
    public var indicator: (String, SourcePosition)?
    public var indicators: [(String, SourcePosition)]
    public var mission: (String, SourcePosition)?
    /// "all", "active", "current", or explicit acronyms.
    public var missions: [(String, SourcePosition)]?
    public var period: (String, SourcePosition)?
    public var periods: [(String, SourcePosition)]?
    public var category: String?
    public var breakdown: Bool
    public var sort: String
    public var top: Int?
    public var format: String?
    public var decimals: Int
}

/// Reads a validated node tree into a `Spec`.
enum SpecDecoder {
    static func decode(_ root: SpecNode, file: String) -> Spec {
        let page = decodePage(root["page"])
        var spec = Spec(
            file: file, title: root["title"]?.string, subject: root["subject"]?.string,
            keywords: root["keywords"]?.sequence?.compactMap(\.string) ?? [],
            about: root["about"].flatMap { n in n.string.map { ($0, n.position) } }, output: root["output"]?.string,
            dataPath: root["data"]?.string ?? "Data", translationsPath: root["translations"]?.string ?? "Translations",
            template: root["template"].map(decodeTemplate), theme: decodeTheme(root["theme"]), page: page,
            blocks: root["blocks"]?.sequence?.map(decodeBlock) ?? [])
        spec.dataPosition = root["data"]?.position
        return spec
    }

    static func decodePage(_ node: SpecNode?) -> PageSpec {
        var size = Size(595, 842)
        var landscapeDefault = false, custom = false
        if let s = node?["size"] {
            switch s.string {
            case "A3": size = Size(842, 1191)
            case "Letter": size = Size(612, 792)
            case "slide": size = Size(960, 540); landscapeDefault = true
            case "A4", nil: break
            default: break
            }
            if let w = s["width"]?.double, let h = s["height"]?.double { size = Size(w, h); custom = true }
        }
        // A custom {width, height} is taken as written; only an orientation given with it turns it.
        if let orientation = node?["orientation"]?.string ?? (custom ? nil : (landscapeDefault ? "landscape" : "portrait")),
           (orientation == "landscape") != (size.width > size.height) {
            size = Size(size.height, size.width)
        }
        var margins = (top: 36.0, right: 36.0, bottom: 36.0, left: 36.0)
        if let m = node?["margins"] {
            if let all = m.double { margins = (all, all, all, all) }
            margins.top = m["top"]?.double ?? margins.top
            margins.right = m["right"]?.double ?? margins.right
            margins.bottom = m["bottom"]?.double ?? margins.bottom
            margins.left = m["left"]?.double ?? margins.left
        }
        let language = node?["language"]?.string ?? "en"
        let header = node?["header"].map { h in
            HeaderSpec(label: h["label"]?.string, title: h["title"]?.string, lead: h["lead"]?.string,
                       period: h["period"].map { p in p.bool == false ? nil : (p.bool == true ? "" : p.string) } ?? "",
                       position: h.position)
        }
        // footer: false is no footer at all: no text, no page number, no rule.
        let footer = node?["footer"]?.bool == false ? FooterSpec(text: "", pageNumber: false)
            : FooterSpec(text: node?["footer"]?["text"]?.string ?? "A4P+ Reporting",
                         pageNumber: node?["footer"]?["page-number"]?.bool ?? true)
        return PageSpec(size: size, margins: margins, columns: node?["columns"]?.int ?? 12,
                        gutter: node?["gutter"]?.double ?? 12, rowGap: node?["row-gap"]?.double ?? 14,
                        alignRows: node?["rows"]?.string == "aligned", fillRows: node?["fill-rows"]?.bool ?? false,
                        spreadRows: node?["spread-rows"]?.bool ?? false, growType: node?["grow-type"]?.double ?? 1,
                        shrinkType: node?["shrink-type"]?.double ?? 1, shrinkPages: node?["shrink-pages"]?.int ?? 2,
                        sameInEveryLanguage: node?["same-in-every-language"]?.bool ?? false,
                        balanceColumns: node?["balance-columns"]?.bool ?? false, language: language, direction: node?["direction"]?.string ?? "auto", header: header, footer: footer)
    }

    static func decodeTemplate(_ node: SpecNode) -> TemplateSpec {
        let missions = node["missions"]
        return TemplateSpec(over: TemplateSpec.Over(rawValue: node["for-each"]?.string ?? "mission") ?? .mission,
                            missions: missions?.sequence?.compactMap(\.string), allMissions: missions?.string == "all",
                            priorities: node["priorities"]?.sequence?.compactMap(\.string), position: node.position)
    }

    static func decodeTheme(_ node: SpecNode?) -> ThemeOverrides {
        var t = ThemeOverrides()
        guard let node else { return t }
        func color(_ key: String) -> (String, SourcePosition)? { node[key].flatMap { n in n.string.map { ($0, n.position) } } }
        t.accent = color("accent"); t.text = color("text"); t.secondary = color("secondary"); t.grid = color("grid")
        t.palette = node["palette"]?.sequence?.compactMap { n in n.string.map { ($0, n.position) } }
        t.bigNumberSize = node["big-number-size"]?.double
        t.textFloor = node["text-floor"]?.double
        t.typeScale = node["type-scale"]?.double
        return t
    }

    static func decodeBlock(_ node: SpecNode) -> BlockSpec {
        func located(_ key: String) -> (String, SourcePosition)? { node[key].flatMap { n in n.string.map { ($0, n.position) } } }
        func list(_ key: String) -> [(String, SourcePosition)]? {
            guard let n = node[key] else { return nil }
            if let s = n.string { return [(s, n.position)] }
            return n.sequence?.compactMap { i in i.string.map { ($0, i.position) } }
        }
        let sourceNode = node["source"]
        let source: String? = sourceNode.flatMap { s in s.bool.map { $0 ? nil : "" } ?? s.string }
        let binding = Binding(
            indicator: located("indicator"), indicators: list("indicators") ?? [], mission: located("mission"),
            missions: list("missions"), period: located("period"), periods: list("periods"),
            category: node["category"]?.string, breakdown: node["breakdown"]?.bool ?? false,
            sort: node["sort"]?.string ?? "none", top: node["top"]?.int, format: node["format"]?.string,
            decimals: node["decimals"]?.int ?? 1)
        return BlockSpec(kind: node["type"]?.string ?? "", node: node, id: node["id"]?.string, span: node["span"]?.int,
                         col: node["col"]?.int, height: node["height"]?.double, title: node["title"]?.string, message: node["message"]?.string,
                         source: source, note: node["note"]?.string, binding: binding, theme: decodeTheme(node["theme"]),
                         children: node["blocks"]?.sequence?.map(decodeBlock) ?? [])
    }
}
