/// Status of a C-34 recommendation as the Secretariat's matrix answers it (seed 004, A/79/553/Add.1).
/// Read from the first sentence of each paragraph's answer; see docs/data.md.
public enum C34Status: String, Sendable, CaseIterable {
    case substantive
    case ongoingSee2023 = "ongoing_see_2023"
    case see2023 = "see_2023"
    case briefing
    case takenNote = "taken_note"
    case memberStates = "member_states"
    case memberStatesBriefing = "member_states_briefing"
    case noUpdateRequested = "no_update_requested"

    public var label: String {
        switch self {
        case .substantive: "Substantive update"
        case .ongoingSee2023: "Ongoing (see 2023 repository)"
        case .see2023: "See 2023 repository"
        case .briefing: "Briefing to be provided"
        case .takenNote: "Taken note"
        case .memberStates: "Addressed to Member States"
        case .memberStatesBriefing: "Addressed to Member States; briefing"
        case .noUpdateRequested: "No update requested"
        }
    }
}

/// One paragraph of the Special Committee's report (A/78/19) and the Secretariat's answer.
public struct C34Recommendation: Sendable, Hashable, Identifiable {
    public var paragraph: Int
    /// Roman numeral of the report section (I–IX).
    public var section: String
    public var sectionTitle: String
    /// Marked "a": more detail in the online repository.
    public var onlineDetail: Bool
    public var status: C34Status
    public var summary: String
    public var source: String
    public var locator: String

    public var id: Int { paragraph }

    public init(paragraph: Int, section: String, sectionTitle: String, onlineDetail: Bool, status: C34Status,
                summary: String, source: String, locator: String = "") {
        self.paragraph = paragraph
        self.section = section
        self.sectionTitle = sectionTitle
        self.onlineDetail = onlineDetail
        self.status = status
        self.summary = summary
        self.source = source
        self.locator = locator
    }
}

/// The C-34 recommendation matrix: its own family, not indicator observations.
public struct C34Matrix: Sendable, Hashable {
    public var recommendations: [C34Recommendation]

    public init(recommendations: [C34Recommendation]) {
        self.recommendations = recommendations.sorted { $0.paragraph < $1.paragraph }
    }

    /// Sections in report order (I, II, … IX) with their titles.
    public var sections: [(id: String, title: String)] {
        var seen: [String] = []
        var titles: [String: String] = [:]
        for r in recommendations where titles[r.section] == nil {
            seen.append(r.section)
            titles[r.section] = r.sectionTitle
        }
        return seen.map { ($0, titles[$0]!) }
    }

    /// How many paragraphs of each status a section has: the stacked bar "status by section".
    public func statusCounts(section: String? = nil) -> [C34Status: Int] {
        var counts: [C34Status: Int] = [:]
        for r in recommendations where section == nil || r.section == section {
            counts[r.status, default: 0] += 1
        }
        return counts
    }

    public func recommendation(paragraph: Int) -> C34Recommendation? {
        recommendations.first { $0.paragraph == paragraph }
    }
}
