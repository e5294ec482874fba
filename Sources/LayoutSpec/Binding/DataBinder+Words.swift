import A4PCharts
import A4PIndicators
import Foundation

/// The words a binding prints: labels of missions, categories, levels and periods, in the page's
/// language, and quoted texts of text indicators.
extension DataBinder {
    func label(_ text: String?, _ block: BlockSpec, log: inout DiagnosticLog) -> String? {
        text.map { self.text.expand($0, at: block.position, log: &log) }
    }

    /// The text value of a text indicator for the block's mission and period.
    func text(_ block: BlockSpec, log: inout DiagnosticLog) -> (text: String, observation: Observation)? {
        guard let id = block.binding.indicator?.0 else { return nil }
        return quote(block, period: period(block, indicator: id, mission: missionID(block)), log: &log)
    }

    /// The mission's texts of the block's text indicator in up to `count` periods, newest first
    /// (a text block's `newest`); the periods without a text, or without its translation, are left out.
    /// `indicator` reads another text indicator than the block's (a text block's `followed-by`); it has no
    /// error of its own when empty, the block's own indicator has.
    func texts(_ block: BlockSpec, indicator: String? = nil, count: Int, log: inout DiagnosticLog) -> [(text: String, observation: Observation)] {
        guard let id = indicator ?? block.binding.indicator?.0 else { return [] }
        let m = missionID(block)
        let periods = dataset.observations(of: id)
            .filter { $0.mission == m && $0.value.isText }
            .compactMap { dataset.period($0.period) }
            .filter { p in !(cycle?.isNewer(p) ?? false) }
            .reduce(into: [Period]()) { list, p in if !list.contains(where: { $0.id == p.id }) { list.append(p) } }
            .sorted { $0.end > $1.end }
        var out: [(text: String, observation: Observation)] = []
        for p in periods where out.count < count {
            // Not all blank: what trimming `.whitespaces` leaves non-empty, without Foundation's copy of
            // the whole text (a twentieth of column balancing's CPU, perf).
            if let t = quote(block, indicator: id, period: p, hide: true, log: &log), !t.text.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) { out.append(t) }
        }
        if out.isEmpty && indicator == nil && block.string("when-empty") != "hide" {
            log.error(block.position, rule: "empty-binding", "text block '\(block.name)' has no text: indicator \(id) for \(m)")
        }
        return out
    }

    /// The text of the block's text indicator for its mission in period `p`.
    func quote(_ block: BlockSpec, indicator: String? = nil, period p: Period?, hide: Bool? = nil,
              log: inout DiagnosticLog) -> (text: String, observation: Observation)? {
        guard let id = indicator ?? block.binding.indicator?.0 else { return nil }
        let hide = hide ?? (block.string("when-empty") == "hide")
        let m = missionID(block)
        if let p,
           let o = dataset.observation(ObservationKey(indicator: id, mission: m, period: p.id)), case .text(let t) = o.value {
            let shown = text.readable(t)
            // Prose in the dataset is English: another language prints its translation
            // (`text.<indicator>.<mission>.<period>`), or leaves the block out rather than print English.
            guard shown == t, text.language != "en" else { return (shown, o) }
            // A translation records the English it translates (`….original`); when the data's text has
            // changed since, the translation is stale and is not printed (`a4p translations check` lists it).
            let key = "text.\(id).\(m).\(p.id)"
            if let translated = text.translations.lookup(key, language: text.language) {
                let recorded = text.translations.lookup(key + ".original", language: text.language)
                if recorded == nil || recorded == t { return (translated, o) }
                log.warning(block.position, rule: "stale-translation",
                            "the \(text.language) translation '\(key)' translates an older English text; it is not printed until it is updated (a4p translations check)")
            }
            if hide { return nil }
            text.translations.fallbacks.record(key, printed: "en")
            return (shown, o)
        }
        if !hide {
            log.error(block.position, rule: "empty-binding", "text block '\(block.name)' has no text: indicator \(id) for \(m)")
        }
        return nil
    }

    /// A text value of the data in the page's language: the project's translation (`text.<indicator>.<mission>.<period>`)
    /// when it translates the data's current English, else the English, recorded as a fallback. `translated` says
    /// which, for the colophon.
    func translation(of o: Observation, english t: String) -> (text: String, translated: Bool) {
        guard text.language != "en" else { return (t, false) }
        let key = TranslationCheck.textKey(o)
        if let translated = text.translations.lookup(key, language: text.language),
           (text.translations.lookup(key + ".original", language: text.language) ?? t) == t {
            return (translated, true)
        }
        text.translations.fallbacks.record(key, printed: "en")
        return (t, false)
    }

    /// The categories of an indicator's breakdown in order, without the total.
    func categories(_ indicator: Indicator) -> [Breakdown.Category] {
        (indicator.breakdown.flatMap { dataset.breakdowns[$0] }?.categories ?? []).filter { !$0.isTotal }.sorted { $0.order < $1.order }
    }

    /// A level's name on the indicator's scale ("Completed", "SOMA"), translated when the table has it.
    /// `short` prefers the table's `level.<scale>.<id>.short` ("SOMA" for "Status of Mission Agreement").
    func levelLabel(_ id: String, of indicator: Indicator, short: Bool = false) -> String {
        levelLabel(id, scale: indicator.scale ?? "", short: short)
    }

    func levelLabel(_ id: String, scale: String, short: Bool = false) -> String {
        if short, let t = text.translations.lookup("level.\(scale).\(id).short", language: text.language) { return t }
        return text.translations.label("level.\(scale).\(id)", language: text.language)
            ?? dataset.scales[scale]?.level(id)?.label ?? id
    }

    /// A mission's acronym; "All missions" for the system-wide aggregate.
    func missionLabel(_ id: String) -> String {
        if let t = text.translations.lookup("mission.\(id).short", language: text.language) { return t }
        return id == "ALL" ? Words.allMissions(text.language) : id
    }

    /// What a numbered category ("Mechanism 1") stands for at one mission: the text of a companion
    /// text indicator with the same breakdown and priority (P7.08n names P7.08's mechanisms).
    /// In another language, the project's translation (`text.P7.08n.<mission>.<period>.<category>`)
    /// when it translates the data's current English; `translated` says so, for the colophon.
    func slotName(_ indicator: Indicator, mission: String, period: String, category: Breakdown.Category) -> (name: String, translated: Bool)? {
        guard let breakdown = indicator.breakdown else { return nil }
        for names in dataset.indicators where names.unit == .text && names.breakdown == breakdown && names.priority == indicator.priority {
            if let o = dataset.observation(ObservationKey(indicator: names.id, mission: mission, period: period, category: category.id)),
               case .text(let t) = o.value {
                let key = TranslationCheck.textKey(o)
                if text.language != "en", let translated = text.translations.lookup(key, language: text.language),
                   (text.translations.lookup(key + ".original", language: text.language) ?? t) == t {
                    return (translated, true)
                }
                if text.language != "en" { text.translations.fallbacks.record(key, printed: "en") }
                return (t, false)
            }
        }
        return nil
    }

    func categoryLabel(_ c: Breakdown.Category) -> String {
        text.translations.label("category.\(c.id)", language: text.language) ?? c.label
    }

    /// The rank of a rating observation on its scale (nil when absent or not a level).
    func rank(_ o: Observation?, scale: Scale?) -> Int? {
        guard let o, case .level(let id) = o.value else { return nil }
        return scale?.level(id)?.rank
    }

    /// Period labels of a series; when the figures count different things in different periods
    /// (a change of scope), each period whose figure has a scope names it: "Cycle 5 (excluding
    /// MINUSMA)", so a cycle-over-cycle chart says where its figures are not comparable.
    func periodLabels(_ ps: [Period], indicator: String, missions: [String], category: String) -> [String] {
        let scopes = ps.map { p in
            missions.compactMap { dataset.observation(ObservationKey(indicator: indicator, mission: $0, period: p.id, category: category))?.scope }.first ?? ""
        }
        guard Set(scopes).count > 1 else { return ps.map(shortLabel) }
        return zip(ps, scopes).map { p, s in s.isEmpty ? shortLabel(p) : "\(shortLabel(p)) (\(scopeLabel(s)))" }
    }

    /// The short label of an observation's period when it is not the newest cycle ("Cycle 5",
    /// "2022 overview"), for figures and quotes that must say they are older than the page.
    func olderPeriodLabel(_ o: Observation) -> String? {
        let newest = newestCycle
        guard let p = dataset.period(o.period), let newest, p.end < newest.start else { return nil }
        return shortLabel(p)
    }

    /// "C6" → "Cycle 6": period labels without their dates, for axes.
    func shortLabel(_ p: Period) -> String { text.periodName(p, short: true) }
}
