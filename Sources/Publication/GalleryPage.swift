import A4PRender

/// `index.html`: every exported file, grouped by folder, with thumbnails; plain HTML and CSS with
/// relative links, so it works opened straight from disk with no server and no network.
enum GalleryPage {
    /// `charts` are the chart assets (`--charts`): each document's card lists its charts, pictured
    /// with their alternative text as `alt` where a PNG or SVG of them was written.
    static func html(title: String, files: [ExportedFile], charts: [ExportedFile] = []) -> String {
        let folders = ["overview", "priorities", "missions", "slides", "combined"]
        let ordered = folders + Set(files.map(\.folder)).subtracting(folders).sorted()
        var body = ""
        for folder in ordered {
            let inFolder = files.filter { $0.folder == folder }
            guard !inFolder.isEmpty else { continue }
            body += "<section><h2>\(escape(folder.capitalized))</h2><div class=\"grid\">\n"
            // One card per output (stem), linking to each of its formats and pages.
            var stems: [String] = []
            for f in inFolder {
                let stem = DocumentExport.stem(of: f.path)
                if !stems.contains(stem) { stems.append(stem) }
            }
            for stem in stems {
                let group = inFolder.filter { DocumentExport.stem(of: $0.path) == stem }
                let first = group[0]
                let thumb = group.compactMap(\.thumbnail).first
                let links = group.map { f in
                    "<a href=\"\(escape(f.path))\">\(escape(label(f)))</a>"
                }.joined(separator: " ")
                let image = thumb.map { "<a href=\"\(escape(group.first { $0.format == "pdf" }?.path ?? first.path))\"><img src=\"\(escape($0))\" alt=\"\(escape(first.title ?? stem))\" loading=\"lazy\"></a>" } ?? ""
                let meta = [first.mission, first.priority, first.language].compactMap { $0 }.joined(separator: " · ")
                // The title is in the document's language: marked so, and right to left for Arabic.
                let lang = first.language.map { " lang=\"\(escape($0))\"" + ($0.hasPrefix("ar") ? " dir=\"rtl\"" : "") } ?? ""
                let name = String(stem.split(separator: "/").last ?? "")
                let blocks = chartList(charts.filter { $0.document == name || $0.document == "\(folder)-\(name)" }, lang: lang)
                body += "<figure>\(image)<figcaption><strong\(lang)>\(escape(first.title ?? stem))</strong><br><span>\(escape(meta))</span><br>\(links)\(blocks)</figcaption></figure>\n"
            }
            body += "</div></section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body { font-family: "Noto Sans", Arial, sans-serif; color: #1A1A1A; margin: 24px; }
            h1 { font-size: 20px; } h2 { font-size: 14px; text-transform: uppercase; color: #009EDB; border-bottom: 1px solid #D9D9D9; }
            .grid { display: flex; flex-wrap: wrap; gap: 16px; }
            figure { width: 200px; margin: 0; font-size: 11px; }
            img { width: 200px; border: 1px solid #D9D9D9; }
            figcaption span { color: #5A5A5A; } a { color: #0B5F8A; margin-right: 6px; }
            ul.charts { padding: 0; list-style: none; } ul.charts img { width: 100%; }
            </style></head><body>
            <h1>\(escape(title))</h1>
            <p>\(files.count) files · <a href="manifest.json">manifest.json</a></p>
            \(body)</body></html>

            """
    }

    /// A document's charts, folded: each a link to its first file, shown as its PNG (else SVG) with
    /// its alternative text, or named by its title when only PDFs were written.
    static func chartList(_ files: [ExportedFile], lang: String) -> String {
        var blocks: [String] = []
        for f in files where !blocks.contains(f.block ?? "") { blocks.append(f.block ?? "") }
        let items = blocks.compactMap { block -> String? in
            let formats = files.filter { $0.block == block && !["csv", "txt"].contains($0.format) }
            guard let first = formats.first else { return nil }
            let alt = escape(first.altText ?? first.title ?? block)
            let content = (formats.first { $0.format == "png" } ?? formats.first { $0.format == "svg" })
                .map { "<img src=\"\(escape($0.path))\" alt=\"\(alt)\"\(lang) loading=\"lazy\">" } ?? escape(first.title ?? block)
            return "<li><a href=\"\(escape(first.path))\">\(content)</a></li>"
        }
        guard !items.isEmpty else { return "" }
        return "<details><summary>\(items.count) charts</summary><ul class=\"charts\">" + items.joined() + "</ul></details>"
    }

    static func label(_ f: ExportedFile) -> String {
        var s = f.path
        if let dot = s.lastIndex(of: ".") { s = String(s[..<dot]) }
        if let dash = s.lastIndex(of: "-"), let n = Int(s[s.index(after: dash)...]), f.format != "pdf" { return "\(f.format.uppercased()) p\(n)" }
        return f.format.uppercased()
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
