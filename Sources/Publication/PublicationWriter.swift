import A4PCairoRenderers
import A4PLayoutSpec
import A4PRender
import A4PScene
import Crypto
import Dispatch
import Foundation

/// One file of the export, as `manifest.json` lists it.
public struct ExportedFile: Codable, Hashable, Sendable {
    public var path: String
    public var spec: String?
    public var mission: String?
    public var priority: String?
    public var language: String?
    public var format: String
    public var bytes: Int
    public var sha256: String
    /// For the gallery page: what the file shows and its thumbnail.
    public var title: String?
    public var folder: String
    public var thumbnail: String?
    /// For a chart asset (`charts/<document>/<block>.<ext>`): the document (output name) it is a block of,
    /// the block's id and its alternative text. Nil (and left out of the JSON) for every other file.
    public var document: String?
    public var block: String?
    public var altText: String?
}

/// Writes the publication: every output in every format under `Output/<folder>/`, a thumbnail per
/// output, combined PDFs with outlines (when PDF is asked for), `manifest.json` and `index.html`. Everything
/// is rendered in memory first (in parallel), then committed as one change of the output folder
/// (`OutputFolder`), so an error, a full disk or a kill leaves the previous set exactly as it was.
public struct PublicationWriter: Sendable {
    public var formats: [String]
    public var options: RenderOptions
    public var registry: RendererRegistry
    /// Formats of the chart assets under `charts/` (PNG at 2×), each with its `.csv` and `.txt`; empty writes no assets.
    public var chartFormats: [String]

    public init(formats: [String], options: RenderOptions, registry: RendererRegistry = .standard, chartFormats: [String]? = nil) {
        self.formats = formats; self.options = options; self.registry = registry
        self.chartFormats = chartFormats ?? formats.filter { ["pdf", "svg", "png"].contains($0) }
    }

    struct Pending {
        var relativePath: String
        var bytes: [UInt8]
        var entry: ExportedFile?
    }

