import A4PRender
import A4PScene
import Foundation

/// The incremental part of `PublicationWriter.write`: each rendering job is named, its inputs digested, and
/// its files taken from the previous export when the record (`RenderRecord`) shows nothing it reads changed.
extension PublicationWriter {
    /// What one job gave: its files (rendered or reused), their digests, and the digest of its inputs.
    struct Produced: Sendable {
        var files: [RenderedFile]
        var sha256: [String]
        var input: String
        var reused: Bool
    }

    /// Everything the jobs are made from, shared by the workers.
    struct JobInputs: Sendable {
        var items: [PublicationItem]
        var combined: [(String, Document, String?)]
        var assets: [AssetJob]
        var chartNames: [String]
    }

    /// The job's name in the record: the path of its (first) file, with the format for a document.
    func key(_ job: RenderJob, _ inputs: JobInputs) -> String {
        switch job {
        case .document(let i, let format): "\(inputs.items[i].folder)/\(inputs.items[i].output.name).\(format)"
        case .thumbnail(let i): thumbnailPath(inputs.items[i])
        case .asset(let a): assetPath(inputs.assets[a], inputs)
        case .combined(let c): "combined/\(inputs.combined[c].0).pdf"
        }
    }

    /// Paths of the files a job gave, as `write` names them.
    func paths(_ job: RenderJob, _ files: [RenderedFile], _ inputs: JobInputs) -> [String] {
        switch job {
        case .document(let i, let format):
            let item = inputs.items[i]
            return files.map { "\(item.folder)/" + DocumentExport.fileName(item.output.name, format, $0, of: files.count) }
        default:
            return files.map { _ in key(job, inputs) }
        }
    }

    func thumbnailPath(_ item: PublicationItem) -> String { "thumbnails/\(item.folder)-\(item.output.name).png" }

    func assetPath(_ job: AssetJob, _ inputs: JobInputs) -> String {
        "charts/\(inputs.chartNames[job.item])/\(inputs.items[job.item].output.assets[job.asset].id).\(job.format)"
    }

    /// The document a job renders, its name among the export's documents, and what kind of rendering it is.
    func source(_ job: RenderJob, _ inputs: JobInputs) -> (kind: String, format: String, document: Document, scene: String) {
        switch job {
        case .document(let i, let format): ("document", format, inputs.items[i].output.document, "item \(i)")
        case .thumbnail(let i): ("thumbnail", "png", inputs.items[i].output.document, "item \(i)")
        case .asset(let a):
            ("asset", inputs.assets[a].format, assetDocument(inputs.assets[a], inputs.items), "asset \(inputs.assets[a].item) \(inputs.assets[a].asset)")
        case .combined(let c): ("combined", "pdf", inputs.combined[c].1, "combined \(c)")
        }
    }

    /// Runs `render` unless the record holds the job's files for the same inputs (and `force` is off).
    func produce(_ job: RenderJob, _ inputs: JobInputs, record: RenderRecord, digests: InputDigests, folder: URL,
                 render: () throws -> [RenderedFile]) throws -> Produced {
        let (kind, format, document, scene) = source(job, inputs)
        let input = digests.digest(kind: kind, format: format, options: options, document: document, scene: scene)
        let name = key(job, inputs)
        if !force, let files = record.reuse(name, input: input, from: folder, sha256: digests.sha256), let job = record.jobs[name] {
            // `reuse` checked every file against the recorded digest.
            return Produced(files: files, sha256: job.files.map(\.sha256), input: input, reused: true)
        }
        let files = try render()
        return Produced(files: files, sha256: files.map { digests.sha256($0.bytes) }, input: input, reused: false)
    }

    /// The record of this export, and how many documents and combined PDFs it rendered.
    func makeRecord(_ work: [RenderJob], _ produced: [Produced], _ inputs: JobInputs) -> (RenderRecord, RenderCount) {
        var record = RenderRecord()
        var count = RenderCount()
        var renderedItems = Set<Int>()
        for (job, p) in zip(work, produced) {
            let files = zip(paths(job, p.files, inputs), zip(p.files, p.sha256)).map {
                RenderRecord.File(path: $0.0, page: $0.1.0.pageIndex, sha256: $0.1.1)
            }
            record.jobs[key(job, inputs)] = RenderRecord.Job(input: p.input, files: files)
            switch job {
            case .document(let i, _): if !p.reused { renderedItems.insert(i) }
            case .combined: count.combined += 1; count.renderedCombined += p.reused ? 0 : 1
            default: break
            }
        }
        count.documents = inputs.items.count
        count.renderedDocuments = renderedItems.map { "\(inputs.items[$0].folder)/\(inputs.items[$0].output.name)" }.sorted()
        return (record, count)
    }

    /// `<document>` of `charts/<document>/…` for each item: the output's name, prefixed by its folder when
    /// two folders hold outputs of the same name.
    static func chartNames(_ items: [PublicationItem]) -> [String] {
        var nameCount: [String: Int] = [:]
        for item in items { nameCount[item.output.name, default: 0] += 1 }
        return items.map { nameCount[$0.output.name]! > 1 ? "\($0.folder)-\($0.output.name)" : $0.output.name }
    }

    /// The export's file digest, as the manifest lists it.
    func sha256Hex(_ bytes: [UInt8]) -> String { entry("", bytes, nil, "").sha256 }
}
