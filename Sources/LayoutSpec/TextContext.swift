import A4PCharts
import A4PIndicators
import Foundation

/// What `{…}` placeholders in spec text stand for on one output page: the template's mission or
/// priority, the period, and the translation table of the page's language.
public struct TextContext: Sendable {
    public var mission: Mission?
    public var priority: Priority?
    public var periodLabel: String?
    public var language: String
    public var translations: Translations
    /// The publication's cycle and the one before it: `{period…}`, `{previous…}`.
    public var cycle: Period?
    public var previousCycle: Period?
    /// The cycle a spec's prose was written about (`about:`) and the one before: `{about…}`.
    public var about: Period?
    public var aboutPrevious: Period?
    /// Every cycle, oldest first, for `{latest-N…}`.
    public var cycles: [Period] = []

    public init(mission: Mission?, priority: Priority?, periodLabel: String?, language: String, translations: Translations,
                cycle: Period? = nil, previousCycle: Period? = nil, about: Period? = nil, aboutPrevious: Period? = nil,
                cycles: [Period] = []) {
        self.mission = mission; self.priority = priority; self.periodLabel = periodLabel; self.language = language
        self.translations = translations; self.cycle = cycle; self.previousCycle = previousCycle
        self.about = about; self.aboutPrevious = aboutPrevious; self.cycles = cycles
    }

    public init(mission: Mission? = nil, priority: Priority? = nil, periodLabel: String? = nil, language: String, translations: Translations) {
        self.mission = mission; self.priority = priority; self.periodLabel = periodLabel
        self.language = language; self.translations = translations
    }