    public func write(_ items: [PublicationItem], manifest: PublicationManifest, to out: URL) throws -> [ExportedFile] {
        // 1. Render every (output, format) pair, two at a time on two cores.
        struct Job { var item: Int; var format: String }
        let jobs = items.indices.flatMap { i in formats.map { Job(item: i, format: $0) } }
        let results = ResultSlots<[RenderedFile]>(count: jobs.count)
        let registry = registry, options = options
        DispatchQueue.concurrentPerform(iterations: jobs.count) { j in
            let job = jobs[j]
            results.set(j, Result { try registry.renderer(named: job.format, options: options).render(items[job.item].output.document) })
        }
        var pending: [Pending] = []
        var thumbnails: [String: String] = [:]
        for (j, job) in jobs.enumerated() {
            let item = items[job.item]
            let files = try results.get(j)
            for file in files {
                let path = "\(item.folder)/" + DocumentExport.fileName(item.output.name, job.format, file, of: files.count)
                pending.append(Pending(relativePath: path, bytes: file.bytes, entry: entry(path, file.bytes, item, job.format)))
            }
        }
        // 1b. Every chart block on its own (see `chartAssets`).
        pending += try chartAssets(items)
        // 2. Thumbnails of each output's first page, for the gallery page.
        let thumbs = ResultSlots<[UInt8]>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            thumbs.set(i, Result { try thumbnail(of: items[i].output.document) })
        }
        for (i, item) in items.enumerated() {
            let path = "thumbnails/\(item.folder)-\(item.output.name).png"
            thumbnails["\(item.folder)/\(item.output.name)"] = path
            pending.append(Pending(relativePath: path, bytes: try thumbs.get(i), entry: nil))
        }
        // 3. Combined PDFs with outlines, when PDF is one of the formats asked for.
        for (name, document, entryInfo) in formats.contains("pdf") ? combinedDocuments(items, title: manifest.title) : [] {
            let bytes = try combinedPDF(document)
            let path = "combined/\(name).pdf"
            var e = entry(path, bytes, nil, "pdf")
            e.title = document.metadata.title
            e.mission = entryInfo
            e.folder = "combined"
            pending.append(Pending(relativePath: path, bytes: bytes, entry: e))
        }
        // 4. The manifest and the gallery page that describe it, then everything as one change of the folder.
        var entries: [ExportedFile] = []
        for p in pending {
            if var e = p.entry {
                e.thumbnail = thumbnails[DocumentExport.stem(of: p.relativePath)]
                entries.append(e)
            }
        }
        entries.sort { $0.path < $1.path }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var files = pending.map { OutputFile(path: $0.relativePath, bytes: $0.bytes) }
        files.append(OutputFile(path: "manifest.json", bytes: Array(try encoder.encode(ManifestFile(title: manifest.title, files: entries))) + [10]))
        files.append(OutputFile(path: "index.html", bytes: Array(GalleryPage.html(title: manifest.title, files: entries.filter { $0.folder != "charts" },
                                                                                     charts: entries.filter { $0.folder == "charts" }).utf8)))
        try OutputFolder(out).commit(files, previouslyOwned: Self.previouslyExported)
        return entries
    }

    /// The PNG of a document's first page at 0.3×, from the registry's "png" renderer.
    func thumbnail(of document: Document) throws -> [UInt8] {
        var first = document
        first.pages = Array(first.pages.prefix(1))
        return try registry.renderer(named: "png", options: RenderOptions(scale: 0.3)).render(first)[0].bytes
    }

    /// A combined document as one PDF, from the registry's "pdf" renderer.
    func combinedPDF(_ document: Document) throws -> [UInt8] {
        try registry.renderer(named: "pdf", options: options).render(document)[0].bytes
    }

    /// `charts/<document>/<block-id>.<format>` for every chart block of every output, at its size on the page
    /// (PNG at 2×), with `<block-id>.csv` (the figures it shows) and `<block-id>.txt` (its alternative text).
    /// `<document>` is the output's name; were two folders to hold outputs of the same name, the folder prefixes it.
    func chartAssets(_ items: [PublicationItem]) throws -> [Pending] {
        guard !chartFormats.isEmpty else { return [] }
        var nameCount: [String: Int] = [:]
        for item in items { nameCount[item.output.name, default: 0] += 1 }
        func document(_ item: PublicationItem) -> String {
            nameCount[item.output.name]! > 1 ? "\(item.folder)-\(item.output.name)" : item.output.name
        }
        struct Job { var item: Int; var asset: Int; var format: String }
        let chartFormats = chartFormats
        let jobs: [Job] = items.indices.flatMap { i in
            items[i].output.assets.indices.flatMap { k in chartFormats.map { Job(item: i, asset: k, format: $0) } }
        }
        let results = ResultSlots<[RenderedFile]>(count: jobs.count)
        let registry = registry
        let png = RenderOptions(scale: 2)
        let options = options
        DispatchQueue.concurrentPerform(iterations: jobs.count) { j in
            let job = jobs[j], item = items[job.item]
            var doc = item.output.assets[job.asset].document
            doc.metadata.creationDate = item.output.document.metadata.creationDate
            results.set(j, Result { try registry.renderer(named: job.format, options: job.format == "png" ? png : options).render(doc) })
        }
        var pending: [Pending] = []
        func add(_ item: PublicationItem, _ asset: ChartAsset, _ ext: String, _ bytes: [UInt8]) {
            let doc = document(item)
            let path = "charts/\(doc)/\(asset.id).\(ext)"
            var e = entry(path, bytes, item, ext)
            e.folder = "charts"
            e.title = asset.title
            e.document = doc
            e.block = asset.id
            e.altText = asset.altText
            pending.append(Pending(relativePath: path, bytes: bytes, entry: e))
        }
        for (j, job) in jobs.enumerated() {
            let item = items[job.item], asset = item.output.assets[job.asset]
            for file in try results.get(j) { add(item, asset, job.format, file.bytes) }
            if job.format == chartFormats.last {
                add(item, asset, "csv", Array(asset.csv.utf8))
                add(item, asset, "txt", Array(((asset.altText ?? "") + "\n").utf8))
            }
        }
        return pending
    }

    /// What the previous export wrote, from its `manifest.json`: those files are replaced as a set
    /// (a fact sheet of a mission no longer in the set goes), and anything else in the folder stays.
    static func previouslyExported(in folder: URL) -> Set<String> {
        struct Listed: Decodable { var path: String; var thumbnail: String? }
        struct Manifest: Decodable { var files: [Listed] }
        let path = folder.appendingPathComponent("manifest.json").path
        // Only a regular file of sane size: a link to /dev/zero must not hang the export.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular, (attributes[.size] as? Int ?? 0) < 64 << 20,
              let data = FileManager.default.contents(atPath: path),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return Set(manifest.files.flatMap { [$0.path] + ($0.thumbnail.map { [$0] } ?? []) } + ["manifest.json", "index.html"])
    }

    struct ManifestFile: Encodable {
        var title: String
        var files: [ExportedFile]
    }

    func entry(_ path: String, _ bytes: [UInt8], _ item: PublicationItem?, _ format: String) -> ExportedFile {
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        return ExportedFile(path: path, spec: item?.spec, mission: item?.output.missionID, priority: item?.output.priorityID,
                            language: item?.output.language, format: format, bytes: bytes.count, sha256: digest,
                            title: item?.output.document.metadata.title, folder: item?.folder ?? "", thumbnail: nil)
    }

    /// Per mission: its English fact sheet and its slides. The whole set: overview, priorities and
    /// fact sheets in English, with an outline by priority and mission.
    func combinedDocuments(_ items: [PublicationItem], title: String) -> [(String, Document, String?)] {
        var out: [(String, Document, String?)] = []
        let english = items.filter { $0.output.language == "en" }
        let missions = Array(Set(english.compactMap { $0.role == "mission" ? $0.output.missionID : nil })).sorted()
        for m in missions {
            let parts = english.filter { $0.output.missionID == m && ($0.role == "mission" || $0.role == "slide") }
            guard !parts.isEmpty else { continue }
            let sections = parts.map { part -> (String, Document) in
                (part.role == "slide" ? "Slide" : "Fact sheet", part.output.document)
            }
            var doc = Self.merge(sections.map { ($0.0, "\(m)-\($0.0.lowercased().replacingOccurrences(of: " ", with: "-"))", $0.1) })
            doc.metadata = DocumentMetadata(title: "\(m): A4P+ fact sheet and slides", subject: parts[0].output.document.metadata.subject,
                                            author: "United Nations Peacekeeping · A4P+ Reporting", keywords: ["A4P+", m, "fact sheet"], language: "en")
            out.append(("mission-\(m)", doc, m))
        }
        // The whole set.
        var sections: [(String, String, Document)] = []
        var outline: [OutlineItem] = []
        if let overview = english.first(where: { $0.role == "overview" }) {
            sections.append(("Overview", "overview", overview.output.document))
            outline.append(OutlineItem(title: "Overview", destination: "overview"))
        }
        let priorities = english.filter { $0.role == "priority" }.sorted { $0.output.name < $1.output.name }
        if !priorities.isEmpty {
            var children: [OutlineItem] = []
            for p in priorities {
                let id = "set-\(p.output.name)"
                sections.append((p.output.document.metadata.title ?? p.output.name, id, p.output.document))
                children.append(OutlineItem(title: p.output.document.metadata.title ?? p.output.name, destination: id))
            }
            outline.append(OutlineItem(title: "Priorities", destination: children[0].destination, children: children, isOpen: true))
        }
        let factsheets = english.filter { $0.role == "mission" }.sorted { ($0.output.missionID ?? "") < ($1.output.missionID ?? "") }
        if !factsheets.isEmpty {
            var children: [OutlineItem] = []
            for f in factsheets {
                let id = "set-\(f.output.name)"
                sections.append((f.output.missionID ?? f.output.name, id, f.output.document))
                children.append(OutlineItem(title: (f.output.missionID ?? "") + " · " + (f.output.document.metadata.subject ?? ""), destination: id))
            }
            outline.append(OutlineItem(title: "Missions", destination: children[0].destination, children: children, isOpen: true))
        }
        if !sections.isEmpty {
            var doc = Self.merge(sections)
            doc.outline = outline
            doc.metadata = DocumentMetadata(title: title, subject: "Priority pages and mission fact sheets",
                                            author: "United Nations Peacekeeping · A4P+ Reporting", keywords: ["A4P+", "publication set"], language: "en")
            out.append(("a4p-publication", doc, nil))
        }
        return out
    }

    /// Pages of several documents in order, each part opening with a named destination; the outline
    /// lists the parts.
    static func merge(_ parts: [(title: String, anchor: String, document: Document)]) -> Document {
        var pages: [Page] = []
        var outline: [OutlineItem] = []
        for part in parts {
            for (i, var page) in part.document.pages.enumerated() {
                if i == 0 { page.nodes.insert(.anchor(Anchor(name: part.anchor, point: Point(0, 0))), at: 0) }
                pages.append(page)
            }
            outline.append(OutlineItem(title: part.title, destination: part.anchor))
        }
        return Document(pages: pages, outline: outline)
    }
}

/// Results filled in by concurrent jobs.
final class ResultSlots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<T, Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<T, Error>) { lock.withLock { values[i] = r } }
    func get(_ i: Int) throws -> T { try lock.withLock { values[i] }!.get() }
}
