import Foundation
import Testing
@testable import A4PIndicators

/// Broken files never crash the loader; each problem is a diagnostic with a position.
@Suite struct MalformedFileTests {
    @Test func emptyFile() throws {
        let fixture = try Fixture(observations: "")
        let d = try #require(fixture.load().diagnostics(rule: "empty-file").first)
        #expect(d.message == "the file is empty; it needs at least a header row")
        #expect(d.position == SourcePosition(file: "observations.csv", line: 1, column: 1))
    }

    @Test func byteOrderMarkIsStripped() throws {
        let fixture = try Fixture()
        try fixture.writeBytes("observations.csv", [0xEF, 0xBB, 0xBF] + Array(Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,").utf8))
        let result = fixture.load()
        #expect(result.log.diagnostics.isEmpty, "\(result.log.diagnostics)")
        #expect(result.dataset.observations.count == 1)
    }

    @Test func notUTF8NamesTheByte() throws {
        let fixture = try Fixture()
        // Latin-1 "é" (0xE9) in the note of line 3, column 33.
        let text = Array((Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,") + "I.COUNT,UNMISS,C6,,7,ok,,S1,,caf").utf8)
        try fixture.writeBytes("observations.csv", text + [0xE9, 0x0A])
        let d = try #require(fixture.load().diagnostics(rule: "encoding").first)
        #expect(d.message == "not UTF-8 (byte 0xE9 at line 3 column 33); save the file as UTF-8")
        #expect((d.position.line, d.position.column) == (3, 33))
    }

    @Test func raggedRow() throws {
        let fixture = try Fixture(observations: Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,,extra", "I.COUNT,UNMISS"))
        let found = fixture.load().diagnostics(rule: "ragged-row")
        #expect(found.count == 2)
        #expect(found[0].message == "row has 11 fields but the header (line 1) has 10; the row is skipped")
        #expect((found[0].position.line, found[0].position.column) == (2, 31))
        #expect((found[1].position.line, found[1].position.column) == (3, 9))
    }

    @Test func unterminatedQuote() throws {
        let fixture = try Fixture(observations: Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,ok", "I.COUNT,UNMISS,C6,,7,ok,,S1,,\"never closed", "more"))
        let result = fixture.load()
        let d = try #require(result.diagnostics(rule: "unterminated-quote").first)
        #expect(d.message.hasPrefix("unterminated quote"))
        #expect((d.position.line, d.position.column) == (3, 30))
        #expect(result.dataset.observations.count == 1)
    }

    @Test func quotedFieldSpanningLinesKeepsPositions() throws {
        let fixture = try Fixture(observations: Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,\"two\nlines\"", "I.COUNT,UNMIS,C6,,7,ok,,S1,,"))
        let d = try #require(fixture.load().diagnostics(rule: "unknown-mission").first)
        #expect((d.position.line, d.position.column) == (4, 9))
    }

    @Test func oversizeFieldIsAnErrorAndIsNotKept() throws {
        let big = String(repeating: "x", count: 10 * 1024 * 1024)
        let fixture = try Fixture(observations: Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,\(big)", "I.COUNT,UNMISS,C6,,8,ok,,S1,,"))
        let result = fixture.load()
        let d = try #require(result.diagnostics(rule: "field-too-large").first)
        #expect(d.message == "field is larger than 1048576 bytes; the record is skipped")
        #expect((d.position.line, d.position.column) == (2, 30))
        #expect(result.dataset.observations.map(\.period) == ["C6"])
    }

    @Test func rowCapStopsReading() throws {
        let fixture = try Fixture(observations: Fixture.observations("I.COUNT,UNMISS,C5,,7,ok,,S1,,", "I.COUNT,UNMISS,C6,,7,ok,,S1,,"))
        let d = try #require(fixture.load(limits: CSVReadLimits(maxRecords: 2)).diagnostics(rule: "too-many-rows").first)
        #expect((d.position.line, d.position.column) == (3, 1))
    }

    @Test func missingColumnInHeader() throws {
        let fixture = try Fixture(observations: "indicator,mission,period,value,status,qualifier,source\n")
        let d = try #require(fixture.load().diagnostics(rule: "header").first)
        #expect(d.message.hasPrefix("missing column \"category\""))
    }

    /// A scaled-down version of the million-row measurement (scripts/measure-data-load.sh runs the full one).
    @Test func fiftyThousandRowsLoadQuickly() throws {
        var text = Fixture.observationsHeader
        text.reserveCapacity(50_000 * 40)
        for i in 0..<50_000 { text += "I.COUNT,UNMISS,C5,,\(i),ok,,S1,,\n" }
        let fixture = try Fixture(observations: text)
        let clock = ContinuousClock.now
        let result = fixture.load()
        #expect(ContinuousClock.now - clock < .seconds(30))
        // Every row after the first is a duplicate key: all are counted, the log stays bounded.
        #expect(result.log.errorCount == 49_999)
        #expect(result.log.diagnostics.count == result.log.limit)
    }
}