    /// Replaces `{mission.acronym}`, `{mission.name}`, `{mission.location}`, `{priority.id}`,
    /// `{priority.title}`, `{period}`, `{lang}`, `{t:key}` and `{mission.note.<topic>}` (the translation
    /// `note.<topic>.<MISSION>` of the template's mission, or nothing); unknown placeholders are reported.
    public func expand(_ text: String, at position: SourcePosition, log: inout DiagnosticLog) -> String {
        // Most words have no placeholder: one byte scan instead of walking the text by Character.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                out += rest[open...]
                rest = ""
                break
            }
            let key = String(rest[rest.index(after: open)..<close])
            if let value = resolve(key) {
                out += value
            } else {
                let known = ["mission.acronym", "mission.name", "mission.location", "mission.agreement", "mission.status", "mission.mandate", "mission.standing", "mission.standing.short", "mission.standing.kicker", "priority.id", "priority.title", "lang"]
                    + Self.periodPlaceholders
                if key.hasPrefix("about"), about == nil {
                    log.error(position, rule: "no-about", "{\(key)} names the cycle the prose was written about, but the spec has no 'about:'",
                              suggestion: "add 'about: <cycle id>' at the top of the spec, or use {\(key.replacingOccurrences(of: "about.previous", with: "previous").replacingOccurrences(of: "about", with: "period"))} for the publication's cycle")
                    out += "{\(key)}"
                } else if key.hasPrefix("t:") {
                    translations.fallbacks.record(String(key.dropFirst(2)), printed: language == "en" ? "its key" : "en")
                    log.warning(position, rule: "missing-translation",
                                "no translation for '\(key.dropFirst(2))' in \(language); the English text is used")
                    out += translations.lookup(String(key.dropFirst(2)), language: "en") ?? String(key.dropFirst(2))
                } else {
                    log.error(position, rule: "unknown-placeholder", "unknown placeholder {\(key)}",
                              suggestion: Suggestion.closest(to: key, in: known))
                    out += "{\(key)}"
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A text value as readers read it: an ISO date from the data ("2023-01-18") becomes a date in
    /// the page's language ("18 January 2023", "18 janvier 2023"); other text is unchanged.
    public func readable(_ value: String) -> String {
        // An ISO date is ten ASCII bytes: a quoted paragraph is returned without splitting and
        // counting its characters (every layout reads each text it quotes again; perf).
        guard value.utf8.count == 10 else { return value }
        let parts = value.split(separator: "-")
        guard value.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2],
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let date = Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: y, month: m, day: d))
        else { return value }
        // UN English writes day before month ("18 January 2023"), as British English does.
        // Arabic dates take the digits of the page's numbers (`Theme.digits`: Western by default).
        let locale = language == "en" ? Locale(identifier: "en_GB") : Theme.locale(for: language)
        return date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale,
                                               calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC")!))
    }

    private func resolve(_ key: String) -> String? {
        switch key {
        case "mission.acronym": return mission?.id
        case "mission.name": return mission.map { translations.label("mission.\($0.id).name", language: language) ?? $0.name }
        case "mission.location": return mission.map { translations.label("mission.\($0.id).location", language: language) ?? $0.location }
        case "mission.agreement", "mission.mandate", "mission.status", "mission.standing", "mission.standing.short", "mission.standing.kicker":
            return mission.map { missionWords(key, $0) }
        case "priority.id": return priority?.id
        case "priority.title": return priority.map { translations.label("priority.\($0.id)", language: language) ?? $0.title }
        case "period": return cycle.map { periodName($0) } ?? periodLabel
        case "lang": return language
        case let k where k.hasPrefix("mission.note."):
            // A note for one mission only (`note.<topic>.<MISSION>` in the translation tables), nothing for the others.
            guard let m = mission else { return "" }
            let key = "note.\(k.dropFirst("mission.note.".count)).\(m.id)"
            return translations.lookup(key, language: language).map(namesPeriods)
                ?? translations.lookup(key, language: "en").map(namesPeriods) ?? ""
        default:
            if key.hasPrefix("t:") {
                let k = String(key.dropFirst(2))
                // A text one mission words its own way (`<key>.<MISSION>`): a closed mission's mandate card.
                if let m = mission, let own = translations.lookup("\(k).\(m.id)", language: language) { return namesPeriods(own) }
                return translations.lookup(k, language: language).map(namesPeriods)
            }
            return periodPlaceholder(key)
        }
    }

    // MARK: Period names

    /// `{period}` (the publication's cycle), `{previous}`, `{latest-N}`, `{about}`, `{about.previous}`, each also
    /// `.short` ("Cycle 6"), `.lower` / `.short.lower` (mid-sentence: "cycle 6") and `.id` ("C6").
    static let periodPlaceholders: [String] = ["period", "previous", "about", "about.previous"].flatMap { p in
        [p, "\(p).short", "\(p).lower", "\(p).short.lower", "\(p).id"]
    }

    private func periodPlaceholder(_ key: String) -> String? {
        let forms = [".short.lower", ".short", ".lower", ".id", ""]
        // latest-N: N cycles before the publication's ("{latest-2.id}" in a table's column labels).
        var back: (name: String, period: Period?)?
        if key.hasPrefix("latest-"), let n = Int(key.dropFirst(7).prefix { $0.isNumber }) {
            let i = cycles.firstIndex { $0.id == cycle?.id }.map { $0 - n }
            back = ("latest-\(n)", i.flatMap { cycles.indices.contains($0) ? cycles[$0] : nil })
        }
        for which in [back?.name, "about.previous", "about", "previous", "period"].compactMap({ $0 }) where key.hasPrefix(which) {
            let form = String(key.dropFirst(which.count))
            guard forms.contains(form) else { return nil }
            let p: Period?
            switch which {
            case "about.previous": p = aboutPrevious
            case "about": p = about
            case "previous": p = previousCycle
            case "period": p = cycle
            default: p = back?.period
            }
            guard let p else { return nil }
            switch form {
            case ".id": return p.id
            case ".short": return periodName(p, short: true)
            case ".short.lower": return lowered(periodName(p, short: true))
            case ".lower": return lowered(periodName(p))
            default: return periodName(p)
            }
        }
        return nil
    }

    /// A translation may name periods and the mission too ("progrès du {period.short.lower}", "{mission.mandate}");
    /// other braces stay as written.
    private func namesPeriods(_ text: String) -> String {
        // A byte scan, not Foundation's `contains` (a CFString search: 3 % of the layout phase's samples).
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            out += (key.hasPrefix("t:") ? nil : resolve(key)) ?? "{\(key)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Mid-sentence: "Cycle 6" → "cycle 6" (scripts without case are unchanged).
    private func lowered(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }

    /// A period's name in the page's language: `period.<id>` (or `period.<id>.short`) in the
    /// translation table, else the dataset's English label; short drops the dates in parentheses.
    public func periodName(_ p: Period, short: Bool = false) -> String {
        if short, let t = translations.lookup("period.\(p.id).short", language: language) { return t }
        let label = translations.label("period.\(p.id)", language: language) ?? p.label
        if short, let paren = label.firstIndex(of: "(") { return label[..<paren].trimmingCharacters(in: .whitespaces) }
        return label
    }

    /// True when the page's language has its own name for `p` (English is the dataset's label).
    public func hasOwnName(_ p: Period) -> Bool {
        language == "en" || translations.tables[language]?["period.\(p.id)"] != nil
    }
}

