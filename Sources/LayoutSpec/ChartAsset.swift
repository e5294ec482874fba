import A4PIndicators
import A4PScene
import Foundation

/// One chart block of a document, on its own (issue 17): a one-page document the size of the block's
/// box on the page (its nodes moved to the origin), the figures it shows and its alternative text.
/// The export writes it as `charts/<document>/<id>.{pdf,svg,png,csv,txt}`; `a4p render --block ID` renders it alone.
public struct ChartAsset: Sendable {
    /// Stable within the document: the spec's `id:` (made safe as a file name), else derived from the binding.
    public var id: String
    public var kind: String
    public var title: String?
    public var altText: String?
    public var document: Document
    /// Every figure the block shows, in the order the binder gave them.
    public var observations: [Observation]
    /// `indicator,mission,category,period,state,value,source` — one line a figure, RFC 4180 quoting.
    public var csv: String
    /// Figures of rows left out because nothing in them was reported (named under the chart, not drawn in it).
    public var omitted: Set<ObservationKey> = []
    /// A table's drawn cells and how many of them read "not reported" (a cell with no figure in the
    /// data has no observation, so the observations alone undercount a table's gaps); nil for other charts.
    public var cells: (drawn: Int, notReported: Int)?

    /// The id of a block: its spec `id:` where given, else kind, indicator(s), mission(s), category and
    /// period expression(s) of its binding — never its position, so inserting a block elsewhere keeps every id.
    /// Made of `a-z 0-9 . _ -` only (a file name), at most 80 characters (longer ones end in a hash of the whole).
    public static func baseID(_ block: BlockSpec) -> String {
        if let given = block.id, !safe(given).isEmpty { return safe(given) }
        let b = block.binding
        var parts = [block.kind]
        parts += ([b.indicator?.0].compactMap { $0 } + b.indicators.map(\.0))
        if let m = b.mission?.0 { parts.append(m) }
        if let ms = b.missions { parts.append(ms.map(\.0).joined(separator: "+")) }
        if let c = b.category { parts.append(c) }
        if let p = b.period?.0 { parts.append(p) }
        if let ps = b.periods { parts.append(ps.map(\.0).joined(separator: "+")) }
        let id = safe(parts.joined(separator: "-"))
        return id.isEmpty ? block.kind : id
    }

    /// Lower case, runs of anything but `a-z 0-9 . _` turned into one `-`, `..` into `-to-`, no leading or trailing `-` or `.`.
    public static func safe(_ text: String) -> String {
        var out = ""
        for u in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(u) || ("0"..."9").contains(u) || u == "." || u == "_" {
                out.unicodeScalars.append(u)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        // A range of periods ("latest-2..latest") reads "latest-2-to-latest"; no ".." in a file name.
        while out.contains("..") { out = out.replacingOccurrences(of: "...", with: "..").replacingOccurrences(of: "..", with: "-to-") }
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "-") }
        while let f = out.first, f == "-" || f == "." { out.removeFirst() }
        while let l = out.last, l == "-" || l == "." { out.removeLast() }
        if out.count > 80 {
            // FNV-1a of the whole id: deterministic across runs and machines (unlike Hasher).
            var h: UInt64 = 0xcbf29ce484222325
            for byte in out.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
            out = String(out.prefix(71)) + "-" + String(String(h, radix: 16).prefix(8))
        }
        return out
    }

    /// Ids unique in a document: the second block with the same id gets `-2`, the third `-3`, in page order.
    static func uniquing(_ assets: [ChartAsset]) -> [ChartAsset] {
        var used: Set<String> = []
        return assets.map { a in
            var a = a
            var id = a.id, n = 2
            while used.contains(id) { id = "\(a.id)-\(n)"; n += 1 }
            used.insert(id)
            a.id = id
            return a
        }
    }

    /// The asset with its `csv` written from its observations (layout leaves it empty: only the
    /// kept layout of an output needs it).
    func withCSV(_ dataset: Dataset) -> ChartAsset {
        var a = self
        a.csv = Self.csv(observations, dataset: dataset)
        return a
    }

    static func csv(_ observations: [Observation], dataset: Dataset) -> String {
        var lines = ["indicator,mission,category,period,state,value,source"]
        for o in observations {
            let (state, value): (String, String) = switch o.value {
            case .number(_, let text): ("value", text)
            case .boolean(let b): ("value", b ? "yes" : "no")
            case .level(let l): ("value", l)
            case .text(let t): ("value", t)
            case .absent(.none, _): ("none", "")
            case .absent(.notApplicable, _): ("not applicable", "")
            case .absent(.notReported, _): ("not reported", "")
            }
            let source = dataset.source(o.source)?.report ?? o.source
            lines.append([o.key.indicator, o.key.mission, o.key.category, o.key.period, state, value, source].map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
