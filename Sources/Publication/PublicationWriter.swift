import A4PCairoRenderers
import A4PLayoutSpec
import A4PRender
import A4PScene
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
/// is rendered in memory first (`jobs` renderings at a time), then committed as one change of the output folder
/// (`OutputFolder`), so an error, a full disk or a kill leaves the previous set exactly as it was. A rendering
/// whose inputs are those the folder's `RenderRecord` holds takes its files from the previous export instead
/// (`IncrementalRender`); the files are the same either way.
public struct PublicationWriter: Sendable {
    public var formats: [String]
    public var options: RenderOptions
    public var registry: RendererRegistry
    /// Formats of the chart assets under `charts/` (PNG at 2×), each with its `.csv` and `.txt`; empty writes no assets.
    public var chartFormats: [String]
    /// Renderings run at once (`a4p export --jobs`); the files are the same for any number.
    public var jobs: Int
    /// Render every file even when the output folder's `RenderRecord` shows its inputs unchanged.
    public var force = false

    public init(formats: [String], options: RenderOptions, registry: RendererRegistry = .standard, chartFormats: [String]? = nil,
                jobs: Int = ParallelJobs.cores) {
        self.formats = formats; self.options = options; self.registry = registry
        self.chartFormats = chartFormats ?? formats.filter { ["pdf", "svg", "png"].contains($0) }
        self.jobs = jobs
    }

    struct Pending {
        var relativePath: String
        var bytes: [UInt8]
        var entry: ExportedFile?
    }

    public func write(_ items: [PublicationItem], manifest: PublicationManifest, to out: URL) throws -> [ExportedFile] {
        try writeCounting(items, manifest: manifest, to: out).files
    }

    /// `write`, and how many documents it rendered and how many it took unchanged from the previous export.
    public func writeCounting(_ items: [PublicationItem], manifest: PublicationManifest, to out: URL) throws -> (files: [ExportedFile], count: RenderCount) {
        // 1. Every rendering in one pool, `jobs` at a time: each (output, format), each chart asset, each
        // thumbnail and each combined PDF. The combined PDFs go first: the whole set's is the longest job.
        // A job whose inputs the record shows unchanged takes its files from the previous export.
        let combined = formats.contains("pdf") ? combinedDocuments(items, title: manifest.title) : []
        let assets = assetJobs(items)
        let work: [RenderJob] = combined.indices.map { .combined($0) }
            + items.indices.flatMap { i in formats.map { RenderJob.document(i, $0) } }
            + assets.indices.map { .asset($0) } + items.indices.map { .thumbnail($0) }
        let registry = registry
        let inputs = JobInputs(items: items, combined: combined, assets: assets, chartNames: Self.chartNames(items))
        let record = force ? RenderRecord() : RenderRecord.load(from: out)
        let digests = InputDigests(renderers: registry, sha256: { [self] in sha256Hex($0) })
        let rendered = ParallelJobs(workers: jobs).run(work.count) { j -> Produced in
            try produce(work[j], inputs, record: record, digests: digests, folder: out) {
                switch work[j] {
                case .combined(let c): return [RenderedFile(pageIndex: nil, bytes: try combinedPDF(combined[c].1))]
                case .document(let i, let format): return try registry.renderer(named: format, options: pageOptions).render(items[i].output.document)
                case .asset(let a): return try renderAsset(assets[a], items)
                case .thumbnail(let i): return [RenderedFile(pageIndex: 0, bytes: try thumbnail(of: items[i].output.document))]
                }
            }
        }
        // 2. The files in a fixed order, and the first error in that order: documents, chart assets,
        // thumbnails, combined PDFs.
        var byJob: [RenderJob: Result<Produced, Error>] = [:]
        for (j, job) in work.enumerated() { byJob[job] = rendered[j] }
        func result(_ job: RenderJob) throws -> [RenderedFile] { try produced(job).files }
        // Each job's files come with their digests (taken when rendered or checked when reused): the manifest
        // lists those rather than hashing 130 MB a second time.
        func produced(_ job: RenderJob) throws -> Produced { try byJob[job]!.get() }
        var pending: [Pending] = []
        var thumbnails: [String: String] = [:]
        for (i, item) in items.enumerated() {
            for format in formats {
                let done = try produced(.document(i, format)), files = done.files
                for (file, digest) in zip(files, done.sha256) {
                    let path = "\(item.folder)/" + DocumentExport.fileName(item.output.name, format, file, of: files.count)
                    pending.append(Pending(relativePath: path, bytes: file.bytes, entry: entry(path, file.bytes, item, format, sha256: digest)))
                }
            }
        }
        let assetFiles = try assets.indices.map { try produced(.asset($0)) }
        pending += chartAssets(items, assets, rendered: assetFiles.map(\.files), digests: assetFiles.map(\.sha256))
        for (i, item) in items.enumerated() {
            let path = thumbnailPath(item)
            thumbnails["\(item.folder)/\(item.output.name)"] = path
            pending.append(Pending(relativePath: path, bytes: try result(.thumbnail(i))[0].bytes, entry: nil))
        }
        for (c, (name, document, entryInfo)) in combined.enumerated() {
            let done = try produced(.combined(c)), bytes = done.files[0].bytes
            let path = "combined/\(name).pdf"
            var e = entry(path, bytes, nil, "pdf", sha256: done.sha256[0])
            e.title = document.metadata.title
            e.mission = entryInfo
            e.folder = "combined"
            pending.append(Pending(relativePath: path, bytes: bytes, entry: e))
        }
        // 3. The manifest and the gallery page that describe it, then everything as one change of the folder.
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
        let (newRecord, count) = makeRecord(work, try rendered.map { try $0.get() }, inputs)
        files.append(OutputFile(path: RenderRecord.fileName, bytes: try newRecord.encoded()))
        try OutputFolder(out).commit(files, previouslyOwned: Self.previouslyExported)
        return (entries, count)
    }

