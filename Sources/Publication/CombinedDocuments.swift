import A4PScene

/// The combined PDFs: one per mission (fact sheet and slides) and one of the whole set, with outlines.
extension PublicationWriter {
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
