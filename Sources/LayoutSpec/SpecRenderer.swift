import A4PCharts
import A4PIndicators
import A4PScene
import A4PText
import Foundation

/// One rendered page set: for a template, one per mission (or priority).
public struct SpecOutput: Sendable {
    public var name: String
    public var missionID: String?
    public var priorityID: String?
    public var language: String
    public var document: Document
    /// The observations its blocks show (see `Coverage`).
    public var shown: Set<ObservationKey> = []
    /// Its chart blocks on their own, in page order, ids unique (see `ChartAsset`).
    public var assets: [ChartAsset] = []
    /// The labels it printed in another language than its own, key → that language ("en"): see `Translations.label`.
    public var fallbacks: [String: String] = [:]
}

/// Lays a validated spec out into scene documents, with the dataset and the bundled fonts.
public struct SpecRenderer: Sendable {
    public let dataset: Dataset
    public let engine: TextEngine
    /// The publication's cycle (`cycle:` of the manifest): an id, `latest` or nil (the newest with data).
    public var cycle: String?
    /// What blocks without a figure in that cycle do, unless they say (`when-not-current:` of the manifest).
    public var notCurrent: NotCurrent = .showOlder
    /// Shared by the renders of one run, so each translations folder is read once; nil reads it every time.
    public var translationsCache: TranslationsCache?
    /// The trial layouts of an output share one `LayoutMemo`; false gives each layout its own, so the
    /// tests can show sharing changes nothing.
    var sharesLayoutMemo = true
    /// Chart blocks laid out once per output and width (`ChartFrameMemo`); false lays each out afresh (tests).
    var memoisesCharts = true
    /// The chart frames the outputs' memos answered and made (`ChartFrameMemo`), for tests.
    let chartMemoCounts = ChartFrameMemo.Counts()
    /// The optional blocks each template item leaves out in every language (`same-in-every-language`),
    /// worked out once for the item's six renders: copies of this renderer share it.
    let withheldCache = WithheldCache()

    public init(dataset: Dataset, engine: TextEngine, cycle: String? = nil, translationsCache: TranslationsCache? = nil) {
        self.dataset = dataset; self.engine = engine; self.cycle = cycle; self.translationsCache = translationsCache
    }

