import A4PCairoRenderers
import A4PCharts
import A4PRender
import A4PScene
import A4PSpecimen
import A4PText
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `a4p bench` does once `BenchCommand` has read its options.
struct BenchRun {
    let arguments: BenchArguments

    init(_ arguments: BenchArguments) {
        self.arguments = arguments
    }

    func run() throws {
        A4P.logging
        let clock = ContinuousClock()
        let start = clock.now
        var phases = BenchPhases()

        // Load: fonts (the engine is made once per process), then the workload.
        var mark = clock.now
        let engine = try TextEngine.bundled()
        let url = arguments.workload.map { URL(fileURLWithPath: $0) } ?? Self.defaultWorkload()
        guard let data = FileManager.default.contents(atPath: url.path) else {
            printError("\(url.path): cannot read the workload")
            throw ExitCode(ExitStatus.noInput)
        }
        let file: BenchWorkload
        do {
            // One chart asked for: only its bytes are decoded (WorkloadSlice); the whole file when they
            // cannot be cut out or do not decode (so an error names the real place). Only the whole file
            // needs the id in `userInfo` (to skip the other charts): setting it costs a conformance scan.
            let sliced = arguments.only.flatMap { WorkloadSlice.only($0, in: data) }
            file = try sliced.flatMap { try? JSONDecoder().decode(BenchWorkload.self, from: $0) } ?? {
                let decoder = JSONDecoder()
                if let only = arguments.only { decoder.userInfo[BenchWorkload.onlyKey] = only }
                return try decoder.decode(BenchWorkload.self, from: data)
            }()
        } catch {
            printError("\(url.path): not a benchmark workload: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        var charts = file.charts
        if let only = arguments.only {
            charts = charts.filter { $0.id == only }
            guard !charts.isEmpty else {
                printError("no chart with id \(only) in \(url.path)")
                throw ExitCode(ExitStatus.dataError)
            }
        }
        let ext = arguments.format.lowercased()
        let renderer = try RendererRegistry.standard.renderer(named: ext, options: RenderOptions(scale: Double(file.meta.pngScale)))
        let directory = arguments.out.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("a4p-bench-\(ext)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        phases.load += mark.duration(to: clock.now)

        var bytes = 0, files = 0, problemCharts = 0, problemCount = 0
        var pending: [OutputFile] = []
        let page = BenchPage(meta: file.meta, engine: engine)
        for chart in charts {
            mark = clock.now
            let (document, problems) = page.document(for: chart)
            let laidOut = clock.now
            phases.layout += mark.duration(to: laidOut)
            let rendered = try renderer.render(document)
            let drawn = clock.now
            phases.render += laidOut.duration(to: drawn)
            for r in rendered {
                pending.append(OutputFile(path: DocumentExport.fileName(chart.id, ext, r, of: rendered.count), bytes: r.bytes))
                bytes += r.bytes.count
                files += 1
            }
            if !problems.isEmpty {
                problemCharts += 1
                problemCount += problems.count
                for p in problems { printError("\(chart.id): \(p)") }
            }
        }
        // Written as `a4p render` writes: one all-or-nothing commit of the folder, one flush for every
        // file (an atomic write and two fsyncs per file took 0.7–1.2 s of a 120-PNG run's wall time).
        mark = clock.now
        try OutputFolder(directory).commit(pending)
        phases.write += mark.duration(to: clock.now)
        let wall = start.duration(to: clock.now).seconds
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMiB = Double(usage.ru_maxrss) / 1024  // Linux: KiB

        // Fixed-point figures and one write: String(format:) (its CVarArg casts) and `print` (its casts of
        // each `Any` item) cost ~2 M instructions, 4 % of a one-chart run, in first-use conformance lookups.
        func f(_ v: Double, _ digits: Int) -> String { Self.fixed(v, digits: digits) }
        let report = [
            "charts        \(charts.count)",
            "format        \(ext)",
            "wall s        \(f(wall, 3))",
            "ms/chart      \(f(wall * 1000 / Double(charts.count), 2))",
            "output bytes  \(bytes)",
            "files         \(files)",
            "peak RSS MiB  \(f(peakMiB, 1))",
            "phases s      load \(f(phases.load.seconds, 3))  layout \(f(phases.layout.seconds, 3))  "
                + "render \(f(phases.render.seconds, 3))  write \(f(phases.write.seconds, 3))",
            "problems      \(problemCount) in \(problemCharts) charts",
            "out           \(directory.path)",
        ]
        var text = report.joined(separator: "\n") + "\n"
        text.withUTF8 { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// `v` (≥ 0, a time or a size) with `digits` decimals, rounded half up: "0.046".
    static func fixed(_ v: Double, digits: Int) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        guard v.isFinite, v >= 0, v * Double(scale) < 9e15 else { return "\(v)" }
        let n = Int((v * Double(scale)).rounded())
        guard digits > 0 else { return "\(n)" }
        let fraction = String(n % scale)
        return "\(n / scale)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `../shared/bench/workload.json` beside the project root (the folder holding `Fonts/`).
    static func defaultWorkload() -> URL {
        ProjectPaths.fontsDirectory().deletingLastPathComponent()
            .appendingPathComponent("../shared/bench/workload.json").standardizedFileURL
    }
}

private struct BenchPhases {
    var load = Duration.zero, layout = Duration.zero, render = Duration.zero, write = Duration.zero
}

private extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
