import A4PIndicators
@testable import A4PLayoutSpec
import A4PRender
import Foundation
import TestSupport
import Testing

/// The priority pages P1–P4 in the form their data asks for (issue 14, "Form from data" and
/// "Priority pages"): 8 pt text that still fits two pages in every language, one unit per axis,
/// no yes-only tables, no hero number for "nothing happened", each fact in one form.
@Suite("Priority pages P1–P4: forms and 8 pt text")
struct PriorityPageFormsTests {
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]

    static func render(_ priority: String, _ language: String = "en") throws -> (SpecOutput, DiagnosticLog) {
        let (outputs, log) = try ShippedSpecs.render("Specs/publication/priorities/\(priority).yaml", language: language)
        return (try #require(outputs.first, "\(priority) \(language): \(log.sorted.prefix(3))"), log)
    }

    static func asset(_ output: SpecOutput, _ id: String) throws -> ChartAsset {
        try #require(output.assets.first { $0.id == id }, "\(output.name) has no block '\(id)'")
    }

    @Test("P1–P4 set an 8 pt text floor and still lay out on two pages, without errors, in six languages",
          arguments: ["P1", "P2", "P3", "P4"])
    func eightPointsFit(_ priority: String) throws {
        let loaded = try SpecLoader.load(path: ShippedSpecs.path("Specs/publication/priorities/\(priority).yaml"))
        #expect(try #require(loaded.spec).theme.textFloor == 8)
        for language in Self.languages {
            let (output, log) = try Self.render(priority, language)
            #expect(!log.hasErrors, "\(priority) \(language): \(log.sorted.prefix(3))")
            #expect(output.document.pages.count == 2, "\(priority) \(language)")
        }
    }

    @Test("the Resource Hub's packages are one bar per language, all in one unit (was a one-row, 12-column table)")
    func hubLanguages() throws {
        let hub = try Self.asset(try Self.render("P3").0, "p3-26-hub")
        #expect(hub.kind == "bar")
        #expect(hub.observations.map(\.category) == ["english", "french", "spanish", "arabic", "chinese", "russian"])
        #expect(Set(hub.observations.map(\.indicator)) == ["P3.26"])
    }

    @Test("no table on P1–P4 shows only 'yes', and none is mostly 'not reported'", arguments: ["P1", "P2", "P3", "P4"])
    func noYesOnlyTables(_ priority: String) throws {
        let (output, _) = try Self.render(priority)
        for asset in output.assets where asset.kind == "table" {
            let yes = asset.observations.filter { if case .boolean(true) = $0.value { true } else { false } }
            #expect(yes.count < asset.observations.count, "\(priority) '\(asset.id)' is a yes-only table")
            if let cells = asset.cells {
                #expect(cells.notReported * 3 <= cells.drawn, "\(priority) '\(asset.id)': \(cells.notReported) of \(cells.drawn) cells not reported")
            }
        }
    }

    @Test("P4's hospitals: one cycle by level (4 columns) and reporting without '..' (4 columns)")
    func hospitalTables() throws {
        let (output, _) = try Self.render("P4")
        let levels = try Self.asset(output, "p4-25-pivot")
        #expect(Set(levels.observations.map(\.period)) == ["C6"])
        #expect(Set(levels.observations.map(\.category)).count <= 4)
        let reporting = try Self.asset(output, "p4-hospitals")
        let columns = Set(reporting.observations.map { "\($0.indicator) \($0.period)" })
        #expect(columns.count <= 6, "\(columns.sorted())")
        #expect(reporting.cells?.notReported == 0)
    }

    @Test("P4's explosive ordnance: each column one measure (people reached, incidents), at most five missions")
    func eoColumns() throws {
        let eo = try Self.asset(try Self.render("P4").0, "p4-eo-table")
        #expect(Set(eo.observations.map(\.category)) == ["risk_education", "eo_incidents"])
        #expect(Set(eo.observations.map(\.mission)).count <= 5)
    }

    @Test("P1: no hero number reads 0, and the ceasefire count is printed by one block only")
    func p1OneFormEach() throws {
        let (output, _) = try Self.render("P1")
        for asset in output.assets where asset.kind == "kpi" {
            for o in asset.observations { #expect(o.value.number != 0, "'\(asset.id)' is a 0 hero") }
        }
        let ceasefire = output.assets.filter { $0.observations.contains { $0.indicator == "P1.03a" && $0.period == "C5" } }
        #expect(ceasefire.map(\.id) == ["p1-01-split"])
        // UNISFA's "no meetings took place" (P1.09 = 0) is the zero table's one line, not a hero.
        let meetings = output.assets.filter { $0.observations.contains { $0.indicator == "P1.09" } }
        #expect(meetings.map(\.kind) == ["table"])
        #expect(meetings.first?.altText?.contains("None (Cycle 4)") == true, "\(meetings.first?.altText ?? "")")
    }

    @Test("a yes-only figure list of one indicator's breakdown names each category, not the indicator six times")
    func yesOnlyCategories() throws {
        let mechanisms = try Self.asset(try Self.render("P2").0, "p2-05-list")
        let text = try #require(mechanisms.altText)
        #expect(text.contains("joint analyses through JMACs and JOCs"), "\(text)")
        #expect(text.components(separatedBy: "Mechanisms cited").count <= 2, "\(text)")
    }

    @Test("every P3 and P4 figure is on its page, on its mission's fact sheet, or (all missions) in its page's sentences",
          arguments: ["P3", "P4"])
    func leftOffFiguresAreElsewhere(_ priority: String) throws {
        let (output, _) = try Self.render(priority)
        let missing = Coverage(dataset: SpecFixture.dataset, shown: output.shown, priorities: [priority]).missing
        // (The four missions without a hospital: their cycle-6 zeros are on their sheets, named in P4's message.)
        let dir = try TempDir.make()
        let pdf = try DocumentExport(registry: .standard).write(output.document, name: priority, formats: ["pdf"], to: dir)[0]
        let text = try ExternalTool.run("pdftotext", [pdf.path, "-"]).stdout
        var sheets: [String: Set<ObservationKey>] = [:]
        for o in missing {
            if o.mission == "ALL" {
                let n = try #require(o.value.number.map { Int($0) }, "\(o.key)")
                // As a sentence prints it: "460,000" (review 11: UNMAS's undated total left the list for P4's message).
                let grouped = n.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en")))
                #expect(text.range(of: "\\b(\(n)|\(grouped))\\b", options: .regularExpression) != nil, "\(o.key): \(n) is not in \(priority)'s text")
                continue
            }
            if sheets[o.mission] == nil {
                let (outs, _) = try ShippedSpecs.render("Specs/publication/missions/factsheet.yaml", only: o.mission)
                sheets[o.mission] = outs.reduce(into: Set<ObservationKey>()) { $0.formUnion($1.shown) }
            }
            // A count made among nothing (UNFICYP's "Nil" interruptions with no hospital) is said by its
            // base's 0 on the sheet, which leaves the count out (factsheet.yaml, counted-among; review 4).
            let base = sheets[o.mission]?.contains { k in
                ["P4.25", "P4.26"].contains(k.indicator) && k.mission == o.mission && k.period == o.period
                    && SpecFixture.dataset.observation(k).map { $0.value.number == 0 || !$0.value.isAvailable } == true
            } == true
            #expect(sheets[o.mission]?.contains(o.key) == true || (o.indicator == "P4.27" && base),
                    "\(o.key) is on neither \(priority) nor \(o.mission)'s sheet")
        }
    }
}
