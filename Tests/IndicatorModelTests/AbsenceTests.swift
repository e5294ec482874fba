import Testing
@testable import A4PIndicators

/// Value states: none, not applicable and not reported are distinct, each from its own status, and
/// none of them is ever a "no" or a zero. Scope decides which figures may be joined by a trend.
@Suite struct AbsenceTests {
    func load(_ rows: String...) throws -> LoadResult {
        try Fixture(observations: Fixture.observationsHeader + rows.map { $0 + "\n" }.joined()).load()
    }

    @Test("each absent status loads as its own state, with its reason")
    func statesLoad() throws {
        let r = try load("I.COUNT,UNMISS,C5,,,none,,S1,,Blank cell: none",
                         "I.BOOL,UNMISS,C5,,,not_applicable,,S1,,No SOFA",
                         "I.COUNT,UNMISS,C4,,,not_reported,,S1,,Chart lost")
        #expect(r.log.diagnostics.isEmpty, "\(r.log.diagnostics)")
        let states = r.dataset.observations.map(\.value.state)
        #expect(states == [Absence.none, .notApplicable, .notReported])
        #expect(r.dataset.observations.allSatisfy { !$0.value.isAvailable && $0.value.text.isEmpty })
        #expect(r.dataset.observations.map(\.value.isStated) == [true, false, false])
    }

    @Test("the retired not_available status is an error that names its replacements")
    func notAvailableRetired() throws {
        let r = try load("I.COUNT,UNMISS,C5,,,not_available,,S1,,Chart lost")
        let d = try #require(r.diagnostics(rule: "invalid-value").first)
        #expect(d.message.contains("not_reported (unknown), not_applicable (does not apply) or none"))
        #expect(d.suggestion == "did you mean not_reported?")
        #expect((d.position.line, d.position.column) == (2, 21))
        #expect(r.dataset.observations.isEmpty)
    }

    @Test("a yes/no finding cannot be 'none': it is yes, no, not applicable or not reported")
    func noneIsNotANo() throws {
        let r = try load("I.BOOL,UNMISS,C5,,,none,,S1,,Blank")
        let d = try #require(r.diagnostics(rule: "invalid-value").first)
        #expect(d.message.contains("a boolean finding is a value, not_applicable or not_reported"))
    }

    @Test("an unknown state is an error with a suggestion")
    func unknownState() throws {
        let r = try load("I.COUNT,UNMISS,C5,,,not_reportd,,S1,,x")
        let d = try #require(r.diagnostics(rule: "invalid-value").first)
        #expect(d.suggestion == "did you mean not_reported?")
    }

    @Test("figures compare only within one scope")
    func scopes() throws {
        let header = Fixture.observationsHeader.replacingOccurrences(of: "note\n", with: "note,scope\n")
        let f = try Fixture(observations: header + "I.COUNT,UNMISS,C4,,7,ok,,S1,,,\nI.COUNT,UNMISS,C5,,5,ok,,S1,,,excluding MINUSMA\n")
        let r = f.load()
        #expect(r.log.diagnostics.isEmpty, "\(r.log.diagnostics)")
        let (a, b) = (r.dataset.observations[0], r.dataset.observations[1])
        #expect(b.scope == "excluding MINUSMA")
        #expect(!a.isComparable(with: b))
        #expect(a.isComparable(with: a))
    }

    @Test("in the shipped data, blank hospital-level cells are none, and C5 crimes totals carry their scope")
    func shippedData() throws {
        let d = try DatasetLoader().loadValid(from: DataDirectory.locate()!)
        let blank = try #require(d.observation(ObservationKey(indicator: "P4.25", mission: "MINURSO", period: "C6", category: "level2")))
        #expect(blank.value.state == Absence.none)
        let sofa = try #require(d.observation(ObservationKey(indicator: "P7.02", mission: "UNMIK", period: "C4")))
        #expect(sofa.value.state == .notApplicable)
        let c5 = try #require(d.observation(ObservationKey(indicator: "P4.14", mission: "ALL", period: "C5")))
        let c6 = try #require(d.observation(ObservationKey(indicator: "P4.14", mission: "ALL", period: "C6")))
        #expect(!c6.isComparable(with: c5), "203 excludes MINUSMA, 246 includes it")
    }
}
