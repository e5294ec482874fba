/// The renderer plugins known by name, in the order they were registered: built-in `Renderer` types,
/// then external programs (`ExternalRenderer`).
public struct RendererRegistry: Sendable {
    private var types: [any Renderer.Type] = []
    private var externals: [ExternalRenderer] = []

    public init(_ types: [any Renderer.Type] = []) {
        for t in types { register(t) }
    }

    /// Adds a plugin; a later one with the same name replaces the earlier (an external one too).
    public mutating func register(_ type: any Renderer.Type) {
        types.removeAll { $0.name == type.name }
        externals.removeAll { $0.name == type.name }
        types.append(type)
    }

    /// Adds a program as the renderer of its format, unless a built-in type already renders that
    /// format: a program on PATH never changes what `pdf` means. Returns whether it was added.
    @discardableResult
    public mutating func register(external renderer: ExternalRenderer) -> Bool {
        if types.contains(where: { $0.name == renderer.name }) { return false }
        externals.removeAll { $0.name == renderer.name }
        externals.append(renderer)
        return true
    }

    public var names: [String] { types.map { $0.name } + externals.map(\.name) }
    /// The built-in plugin types (not the external programs).
    public var plugins: [any Renderer.Type] { types }
    /// The external programs, as found.
    public var externalRenderers: [ExternalRenderer] { externals }

    public func type(named name: String) -> (any Renderer.Type)? {
        types.first { $0.name == name.lowercased() }
    }

    public func renderer(named name: String, options: RenderOptions = RenderOptions()) throws -> any DocumentRenderer {
        if let t = type(named: name) { return t.init(options: options) }
        if var external = externals.first(where: { $0.name == name.lowercased() }) {
            external.options = options
            return external
        }
        throw RenderError("unknown format '\(name)'; known formats: \(names.joined(separator: ", "))")
    }
}
