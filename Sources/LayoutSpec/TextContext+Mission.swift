import A4PIndicators

/// A mission's mandate, status agreement and status in the page's words (`{mission.mandate}`,
/// `{mission.agreement}`, `{mission.status}`), and `{mission.standing}`: the three together as a
/// header says them ("Political process · Status agreement: SOFA · active"; `.short` leaves out the
/// word "Status agreement" and the status, for a map call-out).
///
/// A mission whose reports give neither its mandate nor its agreement (a closed mission the later
/// reports leave out) has its own standing, `standing.<MISSION>` in the translation table ("withdrawn
/// under resolution 2690 (2023); not part of the 4th–6th reporting exercises · closed"): two
/// "not reported" in a row read as a form left blank, and say less than why the reports are silent.
///
/// `{mission.standing.kicker}` is `.short` for a slide's kicker, the one line over its title: the
/// agreement in `agreement.<value>.kicker` where a language has it. Russian pages say "иные
/// договоренности" where the others add "(no SOFA/SOMA)"; the kicker says it too, while the sheets'
/// leads and the map's call-outs keep their words (review 7).
extension TextContext {
    func missionWords(_ key: String, _ m: Mission) -> String {
        switch key {
        case "mission.agreement": return agreement(m)
        case "mission.mandate": return mandate(m)
        case "mission.status": return status(m)
        default:
            let unknown = m.politicalProcessMandate == .unknown && m.ceasefireObservationMandate == .unknown && m.agreement == .unknown
            // `.short` (a map call-out) takes `standing.<MISSION>.short` where there is one.
            let keys = key == "mission.standing" ? ["standing.\(m.id)"] : ["standing.\(m.id).short", "standing.\(m.id)"]
            if unknown, let k = translations.firstWritten(keys) {
                let own = translations.label(k, language: language) ?? translations.lookup(k, language: "en") ?? ""
                return key == "mission.standing" ? own + " · " + status(m) : own
            }
            if key == "mission.standing.short" { return mandate(m) + " · " + agreement(m) }
            if key == "mission.standing.kicker" { return mandate(m) + " · " + agreement(m, kicker: true) }
            let label = translations.label("agreement", language: language) ?? "Status agreement"
            // As the lead wrote it before ("{t:agreement}: …"); French spacing is the typography pass's.
            return mandate(m) + " · " + label + ": " + agreement(m) + " · " + status(m)
        }
    }

    /// A mission whose reports disagree on its agreement has its own wording (`agreement.<value>.<mission>`);
    /// a kicker takes `agreement.<value>.kicker` where the language has one.
    private func agreement(_ m: Mission, kicker: Bool = false) -> String {
        translations.lookup("agreement.\(m.agreement.rawValue).\(m.id)", language: language)
            ?? (kicker ? translations.lookup("agreement.\(m.agreement.rawValue).kicker", language: language) : nil)
            ?? translations.label("agreement.\(m.agreement.rawValue)", language: language) ?? m.agreement.rawValue
    }

    private func status(_ m: Mission) -> String {
        translations.label("status.\(m.status.rawValue)", language: language) ?? m.status.rawValue
    }

    private func mandate(_ m: Mission) -> String {
        var parts: [String] = []
        if m.politicalProcessMandate == .yes { parts.append(translations.label("mandate.political", language: language) ?? "Political process") }
        if m.ceasefireObservationMandate == .yes { parts.append(translations.label("mandate.ceasefire", language: language) ?? "Ceasefire observation") }
        if !parts.isEmpty { return parts.joined(separator: " · ") }
        // "No … mandate" only when the reports say no to both; an unknown stays unknown.
        if m.politicalProcessMandate == .no && m.ceasefireObservationMandate == .no {
            return translations.label("mandate.none", language: language) ?? "No political-process or ceasefire-observation mandate"
        }
        return translations.label("mandate.unknown", language: language) ?? "Mandate not reported"
    }
}