    /// Every output of `spec` (one per template item), in `language` or the page's own.
    /// `only` keeps one mission (acronym) of a template. Problems go to `log`.
    /// `review` appends the fact-checker's appendix (every printed figure with its seed sentence).
    public func render(_ spec: Spec, language: String? = nil, only: String? = nil, review: Bool = false,
                       log: inout DiagnosticLog) -> [SpecOutput] {
        var checkLog = DiagnosticLog()
        SpecLoader.checkReferences(spec, dataset: dataset, log: &checkLog)
        for d in checkLog.diagnostics { log.add(d) }
        if checkLog.hasErrors { return [] }

        guard let reporting = ReportingCycle(named: cycle, dataset: dataset) else {
            log.error(SourcePosition(file: spec.file, line: 1, column: 1), rule: "unknown-cycle",
                      cycle.map { "the publication's cycle '\($0)' is not a cycle of the dataset" } ?? "the dataset has no cycle with data",
                      suggestion: Suggestion.closest(to: cycle ?? "", in: dataset.periods.filter { $0.kind == .cycle }.map(\.id)))
            return []
        }
        let about = spec.about.flatMap { dataset.period($0.0) }
        // Prose that quotes figures stays true under a newer cycle only because {about…} names its
        // cycle; the export still says it is out of date, at the `about:` line.
        if let about, let at = spec.about?.1, about.id != reporting.current.id {
            log.warning(at, rule: "stale-prose",
                        "this spec's prose (lead, messages) quotes figures of \(about.id), and the publication's cycle is \(reporting.current.id): "
                        + "it prints as written, naming \(about.id); rewrite it for \(reporting.current.id) and set 'about: \(reporting.current.id)'")
        }
        let lang = language ?? spec.page.language
        let specDir = URL(fileURLWithPath: spec.file).deletingLastPathComponent()
        var translations = Translations()
        let translationsDir = SpecProject.resolve(spec.translationsPath, from: specDir)
        if FileManager.default.fileExists(atPath: translationsDir.path) {
            translations = translationsCache?.load(from: translationsDir, log: &log) ?? Translations.load(from: translationsDir, log: &log)
        }
        // A language is known when it has a table (Translations/<code>.yaml), or is English, the language specs are written in.
        if lang != "en", translations.tables[lang] == nil {
            let known = Set(translations.languages + ["en"]).sorted()
            log.error(SourcePosition(file: spec.file, line: 1, column: 1), rule: "unknown-language",
                      "\(language != nil ? "--lang" : "page.language") '\(lang)': unknown language; known: \(known.joined(separator: ", "))"
                      + " (one per table in \(translationsDir.path), and en)",
                      suggestion: Suggestion.closest(to: lang, in: known))
            return []
        }

        // The cycle's name in the page's language, else the English label (a new cycle before its translation).
        if lang != "en", translations.tables[lang]?["period.\(reporting.current.id)"] == nil {
            log.warning(SourcePosition(file: spec.file, line: 1, column: 1), rule: "untranslated-period",
                        "\(lang): no 'period.\(reporting.current.id)' in \(translationsDir.lastPathComponent)/\(lang).yaml; "
                        + "the pages print \"\(reporting.current.label)\" in English")
        }
        var items: [(Mission?, Priority?)] = [(nil, nil)]
        if let template = spec.template {
            switch template.over {
            case .mission:
                var ms = dataset.missions.filter { $0.kind == .mission && (template.allMissions || $0.status == .active) }
                if let list = template.missions { ms = list.compactMap { dataset.mission($0) } }
                if let only {
                    ms = ms.filter { $0.id.caseInsensitiveCompare(only) == .orderedSame }
                    if ms.isEmpty {
                        log.error(template.position, rule: "unknown-mission", "--only \(only): not a mission of this template",
                                  suggestion: Suggestion.closest(to: only, in: dataset.missions.map(\.id)))
                    }
                }
                items = ms.map { ($0, nil) }
            case .priority:
                let ps = dataset.priorities.filter { p in template.priorities.map { $0.contains(p.id) } ?? (p.kind == .priority) }
                items = ps.map { (nil, $0) }
            }
        }
        // A warning, not an error: `a4p render A.yaml B.yaml --only X` still renders the specs that are not
        // per mission, whole, as asked of them; the reader learns --only did nothing there.
        if let only, spec.template?.over != .mission {
            log.warning(SourcePosition(file: spec.file, line: 1, column: 1), rule: "only-ignored",
                        "--only \(only) ignored: this spec is not a template over missions (template: {for-each: mission}), "
                        + "so it renders \(spec.template == nil ? "its one output" : "every priority")")
        }
        let stem = URL(fileURLWithPath: spec.file).deletingPathExtension().lastPathComponent
        return items.map { mission, priority in
            // Each output records its own fallbacks.
            var translations = translations
            translations.fallbacks = TranslationFallbacks()
            let context = TextContext(mission: mission, priority: priority, periodLabel: reporting.current.label, language: lang,
                                      translations: translations, cycle: reporting.current, previousCycle: reporting.previous,
                                      about: about, aboutPrevious: about.flatMap { dataset.previousPeriod(of: $0.id) },
                                      cycles: reporting.cycles)
            // The trial layouts of one output share a memo: each chart block bound once, each report name made once (see `LayoutMemo`).
            let memo = LayoutMemo()
            func builder(grow: Double) -> PageBuilder { builder(grow: grow, spec: spec) }
            func builder(grow: Double, spec: Spec) -> PageBuilder {
                var page = PageBuilder(spec: spec, dataset: dataset, engine: engine, context: context, log: log, grow: grow)
                page.review = review
                page.notCurrent = notCurrent
                if sharesLayoutMemo { page.memo = memo }
                page.memo.charts.isOn = memoisesCharts
                return page
            }
            var page = builder(grow: 1)
            if spec.page.sameInEveryLanguage {
                page.withheld = withheldCache.value(for: "\(spec.file)|\(mission?.id ?? "")|\(priority?.id ?? "")|\(reporting.current.id)|\(notCurrent)") {
                    Self.withheldExtras(spec, context: context, translations: translations, dataset: dataset, engine: engine, notCurrent: notCurrent,
                                        memoised: (sharesLayoutMemo, memoisesCharts))
                }
            }
            var document = page.build()
            var shrunk = false
            if spec.page.shrinkType < 1, !review, document.pages.count > 1 {
                // Smaller type saves a page only on a sheet of `shrink-pages` pages or more.
                let shrink = Self.shrinkLimit(spec.page.shrinkType, pages: document.pages.count, from: spec.page.shrinkPages)
                var tight = spec
                tight.page = Self.tightened(spec.page)
                // Smaller type first; where that saves no page, the tighter page (`tightFit`); then
                // the modules that give way (`giveWayFit`).
                if let fewer = Self.fitDown(page, document, shrink: shrink, builder: builder)
                    ?? Self.tightFit(page, document, shrink: shrink, builder: { builder(grow: $0, spec: tight) })
                    ?? Self.giveWayFit(page, document, spec: spec, shrink: shrink, builder: { builder(grow: $0, spec: $1) }) {
                    (page, document, shrunk) = (fewer.0, fewer.1, true)
                }
            }
            if spec.page.growType > 1, !review, !shrunk {
                let base = (page, document)
                (page, document) = Self.copyFit(page, document, growth: spec.page.growType, builder: builder)
                (page, document) = Self.yieldFit(base, (page, document), growth: spec.page.growType, builder: builder)
            }
            if spec.page.balanceColumns, !review {
                // The same type, page and yields as the layout copy-fitting chose; only the columns change.
                (page, document) = Self.balanceFit((page, document), growth: spec.page.growType) { chosen, grow in
                    var trial = builder(grow: grow, spec: chosen.spec)
                    (trial.withheld, trial.yielding) = (chosen.withheld, chosen.yielding)
                    return trial
                }
            }
            chartMemoCounts.add(memo.charts)
            log = page.log
            var name = spec.output.map { context.expand($0, at: SourcePosition(file: spec.file, line: 1, column: 1), log: &log) }
                ?? (stem + (mission.map { "-\($0.id)" } ?? "") + (priority.map { "-\($0.id)" } ?? ""))
            // Another language than the page's own is named in the file: `-fr` after the stem or the spec's
            // `output:`, unless that already names it (`{lang}`).
            if language != nil && !(spec.output?.contains("{lang}") ?? false) && lang != spec.page.language { name += "-\(lang)" }
            return SpecOutput(name: name, missionID: mission?.id, priorityID: priority?.id, language: lang, document: document,
                              shown: page.shown, assets: page.assets.map { $0.withCSV(dataset) }, fallbacks: translations.fallbacks.all)
        }
    }

