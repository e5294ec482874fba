import Testing
@testable import A4PIndicators

/// One bad file per rule: the rule, the message, and the exact line:column of the offending cell.
@Suite struct ValidationRuleTests {
    func single(_ rows: String..., rule: String) throws -> Diagnostic {
        let fixture = try Fixture(observations: Fixture.observationsHeader + rows.map { $0 + "\n" }.joined())
        let result = fixture.load()
        let found = result.diagnostics(rule: rule)
        #expect(found.count == 1, "expected one \(rule), got \(result.log.diagnostics)")
        return try #require(found.first)
    }

    @Test func validFixtureIsClean() throws {
        let result = try Fixture().load()
        #expect(result.log.diagnostics.isEmpty, "\(result.log.diagnostics)")
        #expect(result.dataset.observations.count == 1)
    }

    @Test func unknownIndicator() throws {
        let d = try single("I.CONT,UNMISS,C5,,7,ok,,S1,,", rule: "unknown-indicator")
        #expect(d.message == "unknown indicator \"I.CONT\"")
        #expect(d.suggestion == "did you mean I.COUNT?")
        #expect((d.position.file, d.position.line, d.position.column) == ("observations.csv", 2, 1))
        #expect(d.description == "observations.csv:2:1: error: unknown indicator \"I.CONT\" [unknown-indicator]; did you mean I.COUNT?")
    }

    @Test func unknownMissionSuggestsTheClosest() throws {
        let d = try single("I.COUNT,UNMIS,C5,,7,ok,,S1,,", rule: "unknown-mission")
        #expect(d.message == "unknown mission \"UNMIS\"")
        #expect(d.suggestion == "did you mean UNMISS?")
        #expect((d.position.line, d.position.column) == (2, 9))
    }

    @Test func unknownPeriod() throws {
        let d = try single("I.COUNT,UNMISS,C9,,7,ok,,S1,,", rule: "unknown-period")
        #expect(d.message == "unknown period \"C9\"")
        #expect((d.position.line, d.position.column) == (2, 16))
    }

    @Test func unknownCategory() throws {
        let d = try single("I.AREA,ALL,C5,c4isr,7,ok,,S1,,", rule: "unknown-category")
        #expect(d.message.hasPrefix("unknown category \"c4isr\" for breakdown area"))
        #expect((d.position.line, d.position.column) == (2, 15))
    }

    @Test func duplicateKeyNamesTheFirstLine() throws {
        let d = try single("I.COUNT,UNMISS,C5,,7,ok,,S1,,", "I.COUNT,UNMISS,C4,,6,ok,,S1,,", "I.COUNT,UNMISS,C5,,8,ok,,S1,,",
                           rule: "duplicate-key")
        #expect(d.message == "duplicate observation I.COUNT × UNMISS × C5; first given on line 2")
        #expect((d.position.line, d.position.column) == (4, 1))
    }

    @Test func typeMismatch() throws {
        let d = try single("I.COUNT,UNMISS,C5,,seven,ok,,S1,,", rule: "type-mismatch")
        #expect(d.message == "count value \"seven\" is not a number")
        #expect((d.position.line, d.position.column) == (2, 20))
    }

    @Test func typeMismatchForBooleanAndScale() throws {
        let b = try single("I.BOOL,UNMISS,C5,,Y,ok,,S1,,", rule: "type-mismatch")
        #expect(b.message == "boolean value \"Y\" must be yes or no")
        let r = try single("I.RATE,UNMISS,C5,,hgh,ok,,S1,,", rule: "type-mismatch")
        #expect(r.message.hasPrefix("\"hgh\" is not a level of scale impact3"))
        #expect(r.suggestion == "did you mean high?")
        #expect((r.position.line, r.position.column) == (2, 19))
    }

    @Test func percentOutsideRange() throws {
        let d = try single("I.PCT,UNMISS,C5,,104,ok,,S1,,", rule: "percent-range")
        #expect(d.message == "percent 104 is outside 0–100")
        #expect((d.position.line, d.position.column) == (2, 18))
    }

    @Test func negativeCount() throws {
        let d = try single("I.COUNT,UNMISS,C5,,-3,ok,,S1,,", rule: "negative-count")
        #expect(d.message == "count -3 is negative")
        #expect((d.position.line, d.position.column) == (2, 20))
    }

    @Test func partsThatDoNotSumToTheTotalWarnWithBothNumbers() throws {
        let d = try single("I.AREA,ALL,C5,eng,110,ok,,S1,,", "I.AREA,ALL,C5,med,204,ok,,S1,,", "I.AREA,ALL,C5,total,306,ok,,S1,,",
                           rule: "sum-mismatch")
        #expect(d.severity == .warning)
        #expect(d.message == "parts of I.AREA × ALL × C5 add up to 314 but the stated total is 306")
        #expect((d.position.line, d.position.column) == (4, 21))
    }

    @Test func valueWithoutSource() throws {
        let d = try single("I.COUNT,UNMISS,C5,,7,ok,,,,", rule: "missing-source")
        #expect(d.message == "the value has no source; every observation must cite one")
        #expect((d.position.line, d.position.column) == (2, 26))
    }

    @Test func unknownSourceAndQualifier() throws {
        let s = try single("I.COUNT,UNMISS,C5,,7,ok,,S2,,", rule: "unknown-source")
        #expect(s.message == "unknown source \"S2\"")
        let q = try single("I.COUNT,UNMISS,C5,,7,ok,approx,S1,,", rule: "unknown-qualifier")
        #expect(q.message.hasPrefix("unknown qualifier \"approx\""))
        #expect((q.position.line, q.position.column) == (2, 25))
    }

    @Test func notAvailableNeedsAReason() throws {
        let d = try single("I.COUNT,UNMISS,C5,,,not_reported,,S1,,", rule: "missing-reason")
        #expect(d.message == "a not_reported row needs its reason in note")
        #expect((d.position.line, d.position.column) == (2, 39))
    }

    @Test func allErrorsAreReportedNotTheFirst() throws {
        let fixture = try Fixture(observations: Fixture.observations(
            "I.CONT,UNMIS,C9,,x,ok,,,,", "I.PCT,UNMISS,C5,,140,ok,,S1,,", "I.COUNT,UNMISS,C6,,-1,ok,,S1,,"))
        let rules = Set(fixture.load().log.diagnostics.map(\.rule))
        #expect(rules.isSuperset(of: ["unknown-indicator", "unknown-mission", "unknown-period", "missing-source",
                                      "percent-range", "negative-count"]))
    }

    @Test func referenceTableErrorsHavePositions() throws {
        let fixture = try Fixture()
        try fixture.write("missions.csv", """
            id,kind,name,location,status,political_process,ceasefire_observation,agreement,latitude,longitude,note
            UNMISS,mission,Name,Juba,active,yes,no,SOFA,4.85,31.58,
            UNMISS,mission,Again,Juba,active,yes,no,SOFA,,,
            MINUSCA,mission,Again,Juba,actve,yes,no,SOFA,,,

            """)
        let result = fixture.load()
        let dup = try #require(result.diagnostics(rule: "duplicate-id").first)
        #expect(dup.message == "id \"UNMISS\" is already defined on line 2")
        #expect((dup.position.file, dup.position.line, dup.position.column) == ("missions.csv", 3, 1))
        let bad = try #require(result.diagnostics(rule: "invalid-value").first)
        #expect(bad.suggestion == "did you mean active?")
        #expect((bad.position.line, bad.position.column) == (4, 28))
    }
}
