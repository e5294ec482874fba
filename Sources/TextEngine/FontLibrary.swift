import A4PPaths
import Foundation

/// The fonts of one folder (by default the project's `Fonts/`) and the per-character fallback order.
/// Files are named `Family-Weight.ext` (NotoSans-Bold.ttf); a family without the asked weight lends
/// its Regular face.
public final class FontLibrary: Sendable {
    public let directory: URL
    public let fonts: [Font]
    /// Families in fallback order: the first face that has a glyph for a character draws it.
    public let fallbackOrder: [String]

    /// The order the bundled Noto faces are tried in: Latin/Cyrillic first, then Arabic, symbols,
    /// and the CJK face last (its Latin glyphs are full-width-styled and would win otherwise).
    public static let defaultFallbackOrder = ["NotoSans", "NotoSansArabic", "NotoSansMath", "NotoSansSymbols2",
                                              "NotoSansSC"]

    public init(directory: URL, fallbackOrder: [String] = FontLibrary.defaultFallbackOrder) throws {
        self.directory = directory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var fonts: [Font] = []
        for name in names.sorted() where name.hasSuffix(".ttf") || name.hasSuffix(".otf") {
            let stem = (name as NSString).deletingPathExtension
            let parts = stem.split(separator: "-", maxSplits: 1).map(String.init)
            let weight: FontWeight = parts.count > 1 && parts[1].lowercased() == "bold" ? .bold : .regular
            fonts.append(try Font(path: directory.appendingPathComponent(name).path, family: parts[0], weight: weight))
        }
        guard !fonts.isEmpty else { throw FontError.noFonts(directory.path) }
        self.fonts = fonts
        let known = Set(fonts.map(\.family))
        let others = known.subtracting(fallbackOrder).sorted()
        let order = fallbackOrder.filter(known.contains) + others
        self.fallbackOrder = order
        chains = Dictionary(uniqueKeysWithValues: FontWeight.allCases.map { weight in
            (weight, order.compactMap { family in
                fonts.first { $0.family == family && $0.weight == weight }
                    ?? fonts.first { $0.family == family && $0.weight == .regular }
                    ?? fonts.first { $0.family == family }
            })
        })
    }

    private let chains: [FontWeight: [Font]]

    /// Faces to try, in order, for text of this weight.
    public func fallbackChain(for weight: FontWeight) -> [Font] { chains[weight] ?? [] }

    /// The bundled fonts, loaded once per process (fonts live as long as the process: Cairo and
    /// HarfBuzz caches may hold on to them).
    public static func bundled() throws -> FontLibrary {
        try bundledResult.get()
    }

    private static let bundledResult: Result<FontLibrary, Error> = Result {
        try FontLibrary(directory: ProjectPaths.fontsDirectory())
    }
}

/// Finds the project's folders at run time: an environment override, then `ShippedFiles` (upwards
/// from the working directory, the install prefix, the build's source tree).
public enum ProjectPaths {
    public static func fontsDirectory() -> URL {
        // getenv, not ProcessInfo's environment: that builds a dictionary of every variable (0.8 M
        // instructions, 1.5 % of a one-chart run) for the one asked.
        if let env = getenv("A4P_FONTS").map({ String(cString: $0) }), !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return projectFolder(named: "Fonts", containing: "NotoSans-Regular.ttf")
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Fonts")
    }

    /// The first folder called `name` holding `marker` (see `ShippedFiles`).
    public static func projectFolder(named name: String, containing marker: String) -> URL? {
        ShippedFiles.folder(name, containing: marker)
    }
}