    /// Copy-fitting: type grows in 5 % steps up to `growth`. A step counts when it keeps the page
    /// count, adds no error, cuts no more labels short ("…") and leaves out no more optional blocks
    /// than the base layout. The largest such step whose pages have no blank band over the page
    /// review's limit is kept; when every one has, the step with the smallest band (the larger step
    /// on a tie): a larger step can move a module to where it leaves more white, never wanted.
    static func copyFit(_ base: PageBuilder, _ document: Document, growth: Double,
                        builder: (Double) -> PageBuilder) -> (PageBuilder, Document) {
        let (errors, cuts) = (base.log.errorCount, Self.cuts(document))
        var best: (page: PageBuilder, document: Document, band: Double)?
        // Half a step, then a step, past `growth` are tried last, each kept only when it is within
        // the limit: a sheet still white at the largest step (UNMOGIP's Chinese page, 0.204 at 20 %,
        // fills at 22.5 %; at 25 % its subtitle left "中" alone on a line).
        let largest = Int((growth - 1) * 20 + 1e-9)
        let past: [Double] = [Double(largest) + 0.5, Double(largest) + 1]
        for step in stride(from: largest, through: 1, by: -1).map({ Double($0) }) + past {
            var trial = builder(1 + step * 0.05)
            let grown = trial.build()
            guard grown.pages.count <= document.pages.count, trial.log.errorCount == errors,
                  Self.cuts(grown) <= cuts, trial.extrasLeftOut <= base.extrasLeftOut else { continue }
            let b = largestBand(grown)
            if b <= Page.blankBandLimit { return (trial, grown) }
            if step <= Double(largest), b < (best?.band ?? .infinity) - 0.005 { best = (trial, grown, b) }
        }
        guard let best, best.band < largestBand(document) - 0.005 else { return (base, document) }
        return (best.page, best.document)
    }

    /// Copy-fitting down: the least shrunk step (5 % each, down to `shrink`) that gives fewer pages,
    /// adds no error, cuts no more labels and sets no text under the page review's minimum; nil when
    /// none does. A sheet that runs a few lines onto a second page (UNFICYP in French) is one page in
    /// slightly smaller type rather than a page mostly white; optional blocks (`when-no-room: hide`)
    /// give way to the saved page.
    static func fitDown(_ base: PageBuilder, _ document: Document, shrink: Double,
                        builder: (Double) -> PageBuilder) -> (PageBuilder, Document)? {
        let (errors, cuts) = (base.log.errorCount, Self.cuts(document))
        for step in stride(from: 1, through: Int((1 - shrink) * 20 + 1e-9), by: 1) {
            var trial = builder(1 - Double(step) * 0.05)
            let smaller = trial.build()
            if savesPage(trial, smaller, pages: document.pages.count, errors: errors, cuts: cuts) { return (trial, smaller) }
        }
        return nil
    }

    /// A trial layout that copy-fitting down may keep: fewer than `pages` pages, the base layout's
    /// `errors`, no more labels cut short than its `cuts`, no text under the page review's minimum.
    static func savesPage(_ trial: PageBuilder, _ laid: Document, pages: Int, errors: Int, cuts limit: Int) -> Bool {
        laid.pages.count < pages && trial.log.errorCount == errors && cuts(laid) <= limit
            && laid.pages.allSatisfy { ($0.smallestTextSize ?? .infinity) >= Page.minimumTextSize(slide: $0.isSlide) - 0.01 }
    }

    /// The run holds "…": Foundation's search (as before), asked only when the last byte of "…"
    /// (E2 80 A6) is there — no other spelling is canonically equivalent to U+2026, so without it the
    /// search finds none. Counting cuts searched every run of every trial: 5 % of the layout phase.
    static func cutShort(_ text: String) -> Bool { text.utf8.contains(0xA6) && text.contains("…") }

    /// Text runs cut short with "…" (a label too long for its place), counted over a document.
    static func cuts(_ document: Document) -> Int { document.pages.reduce(0) { $0 + cuts($1.nodes) } }
    static func cuts(_ nodes: [Node]) -> Int {
        nodes.reduce(0) { n, node in
            switch node {
            case .group(let g): n + cuts(g.children)
            case .text(let r): n + (cutShort(r.text) ? 1 : 0)
            default: n
            }
        }
    }
}
