import A4PRender

/// `index.html`: every exported file, grouped by folder, with thumbnails, sizes and filters by mission,
/// language, priority and format; plain HTML and CSS with relative links and one small inline script,
/// so it works opened straight from disk with no server and no network. Without the script every card
/// stays visible and the filter bar stays hidden (`GalleryFilters`).
enum GalleryPage {
    /// Thumbnails are drawn at this many pixels per point: 405 px for an A4 page (595 pt), twice the
    /// 200 CSS px they are shown at, so they stay sharp on a HiDPI screen. Drawn at that size rather than
    /// scaled down from a page PNG, which `--format pdf` does not write.
    static let thumbnailScale = 0.68

    /// The order folders are shown in; others follow, sorted.
    static let folderOrder = ["overview", "priorities", "missions", "slides", "combined"]

    /// `charts` are the chart assets (`--charts`): each document's card lists its charts, pictured
    /// with their alternative text as `alt` where a PNG or SVG of them was written.
    static func html(title: String, files: [ExportedFile], charts: [ExportedFile] = []) -> String {
        let ordered = folderOrder + Set(files.map(\.folder)).subtracting(folderOrder).sorted()
        var body = ""
        var cards = 0
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
                body += card(stem: stem, group: group, folder: folder, thumbnail: thumbnail(of: group, among: files, order: ordered), charts: charts)
                cards += 1
            }
            body += "</div></section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>\(GalleryFilters.style)</style></head><body>
            <h1>\(escape(title))</h1>
            <p>\(files.count) files · \(cards) documents · <a href="manifest.json">manifest.json</a></p>
            \(GalleryFilters.form(files: files, cards: cards))
            \(body)<script>\(GalleryFilters.script)</script>
            </body></html>

            """
    }

    /// One document's card: its thumbnail (linking to the PDF when there is one), title in the document's
    /// language, mission · priority · language, a link per file with its size, and its charts folded away.
    /// The `data-` attributes are what the filters match; `lang` and `dir` are the document's.
    static func card(stem: String, group: [ExportedFile], folder: String, thumbnail: String?, charts: [ExportedFile]) -> String {
        let first = group[0]
        // PDF first, then each format's pages in order: the path order would put a one-page PNG before its PDF.
        let rank = ["pdf": 0, "png": 1, "svg": 2]
        let sorted = group.enumerated().sorted { (rank[$0.element.format] ?? 3, $0.offset) < (rank[$1.element.format] ?? 3, $1.offset) }.map(\.element)
        let links = sorted.map { f in
            "<a href=\"\(escape(f.path))\">\(escape(label(f)))</a> <small>\(size(f.bytes))</small>"
        }.joined(separator: "<br>")
        let target = group.first { $0.format == "pdf" }?.path ?? first.path
        let image = thumbnail.map { "<a href=\"\(escape(target))\"><img src=\"\(escape($0))\" alt=\"\(escape(first.title ?? stem))\" loading=\"lazy\"></a>" } ?? ""
        let priority = priority(of: first, stem: stem)
        let meta = [first.mission, priority, first.language].compactMap { $0 }.joined(separator: " · ")
        // The title is in the document's language: marked so, and right to left for Arabic.
        let lang = first.language.map { " lang=\"\(escape($0))\"" + (isRightToLeft($0) ? " dir=\"rtl\"" : "") } ?? ""
        let name = String(stem.split(separator: "/").last ?? "")
        let blocks = chartList(charts.filter { $0.document == name || $0.document == "\(folder)-\(name)" }, lang: lang)
        var formats: [String] = []
        for f in group where !formats.contains(f.format) { formats.append(f.format) }
        let data = [("mission", first.mission), ("language", first.language), ("priority", priority), ("format", formats.joined(separator: " "))]
            .map { " data-\($0.0)=\"\(escape($0.1 ?? ""))\"" }.joined()
        return "<figure\(data)\(lang)>\(image)<figcaption><strong\(lang)>\(escape(first.title ?? stem))</strong><br><span lang=\"en\" dir=\"ltr\">\(escape(meta))</span><br>"
            + "<span lang=\"en\" dir=\"ltr\">\(links)</span>\(blocks)</figcaption></figure>\n"
    }

    /// A card's thumbnail. A combined PDF has none of its own: its first page is the first page of its
    /// first part, the English document of its mission (or of the whole set) that comes first in folder
    /// order, so that document's thumbnail stands for it.
    static func thumbnail(of group: [ExportedFile], among files: [ExportedFile], order: [String]) -> String? {
        if let own = group.compactMap(\.thumbnail).first { return own }
        guard group[0].folder == "combined" else { return nil }
        let mission = group[0].mission
        for folder in order where folder != "combined" {
            let part = files.first { $0.folder == folder && $0.language == "en" && $0.thumbnail != nil && (mission == nil || $0.mission == mission) }
            if let part { return part.thumbnail }
        }
        return nil
    }

    /// The priority a document is about: the manifest's, for an output of a template over priorities;
    /// else a `P<n>` part of its name (`priority-P1`, `slide-priority-P3`), the shipped specs' convention,
    /// since a spec written for one priority does not say so in a key of its own.
    static func priority(of file: ExportedFile, stem: String) -> String? {
        if let p = file.priority { return p }
        let name: Substring = stem.split(separator: "/").last ?? ""
        return name.split(separator: "-").first { (part: Substring) in part.count > 1 && part.first == "P" && part.dropFirst().allSatisfy(\.isNumber) }.map(String.init)
    }

    static func isRightToLeft(_ language: String) -> Bool {
        ["ar", "he", "fa", "ur"].contains(String(language.split(separator: "-")[0]))
    }

    /// A file size as people read it, without Foundation's locale: "850 B", "245 KB", "1.4 MB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
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