    /// One rendering of the export.
    enum RenderJob: Hashable {
        case document(Int, String), asset(Int), thumbnail(Int), combined(Int)
    }

    /// The PNG of a document's first page at `GalleryPage.thumbnailScale`, from the registry's "png" renderer.
    func thumbnail(of document: Document) throws -> [UInt8] {
        var first = document
        first.pages = Array(first.pages.prefix(1))
        return try registry.renderer(named: "png", options: RenderOptions(scale: GalleryPage.thumbnailScale)).render(first)[0].bytes
    }

    /// A combined document as one PDF, from the registry's "pdf" renderer.
    func combinedPDF(_ document: Document) throws -> [UInt8] {
        try registry.renderer(named: "pdf", options: options).render(document)[0].bytes
    }

    /// One chart asset in one format: the item, the asset's index in it, the format.
    struct AssetJob: Sendable { var item: Int; var asset: Int; var format: String }

    /// Every chart block of every output in every chart format, in page order.
    func assetJobs(_ items: [PublicationItem]) -> [AssetJob] {
        items.indices.flatMap { i in
            items[i].output.assets.indices.flatMap { k in chartFormats.map { AssetJob(item: i, asset: k, format: $0) } }
        }
    }

    /// Pages stay on white; only the chart assets take `transparent`.
    var pageOptions: RenderOptions {
        var o = options
        o.transparent = false
        return o
    }

    /// A chart asset at its size on the page (PNG at 2×), dated as its document.
    func renderAsset(_ job: AssetJob, _ items: [PublicationItem]) throws -> [RenderedFile] {
        try registry.renderer(named: job.format, options: job.format == "png" ? RenderOptions(scale: 2, transparent: options.transparent) : options)
            .render(assetDocument(job, items))
    }

    /// A chart block as a document of its own, dated as the document it is part of.
    func assetDocument(_ job: AssetJob, _ items: [PublicationItem]) -> Document {
        var doc = items[job.item].output.assets[job.asset].document
        doc.metadata.creationDate = items[job.item].output.document.metadata.creationDate
        return doc
    }

    /// `charts/<document>/<block-id>.<format>` for every chart block of every output, at its size on the page
    /// (PNG at 2×), with `<block-id>.csv` (the figures it shows) and `<block-id>.txt` (its alternative text).
    /// `<document>` is the output's name; were two folders to hold outputs of the same name, the folder prefixes it.
    func chartAssets(_ items: [PublicationItem], _ jobs: [AssetJob], rendered: [[RenderedFile]], digests: [[String]]? = nil) -> [Pending] {
        let names = Self.chartNames(items)
        var pending: [Pending] = []
        func add(_ i: Int, _ asset: ChartAsset, _ ext: String, _ bytes: [UInt8], sha256: String? = nil) {
            let item = items[i], doc = names[i]
            let path = "charts/\(doc)/\(asset.id).\(ext)"
            var e = entry(path, bytes, item, ext, sha256: sha256)
            e.folder = "charts"
            e.title = asset.title
            e.document = doc
            e.block = asset.id
            e.altText = asset.altText
            pending.append(Pending(relativePath: path, bytes: bytes, entry: e))
        }
        for (j, job) in jobs.enumerated() {
            let asset = items[job.item].output.assets[job.asset]
            for (k, file) in rendered[j].enumerated() { add(job.item, asset, job.format, file.bytes, sha256: digests?[j][k]) }
            if job.format == chartFormats.last {
                add(job.item, asset, "csv", Array(asset.csv.utf8))
                add(job.item, asset, "txt", Array(((asset.altText ?? "") + "\n").utf8))
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

    /// The manifest's entry for a file; `sha256` is its digest when already taken (else it is hashed here).
    func entry(_ path: String, _ bytes: [UInt8], _ item: PublicationItem?, _ format: String, sha256: String? = nil) -> ExportedFile {
        let digest = sha256 ?? Self.hex(SHA256Digest.hash(bytes))
        return ExportedFile(path: path, spec: item?.spec, mission: item?.output.missionID, priority: item?.output.priorityID,
                            language: item?.output.language, format: format, bytes: bytes.count, sha256: digest,
                            title: item?.output.document.metadata.title, folder: item?.folder ?? "", thumbnail: nil)
    }

    /// Lower-case hex, without `String(format:)` (one Foundation call a byte, for ~3,000 files).
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest { out += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }
}
