// swift-tools-version:6.0
// A4P Charts: indicator data → print-ready infographics (PDF, PNG, SVG) on Cairo + HarfBuzz.
import PackageDescription

/// A system library reached through pkg-config, with the Debian package that provides it.
func systemLibrary(_ name: String, folder: String, pkgConfig: String, apt: [String], brew: [String]) -> Target {
    .systemLibrary(name: name, path: "Sources/C/\(folder)", pkgConfig: pkgConfig,
                   providers: [.apt(apt), .brew(brew)])
}

/// A folder whose `libstdc++.so` is an lld linker script naming the static `libstdc++.a`, searched before
/// the compiler's own folders (release link of `a4p` only).
let staticCXXFolder = Context.packageDirectory + "/Sources/C/StaticCXX"

let package = Package(
    name: "A4PCharts",
    products: [
        .executable(name: "a4p", targets: ["a4p"]),
        // `swift package a4p export` (any a4p command), in this package or in one that depends on it.
        .plugin(name: "A4PPlugin", targets: ["A4PPlugin"]),
        // Renders a target's `*.a4p.yaml` specs at build time into PDFs bundled as its resources.
        .plugin(name: "A4PRenderSpecs", targets: ["A4PRenderSpecs"]),
        // The chart engine alone: scene, text, charts, renderers. Needs swift-log and the C libraries only, none of
        // the CLI's or the spec language's packages (no swift-argument-parser, Yams, CSV.swift; ProductSplitTests).
        .library(name: "A4PChartEngine", targets: [
            "A4PVocabulary", "A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "A4PCharts",
        ]),
        // The spec and publication layer on top: the dataset (CSV.swift), YAML specs (Yams), the export and its manifest.
        .library(name: "A4PPublication", targets: ["A4PIndicators", "A4PLayoutSpec", "A4PPublication", "A4PSpecimen"]),
        // Everything but the command line, as before the split.
        .library(name: "A4PCharts", targets: [
            "A4PVocabulary", "A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "A4PIndicators", "A4PCharts", "A4PLayoutSpec", "A4PPublication", "A4PSpecimen",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // C libraries (module maps + shims). Prefixed so they never clash with a dependency's.
        systemLibrary("A4PCCairo", folder: "Cairo", pkgConfig: "cairo-ft",
                      apt: ["libcairo2-dev"], brew: ["cairo"]),
        systemLibrary("A4PCHarfBuzz", folder: "HarfBuzz", pkgConfig: "harfbuzz",
                      apt: ["libharfbuzz-dev"], brew: ["harfbuzz"]),
        systemLibrary("A4PCFreeType", folder: "FreeType", pkgConfig: "freetype2",
                      apt: ["libfreetype-dev"], brew: ["freetype"]),
        systemLibrary("A4PCFriBidi", folder: "FriBidi", pkgConfig: "fribidi",
                      apt: ["libfribidi-dev"], brew: ["fribidi"]),
        systemLibrary("A4PCUnibreak", folder: "Unibreak", pkgConfig: "libunibreak",
                      apt: ["libunibreak-dev"], brew: ["libunibreak"]),
        // librsvg's types only: the library is opened at first use (Sources/Renderers/Rsvg.swift), not linked.
        .systemLibrary(name: "A4PCRsvg", path: "Sources/C/Rsvg", providers: [.apt(["librsvg2-2"]), .brew(["librsvg"])]),
        systemLibrary("A4PCDeflate", folder: "Deflate", pkgConfig: "libdeflate",
                      apt: ["libdeflate-dev"], brew: ["libdeflate"]),
        // libqpdf's types only (its header, libqpdf-dev): the library is opened at first use (Sources/Renderers/PrintLibraries.swift), not linked.
        .systemLibrary(name: "A4PCQPDF", path: "Sources/C/QPDF", providers: [.apt(["libqpdf-dev"]), .brew(["qpdf"])]),
        // SHA-256 of the manifest's files (swift-crypto's BoringSSL cost most of a cold build). Still linked: 465 of a
        // one-chart run's ~4,100 symbol bindings, but SHA256Digest.hash cannot fail, as a dlopen could (README, performance).
        systemLibrary("A4PCNettle", folder: "Nettle", pkgConfig: "nettle",
                      apt: ["nettle-dev"], brew: ["nettle"]),
        // lcms2's types only (its header, liblcms2-dev): opened at first use by the print variant (Sources/Renderers/PrintLibraries.swift), not linked.
        .systemLibrary(name: "A4PCLCMS2", path: "Sources/C/LCMS2", providers: [.apt(["liblcms2-dev"]), .brew(["little-cms2"])]),

        // cairo's PDF streams through libdeflate: zlib's deflateInit_/deflate/deflateEnd defined in the executable,
        // where ld.so binds libcairo's calls first; streams outside a PDF render go on to zlib (Sources/Renderers/PDFDeflate.swift).
        .target(name: "A4PCPDFDeflate", path: "Sources/C/PDFDeflate",
                linkerSettings: [.linkedLibrary("deflate"), .linkedLibrary("z")]),

        // The argument vector for the Swift standard library's CommandLine, captured in an ELF constructor: with these two
        // functions defined, the static libswiftCore's CommandLine object (which reads /proc/self/maps at every start) is not linked.
        .target(name: "A4PCArgv", path: "Sources/C/Argv"),

        // Words of the reports that both the data model and the charts speak (a figure's qualifier). No dependencies.
        .target(name: "A4PVocabulary", path: "Sources/Vocabulary"),
        // Where the shipped Fonts/, Data/ and Translations/ are: the working directory, the install prefix, the build's tree. No dependencies.
        .target(name: "A4PPaths", path: "Sources/Paths"),
        // The display list: value types only, shared by everything that draws.
        .target(name: "A4PScene", path: "Sources/Scene"),
        // Fonts from Fonts/, shaping, bidi, fallback, line breaking, measuring. No C pointer leaves it.
        .target(name: "A4PText",
                dependencies: ["A4PScene", "A4PPaths", "A4PCHarfBuzz", "A4PCFriBidi", "A4PCUnibreak",
                               .product(name: "Logging", package: "swift-log")],
                path: "Sources/TextEngine",
                // The toolchain's ICU (`import _FoundationICU`) for Chinese word breaks (ChineseWords.swift): no
                // Debian package; Foundation already brings it, but a target that calls it must name it to the linker.
                linkerSettings: [.linkedLibrary("_FoundationICU")]),
        // The Renderer protocol, the registry of renderer plugins, atomic file output.
        .target(name: "A4PRender", dependencies: ["A4PScene"], path: "Sources/Render"),
        // PDF, PNG and SVG renderer plugins: PDF and PNG draw the scene through one Cairo painter, SVG is written from it.
        .target(name: "A4PCairoRenderers",
                dependencies: ["A4PScene", "A4PRender", "A4PCCairo", "A4PCFreeType", "A4PCRsvg", "A4PCDeflate", "A4PCPDFDeflate",
                               "A4PCQPDF", "A4PCLCMS2"],
                path: "Sources/Renderers"),
        // The indicator model and the A4P+ dataset loader / validator / queries.
        .target(name: "A4PIndicators",
                dependencies: ["A4PVocabulary", "A4PPaths", .product(name: "CSV", package: "CSV.swift")],
                path: "Sources/IndicatorModel"),
        // Chart kinds: bound data + box + theme → scene nodes. Core/ holds what all kinds share.
        .target(name: "A4PCharts", dependencies: ["A4PVocabulary", "A4PScene", "A4PText"], path: "Sources/Charts"),
        // The spec language: YAML pages of blocks bound to indicators, validated with positions.
        .target(name: "A4PLayoutSpec",
                dependencies: ["A4PScene", "A4PText", "A4PCharts", "A4PIndicators", "A4PPaths", .product(name: "Yams", package: "Yams")],
                path: "Sources/LayoutSpec"),
        // The publication set: which specs make it, export into Output/ with manifest, index and combined PDFs.
        .target(name: "A4PPublication",
                dependencies: ["A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "A4PIndicators", "A4PLayoutSpec",
                               "A4PCNettle", .product(name: "Yams", package: "Yams")],
                path: "Sources/Publication"),
        // The type specimen page.
        .target(name: "A4PSpecimen", dependencies: ["A4PScene", "A4PText", "A4PCharts"], path: "Sources/Specimen"),
        .executableTarget(name: "a4p",
                          dependencies: ["A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers",
                                         "A4PIndicators", "A4PCharts", "A4PLayoutSpec", "A4PPublication", "A4PSpecimen", "A4PCArgv",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser"),
                                         .product(name: "Logging", package: "swift-log")],
                          path: "Sources/a4p",
                          // Release builds link the Swift runtime and Foundation statically: resolving their
                          // symbols at every start took a third of a one-chart run (perf: ld.so's lookups).
                          // Linked by the toolchain's lld with packed relative relocations (DT_RELR, glibc ≥ 2.36):
                          // the 90,000 relative relocations of that static code were a 2 MB table ld.so read at
                          // every start; packed, 16 kB (gold, the default, cannot pack them).
                          // libstdc++ (the static Foundation's ICU is C++) from its archive: `-L staticCXXFolder` comes before the
                          // compiler's folders, so every -lstdc++ finds the linker script there; the shared one cost ld.so 1,720
                          // symbol look-ups at every start (README, Benchmarks, sixth round).
                          linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld", "-L", staticCXXFolder, "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--start-group", "-Xlinker", "-lFoundation", "-Xlinker", "-lFoundationInternationalization", "-Xlinker", "-lFoundationEssentials", "-Xlinker", "-lCoreFoundation", "-Xlinker", "-l_FoundationICU", "-Xlinker", "-l_FoundationCShims", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-lswiftSynchronization", "-Xlinker", "-lstdc++", "-Xlinker", "--end-group"], .when(platforms: [.linux], configuration: .release))]),

        // Helpers the test targets share: running tools, temp folders, reference images.
        .target(name: "TestSupport", dependencies: ["A4PCCairo"], path: "Tests/Support"),
        .testTarget(name: "FoundationTests",
                    dependencies: ["A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "A4PSpecimen", "TestSupport",
                                   "A4PCDeflate", "A4PCPDFDeflate"],
                    path: "Tests/FoundationTests", exclude: ["References"]),
        .testTarget(name: "ChartTests",
                    dependencies: ["A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "A4PCharts", "TestSupport"],
                    path: "Tests/ChartTests", exclude: ["References"]),
        .testTarget(name: "LayoutSpecTests",
                    dependencies: ["A4PLayoutSpec", "A4PIndicators", "A4PScene", "A4PText", "A4PRender", "A4PCairoRenderers", "TestSupport"],
                    path: "Tests/LayoutSpecTests"),
        .testTarget(name: "PublicationTests",
                    dependencies: ["A4PIndicators", "A4PCharts", "A4PLayoutSpec", "A4PPublication", "A4PRender", "A4PScene", "TestSupport"],
                    path: "Tests/PublicationTests"),
        .testTarget(name: "IndicatorModelTests", dependencies: ["A4PIndicators"],
                    path: "Tests/IndicatorModelTests"),
        // The command plugin: any a4p command through SwiftPM (Plugins/A4P).
        .plugin(name: "A4PPlugin",
                capability: .command(intent: .custom(verb: "a4p", description: "Run an a4p command (export, render, validate, …)"),
                                     permissions: [.writeToPackageDirectory(reason: "a4p export and render write into Output/ or --out")]),
                dependencies: ["a4p"], path: "Plugins/A4P"),
        // The build-tool plugin: `NAME.a4p.yaml` in a target → `NAME.a4p.pdf` among its resources (Plugins/A4PRenderSpecs).
        .plugin(name: "A4PRenderSpecs", capability: .buildTool(), dependencies: ["a4p"], path: "Plugins/A4PRenderSpecs"),
    ]
)
