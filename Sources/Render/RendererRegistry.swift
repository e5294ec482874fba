/// The renderer plugins known by name, in the order they were registered.
public struct RendererRegistry: Sendable {
    private var types: [any Renderer.Type] = []

    public init(_ types: [any Renderer.Type] = []) {
        for t in types { register(t) }
    }

    /// Adds a plugin; a later one with the same name replaces the earlier.
    public mutating func register(_ type: any Renderer.Type) {
        types.removeAll { $0.name == type.name }
        types.append(type)
    }

    public var names: [String] { types.map { $0.name } }
    public var plugins: [any Renderer.Type] { types }

    public func type(named name: String) -> (any Renderer.Type)? {
        types.first { $0.name == name.lowercased() }
    }

    public func renderer(named name: String, options: RenderOptions = RenderOptions()) throws -> any Renderer {
        guard let t = type(named: name) else {
            throw RenderError("unknown format '\(name)'; known formats: \(names.joined(separator: ", "))")
        }
        return t.init(options: options)
    }
}
