import Foundation
import Testing
import TestSupport

/// A package can depend on the chart engine without the command line's or the spec language's packages:
/// the transitive target closure of the `A4PChartEngine` product, read from `swift package dump-package`,
/// reaches no product of swift-argument-parser, Yams or CSV.swift.
@Suite("Library products: the chart engine without the CLI's dependencies")
struct ProductSplitTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The manifest as SwiftPM evaluates it. Its own scratch path, so it never waits on the `.build`
    /// lock the running `swift test` holds.
    static func manifest() throws -> [String: Any] {
        let scratch = try TempDir.make("a4p-dump")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try ExternalTool.run("swift", ["package", "--package-path", root.path, "--scratch-path", scratch.path, "dump-package"])
        guard run.status == 0, let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "dump-package: \(run.stderr)"])
        }
        return json
    }

    /// A product's targets and everything they depend on: (local targets, "package/product" dependencies).
    static func closure(of product: String, in manifest: [String: Any]) throws -> (targets: Set<String>, products: Set<String>) {
        let targets = (manifest["targets"] as? [[String: Any]] ?? []).reduce(into: [String: [[String: Any]]]()) {
            $0[$1["name"] as? String ?? ""] = $1["dependencies"] as? [[String: Any]] ?? []
        }
        let products = manifest["products"] as? [[String: Any]] ?? []
        let roots = try #require(products.first { $0["name"] as? String == product }?["targets"] as? [String])
        var seen = Set<String>(), external = Set<String>(), stack = roots
        while let name = stack.popLast() {
            guard seen.insert(name).inserted else { continue }
            for dependency in targets[name] ?? [] {
                if let byName = (dependency["byName"] ?? dependency["target"]) as? [Any], let dep = byName.first as? String {
                    // byName names a local target, or else a product of a dependency package.
                    if targets[dep] != nil { stack.append(dep) } else { external.insert(dep) }
                } else if let p = dependency["product"] as? [Any], let name = p.first as? String {
                    external.insert("\(p.count > 1 ? (p[1] as? String ?? "") : "")/\(name)")
                }
            }
        }
        return (seen, external)
    }

    static let cliPackages = ["swift-argument-parser", "Yams", "CSV.swift"]
    static let cliProducts = ["ArgumentParser", "Yams", "CSV"]

    static func mentionsCLIDependency(_ external: Set<String>) -> Bool {
        external.contains { dep in
            cliPackages.contains { dep.hasPrefix($0 + "/") } || cliProducts.contains { dep == $0 || dep.hasSuffix("/" + $0) }
        }
    }

    @Test("A4PChartEngine: Scene, Text, Render, CairoRenderers, Charts; no swift-argument-parser, Yams or CSV.swift")
    func engineClosure() throws {
        let manifest = try Self.manifest()
        let engine = try Self.closure(of: "A4PChartEngine", in: manifest)
        #expect(engine.targets.isSuperset(of: ["A4PVocabulary", "A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "A4PCharts"]))
        #expect(!Self.mentionsCLIDependency(engine.products), "engine reaches \(engine.products.sorted())")
        #expect(engine.targets.isDisjoint(with: ["A4PIndicators", "A4PLayoutSpec", "A4PPublication", "a4p"]))
        // The check sees through the graph: the publication layer and the tool do reach Yams, CSV.swift and the parser.
        let publication = try Self.closure(of: "A4PPublication", in: manifest)
        #expect(publication.products.contains("Yams/Yams") && publication.products.contains("CSV.swift/CSV"),
                "publication reaches \(publication.products.sorted())")
        let tool = try Self.closure(of: "a4p", in: manifest)
        #expect(Self.mentionsCLIDependency(tool.products))
    }
}
