@testable import A4PLayoutSpec
import A4PCharts
import Foundation
import Testing

/// The chart kind is the unit: one file per kind, one registry line, one name everywhere.
@Suite("Block kinds: one registry, one name per kind")
struct BlockKindRegistryTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under Sources/, by path relative to it.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        return try walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map {
            (String($0.path.dropFirst(sources.path.count + 1)), try String(contentsOf: $0, encoding: .utf8))
        }
    }

    @Test("tags are unique, and the schema, its list of kinds and `a4p charts` read them from the registry")
    func registry() throws {
        let tags = BlockKinds.all.map { $0.tag }
        #expect(Set(tags).count == tags.count)
        #expect(SpecLanguage.blockKinds.map(\.tag) == tags)
        #expect(KindCatalogue.kinds.map(\.tag) == tags)
        let variants = try #require(SpecLanguage.schema.tagged.first { $0.name == "block" }).variants.map(\.0)
        #expect(variants == tags)
        for kind in BlockKinds.all {
            #expect(BlockKinds.named(kind.tag).map { ObjectIdentifier($0) } == ObjectIdentifier(kind))
            #expect(SpecLanguage.schema.objects.contains { $0.name == "\(kind.tag) block" }, "\(kind.tag) has no schema object")
        }
        #expect(BlockKinds.named("no-such-kind") == nil)
    }

    @Test("each kind is one file in Kinds/ named after it, and no code outside the registry matches kind names")
    func oneFilePerKind() throws {
        let files = try Self.swiftFiles()
        for kind in BlockKinds.all {
            let declaring = files.filter { $0.text.contains("enum \(kind)") }.map(\.path)
            #expect(declaring == ["LayoutSpec/Kinds/\(kind).swift"], "\(kind) is declared in \(declaring)")
            let own = try #require(files.first { $0.path == "LayoutSpec/Kinds/\(kind).swift" })
            #expect(own.text.contains("static let tag = \"\(kind.tag)\""))
        }
        // Kind names are never compared outside the kinds: no `kind == "…"` and no switch over a block's kind.
        for file in files where !file.path.hasPrefix("LayoutSpec/Kinds/") {
            #expect(!file.text.contains("kind == \""), "\(file.path) compares a kind name")
            #expect(!file.text.contains("switch block.kind"), "\(file.path) switches over kind names")
            #expect(!file.text.contains("switch b.kind"), "\(file.path) switches over kind names")
        }
        // The layout layer never recovers a concrete chart type from `any Chart`.
        let chartTypes = BlockKinds.all.flatMap { kind in kind.chartTypes.map { String(describing: $0) } }
        for file in files where file.path.hasPrefix("LayoutSpec/") || file.path.hasPrefix("Publication/") {
            for type in chartTypes {
                #expect(!file.text.contains("as? \(type)") && !file.text.contains(" is \(type) "), "\(file.path) downcasts to \(type)")
            }
        }
        // Tags that are not also common words appear as a string in their own file only.
        let distinctive = BlockKinds.all.filter { $0.tag.contains("-") || ["kpi", "donut", "funnel", "waffle", "sparkline", "divider", "spacer"].contains($0.tag) }
        for kind in distinctive {
            let quoting = files.filter { $0.text.contains("\"\(kind.tag)\"") }.map(\.path)
            #expect(quoting == ["LayoutSpec/Kinds/\(kind).swift"], "\"\(kind.tag)\" is written in \(quoting)")
        }
    }

    @Test("every kind that draws charts has gallery samples under its spec name, and every sample type is drawn by a kind")
    func gallery() {
        let gallery = KindCatalogue.gallery()
        #expect(KindCatalogue.unclaimed().isEmpty, "gallery types no kind draws: \(KindCatalogue.unclaimed())")
        for kind in BlockKinds.all where !kind.chartTypes.isEmpty {
            let entry = gallery.first { $0.kind == kind.tag }
            #expect((entry?.samples.count ?? 0) >= 2, "\(kind.tag) has \(entry?.samples.count ?? 0) gallery samples")
        }
        #expect(gallery.map(\.kind).allSatisfy { BlockKinds.named($0) != nil })
    }
}
