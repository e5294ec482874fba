import A4PRender

extension RendererRegistry {
    /// The plugins that ship with A4P Charts. A new format: write one `Renderer` type and add it here
    /// (or register it on a registry of your own).
    public static var standard: RendererRegistry {
        RendererRegistry([PDFRenderer.self, PNGRenderer.self, SVGRenderer.self])
    }
}
