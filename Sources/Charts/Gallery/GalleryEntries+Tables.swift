extension GalleryEntry {
    /// Tables, matrices, ratings, funnel, waffle, sparkline, scale strip, text box.
    static var tables: [GalleryEntry] { [] }
}
