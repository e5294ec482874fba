import Foundation

/// The scene document as JSON, for renderer plugins that run as separate programs
/// (docs/renderer-plugins.md describes the schema). The keys are sorted so the same document
/// always gives the same bytes; `version` lets a plugin refuse a schema it does not know.
public enum SceneJSON {
    /// The schema version written at the top level; raised when a field changes meaning or goes away.
    public static let version = 1

    public static func encode(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return try encoder.encode(Versioned(document: document))
    }

    public static func decode(_ data: Data) throws -> Document {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(Versioned.self, from: data).document
    }

    /// The document's own fields with `version` beside them, not nested under a key.
    private struct Versioned: Codable {
        var document: Document
        enum Key: CodingKey { case version }
        init(document: Document) { self.document = document }
        init(from decoder: any Decoder) throws {
            let found = try decoder.container(keyedBy: Key.self).decode(Int.self, forKey: .version)
            guard found == SceneJSON.version else {
                throw DecodingError.dataCorrupted(.init(codingPath: [Key.version],
                    debugDescription: "scene JSON version \(found); this build reads version \(SceneJSON.version)"))
            }
            document = try Document(from: decoder)
        }
        func encode(to encoder: any Encoder) throws {
            try document.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(SceneJSON.version, forKey: .version)
        }
    }
}
