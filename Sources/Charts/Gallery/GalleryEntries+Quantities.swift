extension GalleryEntry {
    /// KPI tiles, bars, lines, donuts.
    static var quantities: [GalleryEntry] { [] }
}
