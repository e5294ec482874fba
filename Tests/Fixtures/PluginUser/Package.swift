// swift-tools-version:6.0
// A package that uses A4P Charts' two plugins (PluginFixtureTests builds it in a temporary copy):
// the build-tool plugin A4PRenderSpecs renders Sources/Report/fleet.a4p.yaml into a resource of Report,
// and the command plugin (product A4PPlugin) runs `swift package a4p …` here.
import PackageDescription

let package = Package(
    name: "PluginUser",
    dependencies: [
        // The checkout this fixture sits in; the test points it at an absolute path in its copy.
        .package(name: "A4PCharts", path: "../../.."),
    ],
    targets: [
        .executableTarget(name: "Report", path: "Sources/Report",
                          resources: [.copy("fleet.csv")],
                          plugins: [.plugin(name: "A4PRenderSpecs", package: "A4PCharts")]),
    ]
)
