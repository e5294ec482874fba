import A4PIndicators
import A4PScene
import Foundation

/// A spec read from a file: the spec when it is valid, and every diagnostic found.
public struct SpecLoad: Sendable {
    public var spec: Spec?
    public var log: DiagnosticLog
}

public enum SpecLoaderError: Error, CustomStringConvertible {
    case missingFile(String)
    case unreadable(InputFileError)
    public var description: String {
        switch self {
        case .missingFile(let p): "\(p): no such spec file; check the path"
        case .unreadable(let e): e.description
        }
    }
}

public enum SpecLoader {
    /// Reads and validates the spec at `path`; throws only when the file cannot be read.
    public static func load(path: String) throws -> SpecLoad {
        let data: Data
        do {
            data = try InputFile.read(path, limit: InputLimits.yamlBytes, what: "spec")
        } catch {
            switch error.reason {
            case .missing: throw SpecLoaderError.missingFile(path)
            case .tooLarge:
                // An oversized spec is invalid input (65), not a missing one.
                var log = DiagnosticLog()
                log.error(SourcePosition(file: path, line: 1, column: 1), rule: "too-large",
                          "the spec is larger than the limit of \(InputLimits.yamlBytes >> 20) MB; split it")
                return SpecLoad(spec: nil, log: log)
            default: throw SpecLoaderError.unreadable(error)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var log = DiagnosticLog()
            log.error(SourcePosition(file: path, line: 1, column: 1), rule: "encoding", "the spec is not UTF-8 text; save it as UTF-8")
            return SpecLoad(spec: nil, log: log)
        }
        return parse(text, file: path)
    }

    /// Parses and validates spec text against the schema.
    public static func parse(_ text: String, file: String) -> SpecLoad {
        var log = DiagnosticLog()
        switch SpecNode.parse(text, file: file) {
        case .failure(let d):
            log.add(d)
            return SpecLoad(spec: nil, log: log)
        case .success(let root):
            SchemaValidator(schema: SpecLanguage.schema, source: text).validate(root, into: &log)
            if log.hasErrors { return SpecLoad(spec: nil, log: log) }
            SpecPathCheck.check(root, file: file, log: &log)
            if log.hasErrors { return SpecLoad(spec: nil, log: log) }
            let spec = SpecDecoder.decode(root, file: file)
            SpecChecks.page(spec, root: root, log: &log)
            return SpecLoad(spec: log.hasErrors ? nil : spec, log: log)
        }
    }

    /// Checks what the schema cannot: ids against the dataset, colours, image paths.
    public static func checkReferences(_ spec: Spec, dataset: Dataset, log: inout DiagnosticLog) {
        let missionIDs = dataset.missions.map(\.id)
        let periodIDs = dataset.periods.map(\.id)
        let indicatorIDs = dataset.indicators.map(\.id)
        func checkIndicator(_ id: String, _ at: SourcePosition) {
            if dataset.indicator(id) == nil {
                log.error(at, rule: "unknown-indicator", "unknown indicator '\(id)'", suggestion: Suggestion.closest(to: id, in: indicatorIDs))
            }
        }
        func checkMission(_ id: String, _ at: SourcePosition, allowed: Set<String>) {
            if allowed.contains(id) { return }
            if dataset.mission(id) == nil {
                log.error(at, rule: "unknown-mission", "unknown mission '\(id)'", suggestion: Suggestion.closest(to: id, in: missionIDs))
            }
        }
        func checkPeriod(_ id: String, _ at: SourcePosition) {
            let parts = id.components(separatedBy: "..")
            if parts.count > 2 || parts.contains(where: \.isEmpty) {
                log.error(at, rule: "bad-period-range", "'\(id)' is not a period range; write FROM..TO, e.g. latest-2..latest or C4..latest")
                return
            }
            // latest, previous, latest-N: cycles counted back from the publication's.
            for p in parts where ReportingCycle.offset(p) == nil && dataset.period(p) == nil {
                if p.hasPrefix("latest") || p.hasPrefix("previous") {
                    log.error(at, rule: "unknown-period", "'\(p)' is not a relative period; write latest, previous or latest-N (N cycles back)")
                    continue
                }
                log.error(at, rule: "unknown-period", "unknown period '\(p)'", suggestion: Suggestion.closest(to: p, in: periodIDs))
            }
        }
        func checkColor(_ c: (String, SourcePosition)?) {
            guard let (text, at) = c else { return }
            if Color(hexString: text) == nil {
                log.error(at, rule: "bad-colour", "'\(text)' is not a colour; write #RRGGBB, e.g. #009EDB")
            }
        }
        func checkTheme(_ t: ThemeOverrides) {
            [t.accent, t.text, t.secondary, t.grid].forEach(checkColor)
            t.palette?.forEach { checkColor($0) }
        }
        checkTheme(spec.theme)
        if let (id, at) = spec.about, dataset.period(id) == nil {
            log.error(at, rule: "unknown-period", "about: unknown period '\(id)' (the cycle the prose quotes is a fixed period id)",
                      suggestion: Suggestion.closest(to: id, in: periodIDs))
        }
        if let missions = spec.template?.missions {
            var seen: [String: Int] = [:]
            for m in missions {
                checkMission(m, spec.template!.position, allowed: [])
                // Each entry is one output: a repeat would render (and cost) it again. Said once per mission.
                seen[m, default: 0] += 1
                if seen[m] == 2 {
                    log.error(spec.template!.position, rule: "duplicate-id", "the template lists mission \(m) more than once; list each once")
                }
            }
        }
        if let priorities = spec.template?.priorities, Set(priorities).count < priorities.count {
            log.error(spec.template!.position, rule: "duplicate-id", "the template lists a priority more than once; list each once")
        }
        func walk(_ block: BlockSpec) {
            let b = block.binding
            if let (id, at) = b.indicator { checkIndicator(id, at) }
            for (id, at) in b.indicators { checkIndicator(id, at) }
            if let (id, at) = b.mission { checkMission(id, at, allowed: ["ALL", "current"]) }
            for (id, at) in b.missions ?? [] { checkMission(id, at, allowed: ["all", "active", "current"]) }
            if let (id, at) = b.period { checkPeriod(id, at) }
            for (id, at) in b.periods ?? [] { checkPeriod(id, at) }
            if (b.mission?.0 == "current" || b.missions?.contains { $0.0 == "current" } == true) && spec.template == nil {
                log.error(block.position, rule: "no-template", "'current' mission needs a template (template: {for-each: mission})")
            }
            // Categories belong to the breakdown of the block's (first) indicator.
            let first = (b.indicator?.0 ?? b.indicators.first?.0).flatMap(dataset.indicator)
            if let breakdown = first?.breakdown.flatMap({ dataset.breakdowns[$0] }) {
                let ids = breakdown.categories.map(\.id)
                var named: [(String, SourcePosition)] = (block.node["categories"]?.sequence ?? []).compactMap { n in n.string.map { ($0, n.position) } }
                if let c = b.category, let at = block.node["category"]?.position { named.append((c, at)) }
                for (id, at) in named where !ids.contains(id) {
                    log.error(at, rule: "unknown-category", "unknown category '\(id)' of \(first!.id) (breakdown \(breakdown.id): \(ids.joined(separator: ", ")))",
                              suggestion: Suggestion.closest(to: id, in: ids))
                }
            }
            checkTheme(block.theme)
            if block.kind == ImageKind.tag, let path = block.string("path") {
                let base = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
                let url = SpecProject.resolve(path, from: base).standardizedFileURL
                let at = block.node["path"]?.position ?? block.position
                let root = Confinement.projectRoot(of: base)
                // Symlinks followed: a link in the project (to a file or a folder) may not lead out.
                let inside = Confinement.checkInput(path, base: base, root: root, key: "image path", rule: "image-outside", at: at, log: &log) != nil
                if inside && !FileManager.default.fileExists(atPath: url.path) {
                    log.error(at, rule: "missing-image", "no image at '\(path)' (looked in \(base.path))")
                } else if inside && !["png", "svg"].contains(url.pathExtension.lowercased()) {
                    log.error(at, rule: "image-format", "images must be PNG or SVG: '\(path)'")
                }
            }
            block.children.forEach(walk)
        }
        spec.blocks.forEach(walk)
    }
}