/// Translation tables: `Translations/<language>.yaml`, flat `key: text` mappings.
public struct Translations: Sendable {
    public var tables: [String: [String: String]]
    /// The labels looked up in a language whose table lacks them (printed in English instead): see `label`.
    public var fallbacks = TranslationFallbacks()
    /// Where each key is written: `positions[language][key]` (file, line), for `a4p translations check`.
    public var positions: [String: [String: SourcePosition]]
    public init(tables: [String: [String: String]] = [:], positions: [String: [String: SourcePosition]] = [:]) {
        self.tables = tables
        self.positions = positions
    }

    public var languages: [String] { tables.keys.sorted() }

    public func lookup(_ key: String, language: String) -> String? {
        tables[language]?[key] ?? tables[String(language.prefix(2))]?[key]
    }

    /// The first of `keys` the English table holds: words a page prints only where they are written
    /// (English first, as the data's language), their translation then looked up with `label`.
    public func firstWritten(_ keys: [String]) -> String? { keys.first { lookup($0, language: "en") != nil } }

    /// A label the page prints in `language`: as `lookup`, but a miss (the caller then prints the English of
    /// the data) or a regional language's fallback (`fr-CA` → `fr`) is recorded in `fallbacks`, for the
    /// export's report. English pages record nothing: English is the language of the data.
    public func label(_ key: String, language: String) -> String? {
        if let t = tables[language]?[key] { return t }
        let base = String(language.prefix(2))
        let t = base == language ? nil : tables[base]?[key]
        if language != "en" { fallbacks.record(key, printed: t == nil ? "en" : base) }
        return t
    }

    /// Loads every `<lang>.yaml` in `directory`; problems (syntax, non-text values) go to `log`.
    public static func load(from directory: URL, log: inout DiagnosticLog) -> Translations {
        var tables: [String: [String: String]] = [:]
        var positions: [String: [String: SourcePosition]] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in files.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = directory.appendingPathComponent(name).path
            let language = (name as NSString).deletingPathExtension
            let text: String
            do {
                let data = try InputFile.read(path, limit: InputLimits.yamlBytes, what: "translation table")
                guard let t = String(data: data, encoding: .utf8) else {
                    log.error(SourcePosition(file: path, line: 1, column: 1), rule: "encoding",
                              "the translation table is not UTF-8 text; save it as UTF-8")
                    continue
                }
                text = t
            } catch {
                log.error(SourcePosition(file: path, line: 1, column: 1), rule: "unreadable-file", error.problem)
                continue
            }
            switch SpecNode.parse(text, file: path) {
            case .failure(let d): log.add(d)
            case .success(let root):
                var table: [String: String] = [:]
                if root.mapping == nil && !root.isNull {
                    log.error(root.position, rule: "wrong-type", "a translation table must be a mapping of key: text, found \(root.kindDescription)")
                }
                var at: [String: SourcePosition] = [:]
                for (k, v) in root.mapping ?? [] {
                    guard let key = k.string, let value = v.string else {
                        log.error(v.position, rule: "wrong-type", "translation '\(k.string ?? "?")' must be text")
                        continue
                    }
                    table[key] = value
                    at[key] = k.position
                }
                tables[language] = table
                positions[language] = at
            }
        }
        return Translations(tables: tables, positions: positions)
    }
}

/// The keys a document looked up in its language and printed in another (English), for the export's
/// warning (`fallback-translation`). A reference shared by the copies of one document's `Translations`.
public final class TranslationFallbacks: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: String] = [:]
    public init() {}

    /// `key` was printed in `printed` (a language code, or "its key" for an English page without it).
    public func record(_ key: String, printed: String) {
        lock.lock(); defer { lock.unlock() }
        if keys[key] == nil { keys[key] = printed }
    }

    /// key → the language it was printed in, instead of the page's.
    public var all: [String: String] {
        lock.lock(); defer { lock.unlock() }
        return keys
    }
}
